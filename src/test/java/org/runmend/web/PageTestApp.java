package org.runmend.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Activity;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.training.RunDetails;
import org.runmend.training.TrainingService;

/** The app on port 0 over a fresh SQLite file, with direct access to the same database for setting up runs. */
final class PageTestApp implements AutoCloseable {
    final Database db;
    final WebApp app;
    final TrainingService training;
    final Accounts accounts;

    PageTestApp(Path dir) {
        db = Databases.sqlite(dir);
        app = new WebApp(KnowledgeBase.bundled(), AppConfig.ephemeral(Path.of("target")), db).start("127.0.0.1", 0);
        training = new TrainingService(db, Clock.systemUTC());
        accounts = new Accounts(db, Clock.systemUTC());
    }

    /** A new browser signed up as a new runner. */
    WebClient signUp(String email) throws Exception {
        WebClient c = new WebClient(app.port());
        c.post("/signup", "email", email, "name", email.substring(0, email.indexOf('@')), "password", "a long enough password");
        return c;
    }

    String runnerId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** Saves a plain run in the runner's log and returns its activity id. */
    String run(String email, LocalDate day, double km) {
        Activity a = new Activity(Sport.RUNNING, day.atTime(7, 0).atZone(ZoneId.of("UTC")), Distance.ofKilometres(km),
                Duration.ofMinutes((long) (km * 6)), Duration.ofMinutes((long) (km * 6)), null, null, null, null, null,
                null, null, "Morning run", "manual", null);
        return training.save(runnerId(email), a, RunDetails.NONE).id();
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}

package org.runmend.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.TestClock;
import org.runmend.training.RunDetails;
import org.runmend.training.TrainingService;

/**
 * The app on port 0 over a fresh SQLite file, with direct access to the same database for setting up runs.
 * Register it on a static field with {@code @RegisterExtension}: it starts before the class's tests, in a
 * temporary folder of its own, and stops and deletes the folder after them.
 */
final class PageTestApp implements BeforeAllCallback, AfterAllCallback {
    Database db;
    WebApp app;
    TrainingService training;
    Accounts accounts;
    Path dir;
    final Clock clock;
    private final java.util.function.UnaryOperator<WebSettings> settings;

    PageTestApp() {
        this(s -> s);
    }

    /** The app with changed web settings (proxy hops, public address, upload limit). */
    PageTestApp(java.util.function.UnaryOperator<WebSettings> settings) {
        this(TestClock.FIXED, settings);
    }

    /** The app on another fixed clock (a moment near midnight somewhere). */
    PageTestApp(Clock clock) {
        this(clock, s -> s);
    }

    /** The app on another clock, with changed web settings. */
    PageTestApp(Clock clock, java.util.function.UnaryOperator<WebSettings> settings) {
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("runmend-pages-");
        db = Databases.sqlite(dir);
        app = new WebApp(
                        KnowledgeBase.bundled(),
                        AppConfig.ephemeral(dir),
                        db,
                        settings.apply(WebSettings.defaults(dir)),
                        clock)
                .start("127.0.0.1", 0);
        training = new TrainingService(db, clock);
        accounts = new Accounts(db, clock);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (app != null) {
                app.stop();
            }
            if (db != null) {
                db.close();
            }
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** A new browser signed up as a new runner. */
    WebClient signUp(String email) throws Exception {
        WebClient c = new WebClient(app.port());
        c.post(
                "/signup",
                "email",
                email,
                "name",
                email.substring(0, email.indexOf('@')),
                "password",
                "velvet kettle migrates north");
        return c;
    }

    String runnerId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    /** Saves a plain run in the runner's log and returns its activity id. */
    String run(String email, LocalDate day, double km) {
        return run(email, day.atTime(7, 0).atZone(ZoneId.of("UTC")), km);
    }

    /** Saves a plain run starting at {@code start} (a file's UTC time, or a local time with its zone). */
    String run(String email, java.time.ZonedDateTime start, double km) {
        Activity a = Activity.builder(
                        Sport.RUNNING, start, Distance.ofKilometres(km), Duration.ofMinutes((long) (km * 6)))
                .name("Morning run")
                .source(ActivitySource.MANUAL)
                .build();
        return training.save(runnerId(email), a, RunDetails.NONE).id();
    }
}

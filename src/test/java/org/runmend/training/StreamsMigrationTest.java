package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.accounts.Accounts;
import org.runmend.activity.SampleCodec;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.TestClock;

/**
 * A log saved before the sample streams moved to their own table (schema version 3) keeps every
 * sample and lap after the upgrade, and its lists show the point counts, on both databases.
 */
class StreamsMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void a_version_3_sqlite_log_keeps_its_samples_and_gains_point_counts() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("old.db");
        check(url, null, null, () -> Database.sqlite(tmp.resolve("old.db")));
    }

    @Test
    void a_version_3_postgres_log_keeps_its_samples_and_gains_point_counts() throws Exception {
        String url = Databases.newPostgresDatabase();
        check(url, "postgres", "postgres", () -> Database.postgres(url, "postgres", "postgres"));
    }

    private void check(String url, String user, String password, java.util.function.Supplier<Database> open)
            throws Exception {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .target("3")
                .load()
                .migrate();
        org.runmend.activity.Activity run = ActivityStoreContract.run("2026-05-03T07:15:00Z", 10.0, "fit");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement()
                    .execute("INSERT INTO runners (id, email, display_name, password_hash, created_at) "
                            + "VALUES ('r1', 'old@example.org', 'Old', 'x', 0)");
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO activities (id, runner_id, sport, start_ms, zone, "
                            + "distance_m, moving_s, elapsed_s, source, source_name, laps_json, samples_gz, created_at) "
                            + "VALUES ('a1', 'r1', 'RUNNING', ?, 'Z', 10000, 1740, 1800, 'fit', 'old.fit', ?, ?, 0)")) {
                p.setLong(1, run.start().toInstant().toEpochMilli());
                p.setString(
                        2,
                        "[{\"startMs\":" + run.start().toInstant().toEpochMilli()
                                + ",\"elapsedS\":1800,\"movingS\":1740,\"metres\":10000.0,\"avgHr\":150,\"maxHr\":171}]");
                p.setString(3, SampleCodec.pack(run.samples()));
                p.executeUpdate();
            }
        }
        try (Database db = open.get()) {
            ActivityStore store = new ActivityStore(db, TestClock.FIXED);
            List<StoredActivity> listed = store.list("r1", 10, 0);
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).points()).isEqualTo(run.samples().size());
            assertThat(listed.get(0).activity().sourceName()).isEqualTo("old.fit");
            StoredActivity one = store.get("r1", "a1");
            assertThat(one.activity().samples()).isEqualTo(run.samples());
            assertThat(one.activity().laps()).hasSize(1);
            // deleting the activity (or the account) takes its stream with it
            store.delete("r1", "a1");
            int streams = db.jdbi()
                    .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM activity_streams")
                            .mapTo(Integer.class)
                            .one());
            assertThat(streams).isZero();
            assertThat(new Accounts(db, TestClock.FIXED).findByEmail("old@example.org"))
                    .isPresent();
        }
    }
}

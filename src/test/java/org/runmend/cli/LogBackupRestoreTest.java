package org.runmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.accounts.Accounts;
import org.runmend.diary.Diary;
import org.runmend.store.DataLock;
import org.runmend.store.Database;
import org.runmend.support.Shared;
import org.runmend.support.TestClock;

/** {@code bin/runmend log}, {@code backup} and {@code restore} on a real SQLite data folder. */
class LogBackupRestoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(
                args,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                Map.of("RUNMEND_DATA", dir.resolve("data").toString()),
                TestClock.FIXED);
    }

    private Path activities() {
        return Shared.activities();
    }

    @Test
    void log_lists_the_imported_activities_with_their_files_as_a_table_and_as_json() throws Exception {
        try (Database db = Database.sqlite(dir.resolve("data/runmend.db"))) {
            new Accounts(db, TestClock.FIXED).signUp("log@example.org", "Logger", "a long secret phrase");
        }
        assertThat(run(
                        "import",
                        activities().resolve("gpx/tg-run.gpx").toString(),
                        activities().resolve("fit/pf-garmin-fenix-5-run.fit").toString()))
                .as(err.toString())
                .isZero();

        assertThat(run("log")).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Logger (log@example.org): 2 activities")
                .contains("tg-run.gpx")
                .contains("pf-garmin-fenix-5-run.fit")
                .contains("points");

        assertThat(run("log", "--json")).as(err.toString()).isZero();
        JsonNode log = JSON.readTree(out.toString());
        assertThat(log).hasSize(2);
        JsonNode gpx = log.get(0).get("file").asText().equals("tg-run.gpx") ? log.get(0) : log.get(1);
        assertThat(gpx.fieldNames())
                .toIterable()
                .containsExactly(
                        "id",
                        "name",
                        "sport",
                        "start",
                        "distanceMeters",
                        "movingSeconds",
                        "elapsedSeconds",
                        "averageHeartRate",
                        "ascentMeters",
                        "points",
                        "file");
        assertThat(gpx.get("points").asInt()).isGreaterThan(100);
        assertThat(gpx.get("distanceMeters").asDouble()).isGreaterThan(1000);
        assertThat(gpx.get("elapsedSeconds").asLong())
                .isGreaterThanOrEqualTo(gpx.get("movingSeconds").asLong());
    }

    @Test
    void a_backup_taken_while_a_runner_writes_is_consistent_and_a_restore_brings_it_back() throws Exception {
        Path backup = dir.resolve("backup.db");
        try (Database db = Database.sqlite(dir.resolve("data/runmend.db"))) {
            String runner = new Accounts(db, TestClock.FIXED)
                    .signUp("b@example.org", "B", "a long secret phrase")
                    .id();
            Diary diary = new Diary(db, TestClock.FIXED);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<Integer> writes = writer.submit(() -> {
                int n = 0;
                while (!stop.get() && n < 3000) {
                    diary.record(runner, LocalDate.of(2020, 1, 1).plusDays(n), "knee", n % 10, null, null, null);
                    n++;
                }
                return n;
            });
            Thread.sleep(300);
            assertThat(run("backup", backup.toString())).as(err.toString()).isZero();
            stop.set(true);
            int written = writes.get(1, TimeUnit.MINUTES);
            writer.shutdown();
            assertThat(out.toString())
                    .contains("Backed up SQLite")
                    .contains("1 accounts")
                    .contains("diary entries");
            assertThat(Files.getPosixFilePermissions(backup))
                    .extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            // later writes are not in the backup, and a restore brings the database back to it
            diary.record(runner, LocalDate.of(2030, 1, 1), "knee", 3, null, "after the backup", null);
            assertThat(written).isPositive();
        }
        int inBackup = count(backup, "pain_entries");
        assertThat(inBackup).isPositive();

        assertThat(run("backup", backup.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");

        assertThat(run("restore", backup.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored").contains("kept as");
        assertThat(count(dir.resolve("data/runmend.db"), "pain_entries")).isEqualTo(inBackup);
        try (var kept = Files.list(dir.resolve("data"))) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("runmend.db.before-restore-"));
        }
        try (Database db = Database.sqlite(dir.resolve("data/runmend.db"))) {
            assertThat(new Accounts(db, TestClock.FIXED).findByEmail("b@example.org"))
                    .isPresent();
        }
    }

    @Test
    @SuppressWarnings("try") // the lock stands for a running server; holding it is the point
    void restore_refuses_while_the_server_runs_and_refuses_files_that_are_not_runmend_backups() throws Exception {
        Path backup = dir.resolve("good.db");
        try (Database db = Database.sqlite(dir.resolve("data/runmend.db"))) {
            new Accounts(db, TestClock.FIXED).signUp("r@example.org", "R", "a long secret phrase");
        }
        assertThat(run("backup", backup.toString())).as(err.toString()).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("data/runmend.db"));

        try (DataLock server = DataLock.tryHold(dir.resolve("data")).orElseThrow()) {
            assertThat(run("restore", backup.toString())).isEqualTo(2);
            assertThat(err.toString())
                    .contains("restore refused: RunMend is running on")
                    .contains("stop it first");
        }

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a database at all, just some words for the test", StandardCharsets.UTF_8);
        assertThat(run("restore", text.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("notes.txt is not a SQLite database RunMend can read");

        Path other = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
                var s = c.createStatement()) {
            s.execute("CREATE TABLE birds (name TEXT)");
        }
        assertThat(run("restore", other.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a RunMend one");

        assertThat(run("restore", dir.resolve("missing.db").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.db: no such file");

        assertThat(Files.readAllBytes(dir.resolve("data/runmend.db"))).isEqualTo(before);
        assertThat(run("restore", backup.toString())).as(err.toString()).isZero();
    }

    private static int count(Path db, String table) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

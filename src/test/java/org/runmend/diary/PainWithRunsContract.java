package org.runmend.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.assessment.Case;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.SavedAssessments;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.report.ClinicianReport;
import org.runmend.report.ReportAssembler;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;
import org.runmend.support.TestClock;
import org.runmend.training.RunDetails;
import org.runmend.training.StoredActivity;
import org.runmend.training.Surface;
import org.runmend.training.TrainingService;

/**
 * Issue 20, item 1: pain given with a run is one diary entry linked to the run, which the diary and
 * the clinician report read; the migration to version 10.1 carries the pain stored on activities
 * before into the diary. The same on every database.
 */
abstract class PainWithRunsContract {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private Database db;

    /** A fresh, empty database for Flyway to migrate, as the app's {@link Database} would open it. */
    abstract FluentConfiguration emptyDatabase();

    /** The database {@link #emptyDatabase} made, opened by the app (migrating it to the newest version). */
    abstract Database open();

    /** Statements that make every new pain entry fail, as a full disk would, in this database's own SQL. */
    abstract List<String> refusePainEntries();

    @AfterEach
    void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    private static Activity run(LocalDate day, double km) {
        return Activity.builder(
                        Sport.RUNNING,
                        day.atTime(7, 0).atZone(ZoneId.of("UTC")),
                        Distance.ofKilometres(km),
                        Duration.ofMinutes((long) (km * 6)))
                .name("run")
                .source(ActivitySource.MANUAL)
                .build();
    }

    private static void insertActivity(
            Connection c, String id, String runner, String startUtc, String zone, String region, Integer score)
            throws Exception {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO activities (id, runner_id, sport, start_ms, zone, distance_m, "
                        + "moving_s, elapsed_s, source, pain_region, pain_score, points, created_at) "
                        + "VALUES (?, ?, 'RUNNING', ?, ?, 8000, 2880, 2900, 'manual', ?, ?, 0, 1000)")) {
            p.setString(1, id);
            p.setString(2, runner);
            p.setLong(3, java.time.Instant.parse(startUtc).toEpochMilli());
            p.setString(4, zone);
            p.setString(5, region);
            if (score == null) {
                p.setNull(6, java.sql.Types.INTEGER);
            } else {
                p.setInt(6, score);
            }
            p.executeUpdate();
        }
    }

    @Test
    void the_migration_carries_each_runs_pain_into_the_diary_without_duplicating_an_entry() throws Exception {
        // the schema as it was before version 10.1 (the newest migration before it), with pain stored on the activities
        MigrationVersion carrying = MigrationVersion.fromVersion("10.1");
        MigrationVersion before = java.util.Arrays.stream(emptyDatabase()
                        .locations("classpath:db/migration")
                        .load()
                        .info()
                        .all())
                .map(MigrationInfo::getVersion)
                .filter(v -> carrying.isNewerThan(v.getVersion()))
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        Flyway old = emptyDatabase()
                .locations("classpath:db/migration")
                .target(before)
                .load();
        old.migrate();
        DataSource source = old.getConfiguration().getDataSource();
        try (Connection c = source.getConnection();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO runners (id, email, display_name, password_hash, created_at, zone) "
                    + "VALUES ('ann', 'ann@example.org', 'Ann', 'x', 1, 'Pacific/Auckland')");
            s.execute("INSERT INTO runners (id, email, display_name, password_hash, created_at) "
                    + "VALUES ('bob', 'bob@example.org', 'Bob', 'x', 1)");
            // stored in UTC: the runner's zone places it (Auckland: already the 4th)
            insertActivity(c, "a-utc", "ann", "2026-05-03T20:00:00Z", "UTC", "knee", 4);
            // its own zone: its own day (00:30 on the 6th in Ljubljana), where the diary already has calf pain
            insertActivity(c, "a-own-zone", "ann", "2026-05-05T22:30:00Z", "Europe/Ljubljana", "calf", 3);
            s.execute("INSERT INTO pain_entries (id, runner_id, day, region, score, morning_after, note, created_at) "
                    + "VALUES ('kept', 'ann', '2026-05-06', 'calf', 6, 2, 'sore on the hills', 5)");
            // a score without a place: the diary cannot keep it, the column does
            insertActivity(c, "a-no-place", "ann", "2026-05-07T06:00:00Z", "UTC", null, 2);
            // two runs of one day with knee pain: one entry, the day's worst
            insertActivity(c, "a-morning", "bob", "2026-05-08T06:00:00Z", "UTC", "knee", 2);
            insertActivity(c, "a-evening", "bob", "2026-05-08T18:00:00Z", "UTC", "knee", 5);
            insertActivity(c, "a-painless", "bob", "2026-05-09T06:00:00Z", "UTC", null, null);
        }

        db = open();
        Diary diary = new Diary(db, TestClock.FIXED);
        List<PainEntry> ann = diary.entries("ann", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"));
        assertThat(ann)
                .extracting(PainEntry::date, PainEntry::region, PainEntry::score, PainEntry::activityId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-05-04"), "knee", 4, "a-utc"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-05-06"), "calf", 6, "a-own-zone"));
        assertThat(ann.get(1).id()).isEqualTo("kept");
        assertThat(ann.get(1).note()).isEqualTo("sore on the hills");
        assertThat(ann.get(1).morningAfter()).isEqualTo(2);
        List<PainEntry> bob = diary.entries("bob", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"));
        assertThat(bob).singleElement().satisfies(e -> {
            assertThat(e.score()).isEqualTo(5);
            assertThat(e.activityId()).isEqualTo("a-morning");
        });
        assertThat(diary.afterRun("ann", "a-utc")).map(PainEntry::score).contains(4);
        assertThat(diary.afterRun("bob", "a-painless")).isEmpty();
        db.jdbi().useHandle(h -> {
            Map<String, Object> noPlace = h.createQuery(
                            "SELECT pain_region, pain_score FROM activities WHERE id = 'a-no-place'")
                    .mapToMap()
                    .one();
            assertThat(((Number) noPlace.get("pain_score")).intValue())
                    .as("a score without a place stays")
                    .isEqualTo(2);
            assertThat(h.createQuery("SELECT COUNT(*) FROM activities WHERE pain_score IS NOT NULL")
                            .mapTo(Integer.class)
                            .one())
                    .as("carried pain is cleared from the activities")
                    .isEqualTo(1);
        });
    }

    @Test
    void pain_given_with_a_run_is_its_diary_entry_and_the_clinician_report_shows_it() {
        db = open();
        Accounts accounts = new Accounts(db, TestClock.FIXED);
        Runner ann = accounts.signUp("ann@example.org", "Ann", "a long secret phrase");
        Diary diary = new Diary(db, TestClock.FIXED);
        TrainingService training = new TrainingService(db, TestClock.FIXED);
        LocalDate day = TestClock.TODAY.minusDays(2);
        String run = training.save(ann.id(), run(day, 8), RunDetails.NONE).id();

        diary.setAfterRun(ann.id(), run, day, new PainAfterRun("knee", 4));

        assertThat(diary.entries(ann.id(), day, day)).singleElement().satisfies(e -> {
            assertThat(e.region()).isEqualTo("knee");
            assertThat(e.score()).isEqualTo(4);
            assertThat(e.activityId()).isEqualTo(run);
        });
        assertThat(diary.afterRuns(ann.id(), List.of(run, "another"))).containsOnlyKeys(run);
        SavedAssessments saved = new SavedAssessments(db, KB, TestClock.FIXED);
        saved.save(ann.id(), new PainCheck(KB).assess(new Case("c", 40, "female", "knee", 10, 4, Map.of())));
        ClinicianReport report = new ReportAssembler(new PainCheck(KB), saved, diary, training, TestClock.FIXED)
                .assemble(ann, null, ZoneOffset.UTC)
                .orElseThrow();
        assertThat(report.pain())
                .extracting(PainEntry::region, PainEntry::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("knee", 4));
    }

    @Test
    void changing_the_runs_pain_moves_its_entry_and_keeps_what_the_diary_added() {
        db = open();
        String ann = new Accounts(db, TestClock.FIXED)
                .signUp("ann@example.org", "Ann", "a long secret phrase")
                .id();
        Diary diary = new Diary(db, TestClock.FIXED);
        TrainingService training = new TrainingService(db, TestClock.FIXED);
        LocalDate day = TestClock.TODAY.minusDays(1);
        String run = training.save(ann, run(day, 8), RunDetails.NONE).id();
        diary.record(ann, day, "calf", 2, 3, "tight after the hills", null);

        diary.setAfterRun(ann, run, day, new PainAfterRun("knee", 4));
        diary.setAfterRun(ann, run, day, new PainAfterRun("knee", 5));
        assertThat(diary.entries(ann, day, day)).hasSize(2);
        // a place the diary already has that day: that entry is the run's now, its note and morning-after kept
        diary.setAfterRun(ann, run, day, new PainAfterRun("calf", 6));
        assertThat(diary.entries(ann, day, day))
                .as("the bare knee entry goes with the change")
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.region()).isEqualTo("calf");
                    assertThat(e.score()).isEqualTo(6);
                    assertThat(e.morningAfter()).isEqualTo(3);
                    assertThat(e.note()).isEqualTo("tight after the hills");
                    assertThat(e.activityId()).isEqualTo(run);
                });
        // cleared on the run form: an entry with the runner's own words stays in the diary, unlinked
        diary.setAfterRun(ann, run, day, null);
        assertThat(diary.afterRun(ann, run)).isEmpty();
        assertThat(diary.entries(ann, day, day))
                .singleElement()
                .satisfies(e -> assertThat(e.activityId()).isNull());
        // a bare entry made from the run form goes when it is cleared
        diary.setAfterRun(ann, run, day, new PainAfterRun("shin", 3));
        diary.setAfterRun(ann, run, day, null);
        assertThat(diary.entries(ann, day, day)).extracting(PainEntry::region).containsExactly("calf");
    }

    @Test
    void deleting_a_run_keeps_its_pain_in_the_diary_without_the_link() {
        db = open();
        String ann = new Accounts(db, TestClock.FIXED)
                .signUp("ann@example.org", "Ann", "a long secret phrase")
                .id();
        Diary diary = new Diary(db, TestClock.FIXED);
        TrainingService training = new TrainingService(db, TestClock.FIXED);
        LocalDate day = TestClock.TODAY;
        String run = training.save(ann, run(day, 5), RunDetails.NONE).id();
        diary.setAfterRun(ann, run, day, new PainAfterRun("heel-bottom", 3));

        training.activities().delete(ann, run);

        assertThat(diary.entries(ann, day, day)).singleElement().satisfies(e -> {
            assertThat(e.region()).isEqualTo("heel-bottom");
            assertThat(e.score()).isEqualTo(3);
            assertThat(e.activityId()).isNull();
        });
    }

    @Test
    void a_run_and_its_pain_are_saved_together_or_not_at_all() {
        db = open();
        String ann = new Accounts(db, TestClock.FIXED)
                .signUp("ann@example.org", "Ann", "a long secret phrase")
                .id();
        Diary diary = new Diary(db, TestClock.FIXED);
        TrainingService training = new TrainingService(db, TestClock.FIXED);
        LocalDate day = TestClock.TODAY.minusDays(1);
        String kept = diary.saveRun(training, ann, run(day, 5), RunDetails.NONE, day, null)
                .id();
        refusePainEntries().forEach(sql -> db.jdbi().useHandle(h -> h.execute(sql)));

        // a new run whose pain cannot be written is not kept either
        assertThatThrownBy(() -> diary.saveRun(
                        training, ann, run(day.minusDays(1), 8), RunDetails.NONE, day, new PainAfterRun("knee", 4)))
                .hasStackTraceContaining("the disk gave out");
        assertThat(training.activities().list(ann, 10, 0))
                .extracting(StoredActivity::id)
                .containsExactly(kept);

        // nor are the details given with the pain on the run's own page
        RunDetails trail = new RunDetails(Surface.TRAIL, true, 6, null);
        assertThatThrownBy(() -> diary.saveDetails(training, ann, kept, trail, day, new PainAfterRun("knee", 4)))
                .hasStackTraceContaining("the disk gave out");
        assertThat(training.activities().get(ann, kept).details()).isEqualTo(RunDetails.NONE);
        assertThat(diary.entries(ann, day.minusDays(3), day)).isEmpty();

        // without pain, nothing is written to the diary and the details are saved
        diary.saveDetails(training, ann, kept, trail, day, null);
        assertThat(training.activities().get(ann, kept).details()).isEqualTo(trail);
    }

    @Test
    void pain_cannot_be_given_with_another_runners_run() {
        db = open();
        Accounts accounts = new Accounts(db, TestClock.FIXED);
        String ann = accounts.signUp("ann@example.org", "Ann", "a long secret phrase")
                .id();
        String bob = accounts.signUp("bob@example.org", "Bob", "pebble lantern on the hill")
                .id();
        String run = new TrainingService(db, TestClock.FIXED)
                .save(ann, run(TestClock.TODAY, 5), RunDetails.NONE)
                .id();
        Diary diary = new Diary(db, TestClock.FIXED);
        assertThatThrownBy(() -> diary.setAfterRun(bob, run, TestClock.TODAY, new PainAfterRun("knee", 2)))
                .isInstanceOf(NotFoundException.class);
        assertThat(diary.entries(bob, TestClock.TODAY, TestClock.TODAY)).isEmpty();
        assertThatThrownBy(() -> new PainAfterRun("knee", 11)).hasMessageContaining("11");
    }
}

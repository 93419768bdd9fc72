package org.runmend.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.RunnerData;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.TestClock;
import org.runmend.training.RunDetails;
import org.runmend.training.TrainingService;

/** Pain diary, recovery plans, export and deletion: the same on every database. */
abstract class DiaryAndDataContract {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private Database db;
    private Accounts accounts;
    private Diary diary;
    private RecoveryPlans plans;
    private TrainingService training;
    private String ann;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        accounts = new Accounts(db, TestClock.FIXED);
        ann = accounts.signUp("ann@example.org", "Ann", "a long secret phrase").id();
        diary = new Diary(db, TestClock.FIXED);
        plans = new RecoveryPlans(db, KB, TestClock.FIXED);
        training = new TrainingService(db, TestClock.FIXED);
    }

    /** The export and deletion wired as the web app wires them. */
    private RunnerData data() {
        return new RunnerData(
                db,
                TestClock.FIXED,
                accounts,
                List.of(
                        diary,
                        plans,
                        new org.runmend.assessment.SavedAssessments(db, KB, TestClock.FIXED),
                        training.activities(),
                        training.shoes()));
    }

    @AfterEach
    void tearDown() {
        db.close();
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

    @Test
    void a_second_entry_for_the_same_day_and_region_replaces_the_first() {
        LocalDate d = TestClock.TODAY;
        diary.record(ann, d, "knee", 3, null, "after intervals", null);
        diary.record(ann, d, "knee", 5, 4, null, null);
        diary.record(ann, d, "calf", 2, null, null, null);
        List<PainEntry> entries = diary.entries(ann, d, d);
        assertThat(entries).hasSize(2);
        assertThat(entries)
                .filteredOn(e -> e.region().equals("knee"))
                .singleElement()
                .satisfies(e -> assertThat(e.score()).isEqualTo(5));
    }

    @Test
    void pain_rising_within_days_of_a_spike_is_said_in_plain_words() {
        LocalDate today = TestClock.TODAY;
        for (int i = 20; i >= 6; i -= 3) {
            training.save(ann, run(today.minusDays(i), 8), RunDetails.NONE);
            diary.record(ann, today.minusDays(i), "shin", 1, null, null, null);
        }
        training.save(ann, run(today.minusDays(3), 14), RunDetails.NONE);
        diary.record(ann, today.minusDays(1), "shin", 5, null, null, null);
        List<String> lines = PainTrend.afterSpikes(
                diary.entries(ann, today.minusDays(30), today), training.report(ann, 4, java.time.ZoneOffset.UTC));
        assertThat(lines)
                .singleElement()
                .asString()
                .contains("5/10")
                .contains("14.0 km")
                .contains("75% longer");
        assertThat(PainTrend.needsRecheck(diary.entries(ann, today.minusDays(30), today), "shin"))
                .isTrue();
    }

    @Test
    void return_to_running_opens_the_next_step_only_while_pain_stays_low() {
        RecoveryPlans.Plan plan = plans.start(ann, "plantar-fasciitis", "heel-bottom", TestClock.TODAY);
        assertThat(plans.checklist("plantar-fasciitis")).isNotEmpty();
        LocalDate today = TestClock.TODAY;
        assertThat(plans.returnStatus(plan, List.of()).canAdvance()).isFalse();
        diary.record(ann, today, "heel-bottom", 4, 2, null, null);
        List<PainEntry> tooMuch = diary.entries(ann, today, today);
        assertThat(plans.returnStatus(plan, tooMuch).canAdvance()).isFalse();
        assertThatThrownBy(() -> plans.advance(ann, plan.id(), tooMuch)).hasMessageContaining("4/10");
        diary.record(ann, today, "heel-bottom", 2, 1, null, null);
        RecoveryPlans.Plan next = plans.advance(ann, plan.id(), diary.entries(ann, today, today));
        assertThat(next.returnStep()).isEqualTo(1);
    }

    @Test
    void the_checklist_keeps_a_history_of_what_was_done() {
        RecoveryPlans.Plan plan = plans.start(ann, "achilles-tendinopathy", "heel-back", TestClock.TODAY);
        String item = plans.checklist("achilles-tendinopathy").get(0).id();
        plans.mark(ann, plan.id(), TestClock.TODAY.minusDays(1), item, true);
        plans.mark(ann, plan.id(), TestClock.TODAY, item, true);
        plans.mark(ann, plan.id(), TestClock.TODAY, item, false);
        assertThat(plans.history(ann, plan.id())).hasSize(1).containsValue(java.util.Set.of(item));
        assertThatThrownBy(() -> plans.start(ann, "dvt", "calf", TestClock.TODAY))
                .hasMessageContaining("needs a doctor");
    }

    @Test
    void export_holds_everything_as_json_and_csv_without_secrets() throws Exception {
        training.save(ann, run(TestClock.TODAY, 5), RunDetails.NONE);
        diary.record(ann, TestClock.TODAY, "knee", 2, null, "ok, fine", null);
        byte[] zip = data().export(ann);
        List<String> names = new ArrayList<>();
        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().endsWith(".json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("runmend-export.json", "activities.csv", "pain_entries.csv", "shoes.csv");
        assertThat(json).contains("ann@example.org").contains("ok, fine").doesNotContain("argon2");
    }

    @Test
    void the_same_finished_check_is_kept_once() {
        org.runmend.assessment.SavedAssessments saved =
                new org.runmend.assessment.SavedAssessments(db, KB, TestClock.FIXED);
        org.runmend.assessment.Assessment a = new org.runmend.assessment.PainCheck(KB)
                .assess(new org.runmend.assessment.CaseReader(KB)
                        .read(
                                "{\"id\":\"interview-1\",\"age\":45,\"sex\":\"female\",\"region\":\"heel-bottom\",\"durationDays\":10,"
                                        + "\"painScore\":5,\"findings\":{}}"));
        String first = saved.save(ann, a, List.of());
        assertThat(saved.save(ann, a, List.of())).isEqualTo(first);
        assertThat(saved.list(ann)).hasSize(1);
        String bo =
                accounts.signUp("bo@example.org", "Bo", "a long secret phrase").id();
        assertThat(saved.save(bo, a, List.of()))
                .as("another runner keeps their own copy")
                .isNotEqualTo(first);
        org.runmend.assessment.Assessment other = new org.runmend.assessment.PainCheck(KB)
                .assess(new org.runmend.assessment.CaseReader(KB)
                        .read(
                                "{\"id\":\"interview-2\",\"age\":45,\"sex\":\"female\",\"region\":\"heel-bottom\",\"durationDays\":10,"
                                        + "\"painScore\":5,\"findings\":{}}"));
        assertThat(saved.save(ann, other, List.of())).isNotEqualTo(first);
        assertThat(saved.list(ann)).hasSize(2);
    }

    @Test
    void csv_cells_a_spreadsheet_would_run_as_formulas_start_with_a_quote() throws Exception {
        training.save(
                ann,
                run(TestClock.TODAY, 5).toBuilder()
                        .name("=HYPERLINK(\"http://evil.example\",\"x\")")
                        .build(),
                RunDetails.NONE);
        diary.record(ann, TestClock.TODAY, "knee", 2, null, "+1 cmd|' /C calc'!A0", null);
        training.shoes().add(ann, "@SUM(1+1)*cmd", TestClock.TODAY, Distance.ofKilometres(700), true);
        training.shoes().add(ann, "-2+3", TestClock.TODAY, Distance.ofKilometres(700), false);
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(data().export(ann)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("activities.csv"))
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                .doesNotContain(",=HYPERLINK");
        assertThat(files.get("pain_entries.csv"))
                .contains("\"'+1 cmd|' /C calc'!A0\"")
                .doesNotContain(",+1 cmd");
        assertThat(files.get("shoes.csv")).contains("\"'@SUM(1+1)*cmd\"").contains("\"'-2+3\"");
        // numbers stay numbers, and the JSON keeps the text exactly as saved
        assertThat(files.get("runmend-export.json")).contains("=HYPERLINK").doesNotContain("'=HYPERLINK");
    }

    @Test
    void a_check_keeps_the_story_it_started_from_and_the_export_carries_it() throws Exception {
        var saved = new org.runmend.assessment.SavedAssessments(db, KB, TestClock.FIXED);
        var check = new org.runmend.assessment.PainCheck(KB);
        var a = check.assess(new org.runmend.assessment.Case("s1", 40, "female", "knee", 10, 4, java.util.Map.of()));
        String story = "My knee aches round the kneecap going down stairs, \u201cabout a 4\u201d.";
        String id = saved.save(ann, a, List.of(), story);
        assertThat(saved.get(ann, id).story()).isEqualTo(story);
        var other =
                check.assess(new org.runmend.assessment.Case("s2", 40, "female", "knee", 11, 4, java.util.Map.of()));
        assertThat(saved.get(ann, saved.save(ann, other)).story()).isNull();
        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(data().export(ann)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(json).contains("round the kneecap going down stairs");
    }

    @Test
    void deleting_the_account_leaves_nothing_of_the_runner() {
        String bob = accounts.signUp("bob@example.org", "Bob", "pebble lantern on the hill")
                .id();
        for (String r : List.of(ann, bob)) {
            training.shoes().add(r, "Pegasus", TestClock.TODAY, Distance.ofKilometres(700), true);
            String act =
                    training.save(r, run(TestClock.TODAY, 5), RunDetails.NONE).id();
            try { // a recorded run too, whose best efforts are the runner's as well
                training.save(
                        r,
                        org.runmend.importer.Importer.lenient()
                                .read(org.runmend.support.Shared.activities()
                                        .resolve("fit/pf-activity-small-fenix2-run.fit"))
                                .activities()
                                .get(0),
                        RunDetails.NONE);
            } catch (org.runmend.importer.ImportException e) {
                throw new IllegalStateException(e);
            }
            diary.record(r, TestClock.TODAY, "knee", 2, null, null, act);
            RecoveryPlans.Plan p = plans.start(r, "patellofemoral-pain", "knee", TestClock.TODAY);
            plans.mark(
                    r,
                    p.id(),
                    TestClock.TODAY,
                    plans.checklist("patellofemoral-pain").get(0).id(),
                    true);
            accounts.openSession(r);
            assertThat(new org.runmend.accounts.PasswordResets(db, accounts, TestClock.FIXED)
                            .issue(r.equals(ann) ? "ann@example.org" : "bob@example.org"))
                    .isPresent();
            new org.runmend.assessment.SavedAssessments(db, KB, TestClock.FIXED)
                    .save(
                            r,
                            new org.runmend.assessment.PainCheck(KB)
                                    .assess(new org.runmend.assessment.Case(
                                            "c",
                                            30,
                                            "female",
                                            "knee",
                                            3,
                                            3,
                                            java.util.Map.of("kneecap-pain-stairs-sitting", true))));
        }
        assertThatThrownBy(() -> accounts.logIn("ann@example.org", "wrong wrong wrong", "1.2.3.4"));

        data().delete(ann);

        db.jdbi().useHandle(h -> {
            for (String table : data().tables()) {
                assertThat(h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE runner_id = :r")
                                .bind("r", ann)
                                .mapTo(Integer.class)
                                .one())
                        .as(table)
                        .isZero();
                assertThat(h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE runner_id = :r")
                                .bind("r", bob)
                                .mapTo(Integer.class)
                                .one())
                        .as(table + " of the other runner")
                        .isPositive();
            }
            assertThat(h.createQuery("SELECT COUNT(*) FROM runners WHERE id = :r")
                            .bind("r", ann)
                            .mapTo(Integer.class)
                            .one())
                    .isZero();
            assertThat(h.createQuery("SELECT COUNT(*) FROM plan_checks")
                            .mapTo(Integer.class)
                            .one())
                    .isEqualTo(1);
            assertThat(h.createQuery("SELECT COUNT(*) FROM login_attempts WHERE attempt_key LIKE '%ann@example.org%'")
                            .mapTo(Integer.class)
                            .one())
                    .isZero();
            // every table that has a runner_id column is covered by data().tables()
            List<String> withRunnerId = new ArrayList<>();
            for (String t : List.of(
                    "runners",
                    "sessions",
                    "login_attempts",
                    "shoes",
                    "activities",
                    "assessments",
                    "pain_entries",
                    "plans",
                    "plan_checks",
                    "password_resets",
                    "best_efforts")) {
                try {
                    h.createQuery("SELECT runner_id FROM " + t + " WHERE 1 = 0")
                            .mapToMap()
                            .list();
                    withRunnerId.add(t);
                } catch (RuntimeException noColumn) {
                    // table without runner_id
                }
            }
            assertThat(data().tables()).containsExactlyInAnyOrderElementsOf(withRunnerId);
        });
        assertThat(accounts.findByEmail("ann@example.org")).isEmpty();
    }
}

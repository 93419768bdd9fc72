package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Distance;
import org.runmend.diary.Diary;
import org.runmend.importer.Importer;
import org.runmend.store.Database;
import org.runmend.support.Shared;
import org.runmend.support.TestClock;

/**
 * Several writers at once on one database, as two app instances (two connection pools) see it:
 * a runner importing an export while others write diary entries, add shoes and sign up; the same
 * file uploaded to both instances at once. Nothing may be lost, nothing stored twice, and an
 * error a runner sees speaks of the activity, not of SQL or Java.
 */
abstract class ConcurrentWritersContract {
    @TempDir
    Path tmp;

    private Database one;
    private Database two;

    /** Two handles on one and the same database, like two app instances. */
    abstract Database[] openTwice();

    @BeforeEach
    void open() {
        Database[] dbs = openTwice();
        one = dbs[0];
        two = dbs[1];
    }

    @AfterEach
    void close() {
        one.close();
        two.close();
    }

    @Test
    void an_export_import_diary_entries_shoes_and_sign_ups_at_once_lose_and_duplicate_nothing() throws Exception {
        Accounts accountsOne = new Accounts(one, TestClock.FIXED);
        Accounts accountsTwo = new Accounts(two, TestClock.FIXED);
        String importer = accountsOne
                .signUp("importer@example.org", "Importer", "a long secret phrase")
                .id();
        List<String> diarists = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            diarists.add(accountsTwo
                    .signUp("diarist" + i + "@example.org", "Diarist", "a long secret phrase")
                    .id());
        }
        Path zip = tmp.resolve("export.zip");
        StravaImportBench.buildExport(zip, 60);
        int activities = StravaImportBench.activitiesIn(60);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> jobs = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(7);
        jobs.add(pool.submit(at(start, () -> {
            try (InputStream in = Files.newInputStream(zip)) {
                return new ImportService(new TrainingService(one, TestClock.FIXED), Importer.lenient())
                        .importUpload(importer, "export.zip", in);
            }
        })));
        for (int i = 0; i < diarists.size(); i++) {
            String runner = diarists.get(i);
            Database db = i % 2 == 0 ? one : two;
            jobs.add(pool.submit(at(start, () -> {
                Diary diary = new Diary(db, TestClock.FIXED);
                for (int d = 0; d < 40; d++) {
                    diary.record(runner, LocalDate.of(2026, 1, 1).plusDays(d), "knee", d % 10, null, "day " + d, null);
                }
                return null;
            })));
        }
        for (int t = 0; t < 2; t++) {
            int thread = t;
            Database db = t == 0 ? one : two;
            jobs.add(pool.submit(at(start, () -> {
                Accounts accounts = new Accounts(db, TestClock.FIXED);
                for (int n = 0; n < 15; n++) {
                    accounts.signUp("new" + thread + "-" + n + "@example.org", "New", "a long secret phrase");
                }
                return null;
            })));
        }
        jobs.add(pool.submit(at(start, () -> {
            ShoeStore shoes = new TrainingService(two, TestClock.FIXED).shoes();
            for (int n = 0; n < 15; n++) {
                shoes.add(diarists.get(0), "Pair " + n, LocalDate.of(2026, 1, 1), Distance.ofKilometres(700), false);
            }
            return null;
        })));
        ImportService.Summary summary = (ImportService.Summary) jobs.get(0).get(5, TimeUnit.MINUTES);
        for (Future<?> f : jobs) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(summary.failed()).as("import failures").isEmpty();
        assertThat(summary.imported()).isEqualTo(activities);
        TrainingService training = new TrainingService(two, TestClock.FIXED);
        assertThat(training.activities().count(importer)).isEqualTo(activities);
        Diary diary = new Diary(one, TestClock.FIXED);
        for (String runner : diarists) {
            assertThat(diary.entries(runner, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                    .hasSize(40);
        }
        assertThat(accountsOne.all()).hasSize(1 + diarists.size() + 30);
        assertThat(training.shoes().list(diarists.get(0))).hasSize(15);
    }

    @Test
    void the_same_file_uploaded_eight_times_at_once_through_two_instances_is_stored_once() throws Exception {
        String runner = new Accounts(one, TestClock.FIXED)
                .signUp("twice@example.org", "Twice", "a long secret phrase")
                .id();
        List<String> files =
                List.of("fit/pf-garmin-fenix-5-run.fit", "gpx/tg-run.gpx", "tcx/sw-activity_5039744860.tcx");
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(Shared.activities().resolve(file));
            String name = Path.of(file).getFileName().toString();
            CyclicBarrier start = new CyclicBarrier(8);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<ImportService.Summary>> uploads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Database db = i % 2 == 0 ? one : two;
                uploads.add(pool.submit(at(
                        start,
                        () -> new ImportService(new TrainingService(db, TestClock.FIXED), Importer.lenient())
                                .importUpload(runner, name, new java.io.ByteArrayInputStream(bytes)))));
            }
            int imported = 0;
            int duplicates = 0;
            for (Future<ImportService.Summary> u : uploads) {
                ImportService.Summary s = u.get(2, TimeUnit.MINUTES);
                assertThat(s.failed()).as(name).isEmpty();
                imported += s.imported();
                duplicates += s.duplicates();
            }
            pool.shutdown();
            assertThat(imported).as(name + " stored copies").isEqualTo(1);
            assertThat(duplicates).as(name).isEqualTo(7);
        }
        assertThat(new TrainingService(one, TestClock.FIXED).activities().count(runner))
                .isEqualTo(files.size());
    }

    @Test
    void one_export_uploaded_to_both_instances_at_once_stores_each_run_once() throws Exception {
        String runner = new Accounts(one, TestClock.FIXED)
                .signUp("zip@example.org", "Zip", "a long secret phrase")
                .id();
        Path zip = tmp.resolve("both.zip");
        StravaImportBench.buildExport(zip, 40);
        int activities = StravaImportBench.activitiesIn(40);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ImportService.Summary>> uploads = new ArrayList<>();
        for (Database db : List.of(one, two)) {
            uploads.add(pool.submit(at(start, () -> {
                try (InputStream in = Files.newInputStream(zip)) {
                    return new ImportService(new TrainingService(db, TestClock.FIXED), Importer.lenient())
                            .importUpload(runner, "both.zip", in);
                }
            })));
        }
        int imported = 0;
        for (Future<ImportService.Summary> u : uploads) {
            ImportService.Summary s = u.get(5, TimeUnit.MINUTES);
            assertThat(s.failed()).isEmpty();
            assertThat(s.imported() + s.duplicates()).isEqualTo(activities);
            imported += s.imported();
        }
        pool.shutdown();
        assertThat(imported).isEqualTo(activities);
        assertThat(new TrainingService(two, TestClock.FIXED).activities().count(runner))
                .isEqualTo(activities);
    }

    @Test
    void a_save_that_fails_is_told_in_the_runners_words_without_sql_or_java_names() throws Exception {
        byte[] bytes = Files.readAllBytes(Shared.activities().resolve("gpx/tg-run.gpx"));
        // an account deleted while its upload was under way: the database refuses the row
        ImportService.Summary s = new ImportService(new TrainingService(one, TestClock.FIXED), Importer.lenient())
                .importUpload("no-such-runner", "tg-run.gpx", new java.io.ByteArrayInputStream(bytes));
        assertThat(s.failed()).hasSize(1);
        assertThat(s.failed().get(0))
                .startsWith("tg-run.gpx: ")
                .doesNotContainPattern("(?i)sql|exception|org\\.|java\\.|jdbi|constraint|insert|select");
    }

    private static <T> Callable<T> at(CyclicBarrier start, Callable<T> job) {
        return () -> {
            start.await(1, TimeUnit.MINUTES);
            return job.call();
        };
    }
}

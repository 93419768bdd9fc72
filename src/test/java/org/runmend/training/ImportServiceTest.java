package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Sport;
import org.runmend.importer.Importer;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.Shared;
import org.runmend.support.TestClock;

class ImportServiceTest {
    @TempDir
    Path dir;

    @Test
    void a_batch_goes_on_past_a_bad_file_and_keeps_what_it_imported() {
        try (Database db = Databases.sqlite(dir)) {
            String runner = new Accounts(db, TestClock.FIXED)
                    .signUp("imp@example.org", "Imp", "a long secret phrase")
                    .id();
            TrainingService training = new TrainingService(db, TestClock.FIXED);
            ImportService imports = new ImportService(training, Importer.lenient());
            Path data = Shared.activities();
            List<Path> files = List.of(
                    data.resolve("fit/pf-activity-small-fenix2-run.fit"),
                    data.resolve("broken/tg-empty_trk.gpx"),
                    data.resolve("no/such/file.fit"),
                    data.resolve("gpx/tg-run.gpx"));
            ImportService.Summary s = imports.importFiles(runner, files, f -> {});
            assertThat(s.imported()).isEqualTo(2);
            assertThat(s.failed())
                    .hasSize(2)
                    .anySatisfy(f -> assertThat(f).contains("tg-empty_trk.gpx"))
                    .anySatisfy(f -> assertThat(f).contains("file.fit: no such file"));
            ImportService.Summary again = imports.importFiles(runner, files.subList(0, 1), f -> {});
            assertThat(again.duplicates()).isEqualTo(1);
            assertThat(training.activities().count(runner)).isEqualTo(2);
            assertThat(training.activities().list(runner, 10, 0))
                    .allSatisfy(a -> assertThat(a.activity().sport().isRun()).isTrue());
        }
    }

    @Test
    void triathlon_transitions_are_saved_as_other_not_guessed_into_the_running_load() {
        try (Database db = Databases.sqlite(dir)) {
            String runner = new Accounts(db, TestClock.FIXED)
                    .signUp("tri@example.org", "Tri", "a long secret phrase")
                    .id();
            TrainingService training = new TrainingService(db, TestClock.FIXED);
            ImportService imports = new ImportService(training, Importer.lenient());
            Path tri = Shared.activities().resolve("fit/pf-sample_mulitple_header.fit");
            ImportService.Summary s = imports.importFiles(runner, List.of(tri), f -> {});
            assertThat(s.imported()).isEqualTo(5);
            assertThat(training.activities().list(runner, 10, 0))
                    .extracting(a -> a.activity().sport())
                    .containsExactlyInAnyOrder(Sport.SWIMMING, Sport.OTHER, Sport.CYCLING, Sport.OTHER, Sport.RUNNING);
            assertThat(s.warnings()).noneSatisfy(w -> assertThat(w).contains("names no sport"));
        }
    }

    @Test
    void folders_are_searched_for_activity_files_only() {
        List<Path> files = ImportService.expand(List.of(Shared.activities().resolve("fit")));
        assertThat(files).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).endsWith(".fit"));
    }

    @Test
    void a_file_without_a_sport_is_classed_by_its_speed() throws Exception {
        var r = Importer.lenient().read(Shared.activities().resolve("gpx/tg-run.gpx"));
        assertThat(r.activities().get(0).sport()).isEqualTo(Sport.RUNNING);
        assertThat(r.warnings())
                .anySatisfy(w -> assertThat(w.message()).contains("taken as running from its average speed"));
    }
}

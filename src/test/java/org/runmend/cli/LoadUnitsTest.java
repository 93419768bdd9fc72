package org.runmend.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.activity.Units;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.TestClock;
import org.runmend.training.LoadReport;
import org.runmend.training.RunDetails;
import org.runmend.training.TrainingService;

/** {@code runmend load --units km|mi}: the weekly distances in the runner's unit, and a clear error for any other. */
class LoadUnitsTest {
    @Test
    void an_unknown_unit_is_a_usage_error_naming_the_option_and_the_value() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new String[] {"load", "--user", "ann@example.org", "--units", "furlongs"},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--units furlongs: must be km or mi");
    }

    @Test
    void the_same_weeks_print_in_kilometres_and_in_miles(@TempDir Path dir) {
        try (Database db = Databases.sqlite(dir)) {
            String runner = new Accounts(db, TestClock.FIXED)
                    .signUp("ann@example.org", "Ann", "velvet kettle migrates north")
                    .id();
            TrainingService training = new TrainingService(db, TestClock.FIXED);
            LocalDate day = TestClock.TODAY.minusDays(1);
            training.save(
                    runner,
                    Activity.builder(
                                    Sport.RUNNING,
                                    day.atTime(7, 0).atZone(ZoneOffset.UTC),
                                    Distance.ofMetres(16_093.44),
                                    Duration.ofMinutes(90))
                            .source(ActivitySource.MANUAL)
                            .build(),
                    RunDetails.NONE);
            LoadReport report = training.report(runner, 2, ZoneOffset.UTC);
            String km = print(report, Units.KM);
            String mi = print(report, Units.MI);
            assertThat(km).contains("WEEKS            km ").doesNotContain(" mi ");
            assertThat(mi).contains("WEEKS            mi ");
            assertThat(lastWeek(km)).isCloseTo(16.1, within(0.05));
            assertThat(lastWeek(mi)).isCloseTo(10.0, within(0.05));
            // a week's time is written as the load page and the clinician report write it
            assertThat(km)
                    .contains(" " + org.runmend.activity.Figures.hoursMinutes(Duration.ofMinutes(90)) + " ")
                    .contains(" 1:30 ");
        }
    }

    @Test
    void load_with_units_mi_words_the_flags_in_miles(@TempDir Path dir) {
        try (Database db = Databases.sqlite(dir)) {
            String runner = new Accounts(db, TestClock.FIXED)
                    .signUp("cy@example.org", "Cy", "velvet kettle migrates north")
                    .id();
            TrainingService training = new TrainingService(db, TestClock.FIXED);
            for (int[] daysAgoAndKm : new int[][] {{20, 6}, {12, 6}, {3, 10}}) {
                training.save(
                        runner,
                        Activity.builder(
                                        Sport.RUNNING,
                                        TestClock.TODAY
                                                .minusDays(daysAgoAndKm[0])
                                                .atTime(7, 0)
                                                .atZone(ZoneOffset.UTC),
                                        Distance.ofKilometres(daysAgoAndKm[1]),
                                        Duration.ofMinutes(6L * daysAgoAndKm[1]))
                                .source(ActivitySource.MANUAL)
                                .build(),
                        RunDetails.NONE);
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new String[] {"load", "--user", "cy@example.org", "--units", "mi"},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                java.util.Map.of("RUNMEND_DATA", dir.toString()),
                TestClock.FIXED);
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("- Your 6.2 mi run on ")
                .contains("(3.7 mi). In a large study")
                .contains("load-increase: yes (Your 6.2 mi run")
                .doesNotContain(" km");
    }

    private static String print(LoadReport r, Units u) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        LoadPrinter.write(r, u, w);
        w.flush();
        return s.toString();
    }

    /** The distance column of the last week's line. */
    private static double lastWeek(String printed) {
        String line = printed.lines()
                .filter(l -> l.matches("^\\S.* \\d+:\\d\\d .*"))
                .reduce((a, b) -> b)
                .orElseThrow();
        return Double.parseDouble(line.substring(10).trim().split("\\s+", -1)[0]);
    }
}

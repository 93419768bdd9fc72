package org.runmend.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.store.Database;

/**
 * Prints how long the history pages' reads take on a SQLite file holding 10 years of daily runs
 * (3,650 runs): every year's totals, one year month by month, one month's calendar, one week.
 * A figure to read, not a timed test:
 *
 * <pre>bin/bench history [ROUNDS]</pre>
 */
public final class HistoryBench {
    private HistoryBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("runmend-history-bench");
        try (Database db = Database.sqlite(dir.resolve("runmend.db"))) {
            String runner = new Accounts(db, java.time.Clock.systemUTC())
                    .signUp("bench@example.org", "Bench", "a long secret phrase")
                    .id();
            ActivityStore store = new ActivityStore(db, java.time.Clock.systemUTC());
            LocalDate first = LocalDate.of(2015, 1, 1);
            int runs = 3650;
            for (int i = 0; i < runs; i++) {
                LocalDate d = first.plusDays(i);
                Activity a = Activity.builder(
                                Sport.RUNNING,
                                d.atTime(6 + i % 12, 0).atZone(ZoneOffset.UTC),
                                Distance.ofKilometres(5 + i % 11),
                                Duration.ofMinutes(30 + i % 40))
                        .source(ActivitySource.MANUAL)
                        .build();
                store.save(runner, a, RunDetails.NONE);
            }
            RunHistory history = new RunHistory(store);
            ZoneId zone = ZoneId.of("Europe/Berlin");
            System.out.printf("runs: %d, JVM %s%n", runs, System.getProperty("java.version"));
            measure(
                    "every year's totals",
                    rounds,
                    () -> history.years(runner, zone).size());
            measure(
                    "one year, month by month",
                    rounds,
                    () -> history.year(runner, Year.of(2020), zone).totals().runs());
            measure(
                    "one month's calendar",
                    rounds,
                    () -> history.monthGrid(runner, YearMonth.of(2020, 4), zone)
                            .days()
                            .size());
            measure(
                    "one week",
                    rounds,
                    () -> history.week(runner, LocalDate.of(2020, 4, 6), zone)
                            .totals()
                            .runs());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String what, int rounds, java.util.function.IntSupplier read) {
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += read.getAsInt();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += read.getAsInt();
        }
        System.out.printf(
                "%-28s %8.2f ms per read (%d rounds, checksum %d)%n",
                what, (System.nanoTime() - start) / 1e6 / rounds, rounds, sink);
    }
}

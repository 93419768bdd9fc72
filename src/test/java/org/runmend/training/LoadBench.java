package org.runmend.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.runmend.activity.Distance;

/**
 * Prints how long a whole {@link LoadReport} takes for 10 years of daily runs (with shoes,
 * surfaces, warm-ups, efforts and climbs), after warm-up. A figure to read, not a timed test:
 *
 * <pre>./mvnw -q -B test-compile &amp;&amp; java -cp target/classes:target/test-classes org.runmend.training.LoadBench</pre>
 */
public final class LoadBench {
    private LoadBench() {}

    public static void main(String[] args) {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        LocalDate today = LocalDate.of(2025, 5, 18);
        TrainingLog log = tenYearsOfDailyRuns(today);
        int allWeeks = log.runs().size() / 7 + 2;
        System.out.printf(
                "runs: %d, shoes: %d, JVM %s%n",
                log.runs().size(), log.shoes().size(), System.getProperty("java.version"));
        long cold = System.nanoTime();
        int coldFlags = log.report(today).flags().size();
        System.out.printf("first report, cold JVM: %.1f ms (%d flags)%n", (System.nanoTime() - cold) / 1e6, coldFlags);
        measure("report, 12 weeks shown", log, today, TrainingLog.DEFAULT_WEEKS, warmUps, rounds);
        measure("report, all " + allWeeks + " weeks shown", log, today, allWeeks, warmUps, rounds);
    }

    private static void measure(String what, TrainingLog log, LocalDate today, int weeks, int warmUps, int rounds) {
        long sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += log.report(today, weeks).flags().size();
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            LoadReport r = log.report(today, weeks);
            ms[i] = (System.nanoTime() - t) / 1e6;
            sink += r.weeks().size();
        }
        Arrays.sort(ms);
        System.out.printf(
                "%-28s median %.2f ms, min %.2f ms, p90 %.2f ms, max %.2f ms over %d rounds (%d)%n",
                what, ms[rounds / 2], ms[0], ms[(int) (rounds * 0.9)], ms[rounds - 1], rounds, sink % 10);
    }

    static TrainingLog tenYearsOfDailyRuns(LocalDate today) {
        Random random = new Random(42);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<Shoe> shoes = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        LocalDate first = today.minusYears(10).plusDays(1);
        Surface[] surfaces = Surface.values();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            if (shoes.isEmpty() || d.getDayOfYear() % 120 == 0) {
                shoes.add(Shoe.of("s" + shoes.size(), "Pair " + shoes.size(), d));
            }
            double km = 5 + random.nextInt(150) / 10.0;
            double minPerKm = 5 + random.nextDouble();
            runs.add(new Run(
                    ZonedDateTime.of(d, LocalTime.of(6 + random.nextInt(14), 0), zone),
                    Distance.ofKilometres(km),
                    Duration.ofSeconds(Math.round(km * minPerKm * 60)),
                    surfaces[random.nextInt(surfaces.length)],
                    random.nextBoolean(),
                    shoes.get(shoes.size() - 1).id(),
                    1 + random.nextInt(10),
                    km * random.nextInt(30)));
        }
        return new TrainingLog(runs, shoes);
    }
}

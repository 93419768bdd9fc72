package org.runmend.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.runmend.activity.Activity;
import org.runmend.importer.Importer;

/**
 * Time of the best-effort search ({@link BestEfforts#of}, all six distances) on the real run
 * with the most samples under src/test/resources/activities (or a folder given), and beside it
 * the brute-force search the test checks it against, on the same samples. Not a test: run
 * {@code bin/bench efforts [FOLDER]}. Median of the measured rounds after warm-up.
 */
public final class EffortsBench {
    private static final int WARMUP = 20;
    private static final int ROUNDS = 31;

    private EffortsBench() {}

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : org.runmend.support.Shared.activities();
        Activity largest = null;
        String from = null;
        for (String folder : List.of("gpx", "tcx", "fit", "perf")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(root.resolve(folder))) {
                files = s.filter(p -> p.toString().matches(".*\\.(gpx|tcx|fit)$"))
                        .sorted()
                        .toList();
            }
            for (Path f : files) {
                for (Activity a : Importer.lenient().read(f).activities()) {
                    if (a.sport().isRun()
                            && (largest == null
                                    || a.samples().size() > largest.samples().size())) {
                        largest = a;
                        from = folder + "/" + f.getFileName();
                    }
                }
            }
        }
        if (largest == null) {
            throw new IllegalStateException("no activity files under " + root);
        }
        List<org.runmend.activity.Sample> samples = largest.samples();
        double ms = median(() -> BestEfforts.of(samples).size());
        System.out.printf(
                Locale.ROOT,
                "file %s: %d samples, %.2f km%n",
                from,
                samples.size(),
                largest.distance().metres() / 1000);
        System.out.printf(
                Locale.ROOT,
                "best efforts (6 distances, two pointers)  %9.3f ms median of %d  (%.1f ns per sample and distance)%n",
                ms,
                ROUNDS,
                ms * 1e6 / samples.size() / BestEfforts.Standard.values().length);
        List<BestEfforts.Effort> found = BestEfforts.of(samples);
        for (BestEfforts.Effort e : found) {
            System.out.printf(Locale.ROOT, "  %-14s %8.1f s%n", e.distance().words(), e.seconds());
        }
        long t0 = System.nanoTime();
        int brute = BestEffortsTest.bruteForce(samples).size();
        System.out.printf(
                Locale.ROOT,
                "brute force, once (what the test compares with) %9.1f ms, %d distances%n",
                (System.nanoTime() - t0) / 1e6,
                brute);
    }

    private interface Work {
        int run();
    }

    private static double median(Work w) {
        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += w.run();
        }
        double[] times = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            sink += w.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }
}

package org.runmend.importer;

import com.garmin.fit.Decode;
import io.jenetics.jpx.GPX;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parse throughput of the importer beside jpx 3.2.1 (GPX) and the FIT SDK's plain Decode (FIT)
 * on the same files in the same run. Not a test: run {@code bin/import-bench}. Files are read
 * into memory first, so only parsing is timed; each figure is the median of the measured rounds
 * after warm-up rounds, with the best round's MB/s beside it.
 */
public final class ImportBench {
    private record Input(String name, byte[] bytes) {
    }

    private interface Parser {
        /** @return activities (or tracks) produced */
        int parse(Input in) throws Exception;
    }

    private static final int WARMUP = 8;
    private static final int ROUNDS = 15;
    private static final long WARMUP_NANOS = 3_000_000_000L;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : Path.of("..", "shared", "data", "activities");
        List<Input> perf = load(root, "perf");
        List<Input> clean = load(root, "gpx", "tcx", "fit", "perf");
        Importer importer = Importer.lenient();
        Parser ours = in -> importer.read(in.name(), new ByteArrayInputStream(in.bytes())).activities().size();
        Parser jpx = in -> {
            String head = new String(in.bytes(), 0, Math.min(2000, in.bytes().length), StandardCharsets.UTF_8);
            GPX.Version v = head.contains("GPX/1/0") ? GPX.Version.V10 : GPX.Version.V11;
            return GPX.Reader.of(v, GPX.Reader.Mode.LENIENT).read(new ByteArrayInputStream(in.bytes())).getTracks().size();
        };
        Parser fitSdk = in -> {
            Decode d = new Decode();
            int[] n = {0};
            try {
                d.read(new ByteArrayInputStream(in.bytes()), m -> n[0]++);
            } catch (RuntimeException e) {
                // same bytes as the importer; the importer's result counts
            }
            return 1;
        };
        System.out.printf(Locale.ROOT, "java %s, %d cores; >= %d warm-up rounds and 3 s, then %d measured rounds, median%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), WARMUP, ROUNDS);
        System.out.printf(Locale.ROOT, "load average at start: %.1f (figures are noisy on a busy machine; "
                + "'best' is the fastest round)%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%-30s %5s %6s %9s %8s %8s %12s%n", "set / parser", "files", "MB", "ms/round",
                "MB/s", "best", "activities/s");
        report("perf: importer (all 3)", perf, ours);
        report("perf: importer, GPX", only(perf, ".gpx"), ours);
        report("perf: jpx 3.2.1, GPX", only(perf, ".gpx"), jpx);
        report("perf: importer, FIT", only(perf, ".fit"), ours);
        report("perf: FIT SDK Decode, FIT", only(perf, ".fit"), fitSdk);
        report("perf: importer, TCX", only(perf, ".tcx"), ours);
        report("clean: importer (all)", clean, ours);
        List<Input> jpxReads = new ArrayList<>();
        for (Input in : only(clean, ".gpx")) {
            try {
                jpx.parse(in);
                jpxReads.add(in);
            } catch (Exception e) {
                System.out.println("  (jpx cannot read " + in.name() + ": " + e.getMessage() + "; left out of both GPX rows)");
            }
        }
        report("clean: importer, GPX", jpxReads, ours);
        report("clean: jpx 3.2.1, GPX", jpxReads, jpx);
        report("clean: importer, FIT", only(clean, ".fit"), ours);
        report("clean: FIT SDK Decode, FIT", only(clean, ".fit"), fitSdk);
        report("clean: importer, TCX", only(clean, ".tcx"), ours);
    }

    private static void report(String label, List<Input> files, Parser p) throws Exception {
        long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
        int activities = 0;
        long warmEnd = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < WARMUP || System.nanoTime() < warmEnd; i++) {
            activities = round(files, p);
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            round(files, p);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        double s = nanos[ROUNDS / 2] / 1e9;
        double best = nanos[0] / 1e9;
        System.out.printf(Locale.ROOT, "%-30s %5d %6.2f %9.1f %8.1f %8.1f %12.1f%n", label, files.size(), bytes / 1e6,
                s * 1000, bytes / 1e6 / s, bytes / 1e6 / best, activities / s);
    }

    private static int round(List<Input> files, Parser p) throws Exception {
        int n = 0;
        for (Input in : files) {
            n += p.parse(in);
        }
        return n;
    }

    private static List<Input> only(List<Input> all, String ext) {
        return all.stream().filter(i -> i.name().endsWith(ext)).toList();
    }

    private static List<Input> load(Path root, String... folders) throws Exception {
        List<Input> out = new ArrayList<>();
        for (String f : folders) {
            try (var s = Files.list(root.resolve(f))) {
                for (Path p : s.sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (n.matches(".*\\.(gpx|tcx|fit)$")) {
                        out.add(new Input(n, Files.readAllBytes(p)));
                    }
                }
            }
        }
        return out;
    }
}

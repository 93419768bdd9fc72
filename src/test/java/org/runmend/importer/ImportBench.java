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
 * on the same files in the same run. Not a test: run {@code bin/bench import}. Files are read
 * into memory first, so only parsing is timed; each figure is the median of the measured rounds
 * after warm-up rounds, with the best round's MB/s beside it.
 *
 * <p>A peer's figure is printed only when it did the same work: before timing, each file is
 * parsed once by the importer and by the peer, and a file where the two count different points
 * (GPX track points; FIT record messages with a time) is left out of both rows, named. A row
 * where the peer's points still differ from the importer's is refused, not printed.
 *
 * <p>jpx builds its extensions through the JAXP {@code TransformerFactory}; with Saxon on the
 * test classpath (a dependency of another test) the service lookup picks Saxon, whose DOM result
 * breaks jpx (HIERARCHY_REQUEST_ERR, one point read instead of thousands). The bench pins the
 * JDK's own factory before jpx runs.
 */
public final class ImportBench {
    private record Input(String name, byte[] bytes) {}

    /** What one parse produced: activities (or tracks, or files), and points. */
    private record Work(int activities, long points) {}

    private interface Parser {
        Work parse(Input in) throws Exception;
    }

    /** The JDK's own JAXP transformer, which jpx expects (see the class comment). */
    static final String JDK_TRANSFORMER = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

    private static final int WARMUP = 8;
    private static final int ROUNDS = 15;
    private static final long WARMUP_NANOS = 3_000_000_000L;

    private ImportBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("javax.xml.transform.TransformerFactory", JDK_TRANSFORMER);
        Path root = args.length > 0 ? Path.of(args[0]) : org.runmend.support.Shared.activities();
        List<Input> perf = load(root, "perf");
        List<Input> clean = load(root, "gpx", "tcx", "fit", "perf");
        Importer importer = Importer.lenient();
        Parser ours = in -> {
            var acts = importer.read(in.name(), new ByteArrayInputStream(in.bytes()))
                    .activities();
            return new Work(
                    acts.size(),
                    acts.stream().mapToLong(a -> a.samples().size()).sum());
        };
        Parser jpx = in -> {
            String head = new String(in.bytes(), 0, Math.min(2000, in.bytes().length), StandardCharsets.UTF_8);
            GPX.Version v = head.contains("GPX/1/0") ? GPX.Version.V10 : GPX.Version.V11;
            GPX gpx = GPX.Reader.of(v, GPX.Reader.Mode.LENIENT).read(new ByteArrayInputStream(in.bytes()));
            long points = gpx.tracks()
                    .flatMap(t -> t.segments())
                    .mapToLong(s -> s.getPoints().size())
                    .sum();
            return new Work(gpx.getTracks().size(), points);
        };
        Parser fitSdk = in -> {
            Decode d = new Decode();
            long[] n = {0};
            try {
                d.read(
                        new ByteArrayInputStream(in.bytes()),
                        m -> {
                            if (m.getNum() == com.garmin.fit.MesgNum.RECORD && m.getField(253) != null) {
                                n[0]++;
                            }
                        },
                        (com.garmin.fit.MesgDefinitionListener) null);
            } catch (RuntimeException e) {
                // same bytes as the importer; the importer's result counts
            }
            return new Work(1, n[0]);
        };
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores; >= %d warm-up rounds and 3 s, then %d measured rounds, median%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                WARMUP,
                ROUNDS);
        System.out.printf(
                Locale.ROOT,
                "load average at start: %.1f (figures are noisy on a busy machine; " + "'best' is the fastest round)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.printf(
                Locale.ROOT,
                "%-30s %5s %6s %9s %8s %8s %12s%n",
                "set / parser",
                "files",
                "MB",
                "ms/round",
                "MB/s",
                "best",
                "activities/s");
        report("perf: importer (all 3)", perf, ours);
        peers("perf", "GPX", "jpx 3.2.1", same(only(perf, ".gpx"), ours, jpx, "jpx"), ours, jpx);
        peers("perf", "FIT", "FIT SDK Decode", same(only(perf, ".fit"), ours, fitSdk, "the FIT SDK"), ours, fitSdk);
        report("perf: importer, TCX", only(perf, ".tcx"), ours);
        report("clean: importer (all)", clean, ours);
        peers("clean", "GPX", "jpx 3.2.1", same(only(clean, ".gpx"), ours, jpx, "jpx"), ours, jpx);
        peers("clean", "FIT", "FIT SDK Decode", same(only(clean, ".fit"), ours, fitSdk, "the FIT SDK"), ours, fitSdk);
        report("clean: importer, TCX", only(clean, ".tcx"), ours);
    }

    /**
     * The files on which the importer and the peer count the same points; the others are named
     * and left out of both rows (the importer drops points without a time, or outside every
     * session, by design; a peer that reads fewer points did less work).
     */
    private static List<Input> same(List<Input> files, Parser ours, Parser peer, String peerName) {
        List<Input> out = new ArrayList<>();
        for (Input in : files) {
            try {
                long a = ours.parse(in).points();
                long b = peer.parse(in).points();
                if (a == b) {
                    out.add(in);
                } else {
                    System.out.printf(
                            Locale.ROOT,
                            "  (%s: RunMend reads %d points, %s %d: left out of both rows)%n",
                            in.name(),
                            a,
                            peerName,
                            b);
                }
            } catch (Exception e) {
                System.out.println("  (" + peerName + " cannot read " + in.name() + ": " + e.getMessage()
                        + "; left out of both rows)");
            }
        }
        return out;
    }

    /** The importer's row and the peer's beside it, the peer's only when both parsed the same points. */
    private static void peers(String set, String format, String peerName, List<Input> files, Parser ours, Parser peer)
            throws Exception {
        long a = points(files, ours);
        long b = points(files, peer);
        report(set + ": importer, " + format, files, ours);
        if (a != b || files.isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-30s refused: %s parsed %d points, RunMend %d (not the same work)%n",
                    set + ": " + peerName,
                    peerName,
                    b,
                    a);
            return;
        }
        report(set + ": " + peerName + ", " + format, files, peer);
        System.out.printf(Locale.ROOT, "  (both parsed the same %d points in %d files)%n", a, files.size());
    }

    private static long points(List<Input> files, Parser p) throws Exception {
        long n = 0;
        for (Input in : files) {
            n += p.parse(in).points();
        }
        return n;
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
        System.out.printf(
                Locale.ROOT,
                "%-30s %5d %6.2f %9.1f %8.1f %8.1f %12.1f%n",
                label,
                files.size(),
                bytes / 1e6,
                s * 1000,
                bytes / 1e6 / s,
                bytes / 1e6 / best,
                activities / s);
    }

    private static int round(List<Input> files, Parser p) throws Exception {
        int n = 0;
        for (Input in : files) {
            n += p.parse(in).activities();
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

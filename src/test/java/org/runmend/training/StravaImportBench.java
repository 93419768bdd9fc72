package org.runmend.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.runmend.importer.Importer;
import org.runmend.store.Database;
import org.runmend.support.TestClock;

/**
 * Benchmark, not a test: imports a Strava-style bulk export of N activities (default 1,000) into a
 * fresh SQLite database and prints the time, then times the load report over the result.
 * The export is built from real GPX files of src/test/resources/activities/gpx, each copy shifted by
 * one day so no two are duplicates; every third is gzipped, as Strava does.
 *
 * <p>{@code small N} instead builds a ZIP of N tiny GPX files (three points each, two hours apart so
 * none is a duplicate): the many-entries case, where memory must not grow with the entry count.
 * Both print the most heap in use after any garbage collection (the memory the import kept alive); {@code bin/bench} runs them in a 256 MB heap.
 *
 * <p>Run: {@code bin/bench strava [N]} or {@code bin/bench strava small [N]}
 */
public final class StravaImportBench {
    static final List<String> SOURCES = List.of(
            "tg-run.gpx", "tg-blue_hills.gpx", "sw-activity_5039744860.gpx", "jpx-ISSUE-82.gpx", "tg-run_gpxtpx.gpx");
    private static final Pattern TIME = Pattern.compile("<time>([^<]+)</time>");

    private StravaImportBench() {}

    public static void main(String[] args) throws Exception {
        boolean small = args.length > 0 && args[0].equals("small");
        int n = args.length > (small ? 1 : 0) ? Integer.parseInt(args[small ? 1 : 0]) : small ? 100_000 : 1000;
        Path dir = Files.createTempDirectory("runmend-bench");
        Path zip = dir.resolve("export.zip");
        long bytes = small ? buildSmallExport(zip, n) : buildExport(zip, n);
        System.out.printf(
                Locale.ROOT,
                "Strava-style export: %d %sfiles, %.1f MB zipped (%s); heap limit %d MiB%n",
                n,
                small ? "tiny " : "",
                Files.size(zip) / 1e6,
                zip,
                Runtime.getRuntime().maxMemory() >> 20);
        watchGc();
        try (Database db = Database.sqlite(dir.resolve("bench.db"))) {
            String runner = BenchRunner.create(db, "bench@example.org");
            TrainingService training = new TrainingService(db, TestClock.FIXED);
            ImportService imports = new ImportService(training, Importer.lenient());
            long t0 = System.nanoTime();
            ImportService.Summary s;
            try (InputStream in = Files.newInputStream(zip)) {
                s = imports.importUpload(runner, "export.zip", in);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "import into the database: %s in %.1f s = %.1f activities/s, %.1f MB/s of activity data%n",
                    s.line(),
                    seconds,
                    s.imported() / seconds,
                    bytes / 1e6 / seconds);
            System.out.printf(
                    Locale.ROOT,
                    "heap: at most %.0f MiB in use after a garbage collection (limit %d MiB) during the import%n",
                    peakHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
            if (small) {
                return;
            }
            System.out.printf(
                    Locale.ROOT,
                    "target: 1,000 activities in under 60 s -> %s%n",
                    seconds < 60 * n / 1000.0 ? "met" : "NOT met");
            for (int i = 0; i < 3; i++) {
                long r0 = System.nanoTime();
                training.report(runner, 12, java.time.ZoneOffset.UTC);
                System.out.printf(
                        Locale.ROOT,
                        "load report over %d activities (with the database read): %.1f ms%n",
                        s.imported(),
                        (System.nanoTime() - r0) / 1e6);
            }
        }
    }

    /** The most heap in use right after any garbage collection so far: what the import really kept alive. */
    private static final java.util.concurrent.atomic.AtomicLong LIVE_AFTER_GC =
            new java.util.concurrent.atomic.AtomicLong();

    private static void watchGc() {
        for (java.lang.management.GarbageCollectorMXBean gc :
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc)
                    .addNotificationListener(
                            (n, h) -> {
                                if (!n.getType()
                                        .equals(
                                                com.sun.management.GarbageCollectionNotificationInfo
                                                        .GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                        (javax.management.openmbean.CompositeData) n.getUserData());
                                long used = 0;
                                for (var e :
                                        info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                                    if (!e.getKey().contains("Metaspace")
                                            && !e.getKey().contains("Code")
                                            && !e.getKey().contains("Class")) {
                                        used += e.getValue().getUsed();
                                    }
                                }
                                LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
                            },
                            null,
                            null);
        }
    }

    private static double peakHeapMb() {
        return LIVE_AFTER_GC.get() / (double) (1 << 20);
    }

    /** A ZIP of {@code n} three-point GPX files, two hours apart; returns their uncompressed size. */
    static long buildSmallExport(Path zip, int n) throws IOException {
        long total = 0;
        Instant t0 = Instant.parse("2000-01-01T06:00:00Z");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < n; i++) {
                Instant t = t0.plus(2L * i, ChronoUnit.HOURS);
                StringBuilder g = new StringBuilder("<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"bench\" "
                        + "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><type>running</type><trkseg>");
                for (int p = 0; p < 3; p++) {
                    g.append("<trkpt lat=\"")
                            .append(46.0 + p * 0.001)
                            .append("\" lon=\"14.5\"><time>")
                            .append(t.plusSeconds(p * 40L))
                            .append("</time></trkpt>");
                }
                g.append("</trkseg></trk></gpx>");
                byte[] data = g.toString().getBytes(StandardCharsets.UTF_8);
                total += data.length;
                z.putNextEntry(new ZipEntry("activities/" + i + ".gpx"));
                z.write(data);
                z.closeEntry();
            }
        }
        return total;
    }

    /** Writes the export ZIP; returns the uncompressed size of its activity files. */
    static long buildExport(Path zip, int n) throws IOException {
        Path gpx = org.runmend.support.Shared.activities().resolve("gpx");
        long total = 0;
        StringBuilder csv = new StringBuilder("Activity ID,Activity Date,Activity Name,Activity Type,Filename\n");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            List<Timed> sources = new java.util.ArrayList<>();
            for (String source : SOURCES) {
                sources.add(Timed.of(Files.readString(gpx.resolve(source), StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < n; i++) {
                String text = sources.get(i % SOURCES.size()).shift(i);
                byte[] data = text.getBytes(StandardCharsets.UTF_8);
                total += data.length;
                String name = "activities/" + (1000000 + i) + ".gpx";
                if (i % 3 == 0) {
                    ByteArrayOutputStream gz = new ByteArrayOutputStream();
                    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
                        g.write(data);
                    }
                    data = gz.toByteArray();
                    name += ".gz";
                }
                z.putNextEntry(new ZipEntry(name));
                z.write(data);
                z.closeEntry();
                csv.append(1000000 + i)
                        .append(",,Run ")
                        .append(i)
                        .append(",Run,")
                        .append(name)
                        .append('\n');
            }
            z.putNextEntry(new ZipEntry("activities.csv"));
            z.write(csv.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return total;
    }

    /** How many activities {@link #buildExport} puts in an export of {@code n} files (some files hold several tracks). */
    static int activitiesIn(int n) throws Exception {
        Path gpx = org.runmend.support.Shared.activities().resolve("gpx");
        // each source file is read once; file i of the export is source i % SOURCES.size(), moved in time
        int total = 0;
        for (int s = 0; s < SOURCES.size(); s++) {
            int copies = n / SOURCES.size() + (s < n % SOURCES.size() ? 1 : 0);
            total += copies
                    * Importer.lenient()
                            .read(gpx.resolve(SOURCES.get(s)))
                            .activities()
                            .size();
        }
        return total;
    }

    /**
     * A GPX file cut at its timestamps, each parsed once, so that the many copies of an export,
     * each moved by other days, are written without reading the file again.
     */
    private record Timed(List<String> between, List<Instant> times, List<String> unparsed) {
        static Timed of(String gpx) {
            Matcher m = TIME.matcher(gpx);
            List<String> between = new java.util.ArrayList<>();
            List<Instant> times = new java.util.ArrayList<>();
            List<String> unparsed = new java.util.ArrayList<>();
            int end = 0;
            while (m.find()) {
                between.add(gpx.substring(end, m.start()));
                Instant t;
                try {
                    t = Instant.parse(m.group(1).trim());
                } catch (RuntimeException e) {
                    t = null;
                }
                times.add(t);
                unparsed.add(m.group(1));
                end = m.end();
            }
            between.add(gpx.substring(end));
            return new Timed(between, times, unparsed);
        }

        String shift(int days) {
            StringBuilder b =
                    new StringBuilder(between.stream().mapToInt(String::length).sum() + 40 * times.size());
            for (int i = 0; i < times.size(); i++) {
                Instant t = times.get(i);
                b.append(between.get(i))
                        .append("<time>")
                        .append(
                                t == null
                                        ? unparsed.get(i)
                                        : t.plus(days, ChronoUnit.DAYS).toString())
                        .append("</time>");
            }
            return b.append(between.get(times.size())).toString();
        }
    }
}

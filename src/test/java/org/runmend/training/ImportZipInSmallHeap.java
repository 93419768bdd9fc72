package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.runmend.importer.Importer;
import org.runmend.store.Database;
import org.runmend.support.TestClock;

/**
 * Run in its own JVM by {@link BigExportMemoryTest} and {@link StravaCsvBombTest} ({@link #runIn64Mb}; and by {@code bin/bench strava}) with a small
 * heap: imports one ZIP into a new SQLite file and prints the summary line. An
 * {@link OutOfMemoryError} ends the JVM with a non-zero status.
 *
 * <p>Arguments: DATABASE-FILE ZIP
 */
public final class ImportZipInSmallHeap {
    private ImportZipInSmallHeap() {}

    /**
     * Imports {@code zip} into a new SQLite file {@code db} in a JVM of its own with a 64 MB heap
     * (the quick JIT only, like the test JVMs: 5.6 s less CPU for the two tests), fails unless it
     * ends within 5 minutes with status 0, and answers what it printed.
     */
    static String runIn64Mb(Path db, Path zip) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx64m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportZipInSmallHeap.class.getName(),
                        db.toString(),
                        zip.toString()))
                .redirectErrorStream(true)
                .start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.sqlite(Path.of(args[0]))) {
            String runner = BenchRunner.create(db, "heap@example.org");
            ImportService imports = new ImportService(new TrainingService(db, TestClock.FIXED), Importer.lenient());
            ImportService.Summary s;
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                s = imports.importUpload(runner, Path.of(args[1]).getFileName().toString(), in);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s in %.1f s; heap limit %d MB; stored %d%n",
                    s.line(),
                    (System.nanoTime() - t0) / 1e9,
                    rt.maxMemory() >> 20,
                    new TrainingService(db, TestClock.FIXED).activities().count(runner));
        }
    }
}

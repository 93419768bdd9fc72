package org.runmend.training;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.runmend.importer.Importer;
import org.runmend.store.Database;
import org.runmend.support.TestClock;

/**
 * Run in its own JVM by {@link BigExportMemoryTest} (and by {@code bin/bench strava}) with a small
 * heap: imports one ZIP into a new SQLite file and prints the summary line. An
 * {@link OutOfMemoryError} ends the JVM with a non-zero status.
 *
 * <p>Arguments: DATABASE-FILE ZIP
 */
public final class ImportZipInSmallHeap {
    private ImportZipInSmallHeap() {}

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

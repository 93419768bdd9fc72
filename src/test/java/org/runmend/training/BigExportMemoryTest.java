package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Strava export is saved activity by activity as it is read, so its size does not decide the
 * memory it needs: 600 files (840 activities, as some files hold several tracks; about 60 MB of
 * GPX, several hundred MB as parsed samples) go into a JVM whose heap is 64 MB. Holding them all
 * before saving runs out of memory.
 */
class BigExportMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void a_600_activity_export_imports_completely_in_a_64_mb_heap() throws Exception {
        Path zip = tmp.resolve("export.zip");
        StravaImportBench.buildExport(zip, 600);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-Xmx64m",
                        // the quick JIT only, like the test JVMs: 5.6 s less CPU for the two imports
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportZipInSmallHeap.class.getName(),
                        tmp.resolve("heap.db").toString(),
                        zip.toString()))
                .redirectErrorStream(true)
                .start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        int expected = StravaImportBench.activitiesIn(600);
        assertThat(out).contains(expected + " imported, 0 duplicates, 0 failed").contains("stored " + expected);
    }
}

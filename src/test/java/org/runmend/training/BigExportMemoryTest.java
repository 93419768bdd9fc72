package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        String out = ImportZipInSmallHeap.runIn64Mb(tmp.resolve("heap.db"), zip);
        int expected = StravaImportBench.activitiesIn(600);
        assertThat(out).contains(expected + " imported, 0 duplicates, 0 failed").contains("stored " + expected);
    }
}

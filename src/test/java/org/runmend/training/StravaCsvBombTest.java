package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Strava export whose activities.csv inflates to 40 MiB of empty rows (about 40 KB zipped) once
 * took the whole heap: the CSV was read whole and split into rows first. Read row by row with
 * limits, it imports in a 64 MB heap and the activity still arrives.
 */
class StravaCsvBombTest {
    @TempDir
    Path tmp;

    static void writeBomb(Path zip, long csvBytes) throws Exception {
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("activities.csv"));
            z.write("Activity ID,Activity Name,Activity Type,Filename\n".getBytes(StandardCharsets.UTF_8));
            byte[] rows = ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n".repeat(32 * 1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < csvBytes; written += rows.length) {
                z.write(rows);
            }
            z.putNextEntry(new ZipEntry("activities/1.gpx"));
            z.write(ActivityStoreContract.gpxNamed("Bomb run"));
        }
    }

    @Test
    void an_activities_csv_of_40_mib_empty_rows_imports_in_a_64_mb_heap() throws Exception {
        Path zip = tmp.resolve("bomb.zip");
        writeBomb(zip, 40L * 1024 * 1024);
        assertThat(Files.size(zip)).isLessThan(200_000);
        String out = ImportZipInSmallHeap.runIn64Mb(tmp.resolve("heap.db"), zip);
        assertThat(out).contains("1 imported");
    }
}

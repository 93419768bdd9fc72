package org.runmend.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Sport;
import org.runmend.support.ActivityFiles;

/** A small Strava bulk export built from real files, with a zip-slip entry and oversized entries. */
class StravaExportTest {
    @TempDir
    Path tmp;

    private static final String CSV = """
            Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Filename
            4801048867,"Apr 18, 2020, 11:10:44 AM",Rondje achterhoek,Ride,,5158,36.32,activities/4801048867.gpx.gz
            5039744860,"Jun 1, 2020, 2:52:40 PM","Leiden, \"\"fietsen\"\"",Ride,"two
            lines",113,0.67,activities/5039744860.tcx
            3173437224,"Jan 29, 2019",Morning Run,Run,,3903,4.51,activities/3173437224.fit.gz
            9,"Jan 1, 2020",Multi track,Hike,,1,1,activities/multi.gpx
            """;

    private Path buildExport() throws IOException {
        Path zip = tmp.resolve("export_12345.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(z, "activities.csv", CSV.getBytes(StandardCharsets.UTF_8));
            put(z, "activities/4801048867.gpx.gz", gzip(real("gpx/sw-4801048867_strava.gpx")));
            put(z, "activities/5039744860.tcx", real("tcx/sw-activity_5039744860.tcx"));
            put(z, "activities/3173437224.fit.gz", gzip(real("fit/pf-garmin-fenix-5-run.fit")));
            put(z, "activities/multi.gpx", real("gpx/tg-multitrackgpx.gpx"));
            put(z, "../../evil.gpx", real("gpx/tg-run.gpx"));
            put(z, "/etc/abs.gpx", real("gpx/tg-run.gpx"));
            put(z, "activities/huge.gpx", spaces(6 << 20));
            put(z, "activities/bomb.tcx.gz", gzip(spaces(6 << 20)));
            put(z, "activities/broken.gpx", "<gpx version=\"1.1\"><trk><trkseg>".getBytes(StandardCharsets.UTF_8));
            put(z, "media/photo.jpg", new byte[] {1, 2, 3});
        }
        return zip;
    }

    @Test
    void imports_a_strava_export_and_refuses_unsafe_or_oversized_entries() throws Exception {
        Importer importer = new Importer(Mode.LENIENT, new Limits(5L << 20, 64L << 20));
        ImportResult r = importer.read(buildExport());

        assertThat(r.activities())
                .extracting(Activity::sourceName)
                .containsExactly(
                        "export_12345.zip!activities/4801048867.gpx.gz", "export_12345.zip!activities/5039744860.tcx",
                        "export_12345.zip!activities/3173437224.fit.gz", "export_12345.zip!activities/multi.gpx",
                        "export_12345.zip!activities/multi.gpx", "export_12345.zip!activities/multi.gpx");
        assertThat(r.activities()).allSatisfy(a -> assertThat(a.source()).isEqualTo(ActivitySource.STRAVA_EXPORT));
        Activity gpx = r.activities().get(0);
        assertThat(gpx.name()).isEqualTo("Rondje achterhoek"); // the GPX's own name
        assertThat(gpx.sport()).isEqualTo(Sport.CYCLING);
        Activity tcx = r.activities().get(1);
        assertThat(tcx.name()).isEqualTo("Leiden, \"fietsen\""); // TCX has none: from activities.csv
        Activity fit = r.activities().get(2);
        assertThat(fit.name()).isEqualTo("Morning Run");
        assertThat(fit.sport()).isEqualTo(Sport.RUNNING);
        assertThat(r.activities().get(3).sport()).isEqualTo(Sport.HIKING); // no <type> in the file: from the CSV
        assertThat(r.activities().get(3).name()).isEqualTo("Tag 1");

        assertThat(r.refused())
                .extracting(ImportException::sourceName)
                .containsExactlyInAnyOrder(
                        "export_12345.zip!../../evil.gpx",
                        "export_12345.zip!/etc/abs.gpx",
                        "export_12345.zip!activities/huge.gpx",
                        "export_12345.zip!activities/bomb.tcx.gz",
                        "export_12345.zip!activities/broken.gpx");
        assertThat(r.refused())
                .filteredOn(
                        e -> e.sourceName().contains("evil") || e.sourceName().contains("abs"))
                .allSatisfy(e ->
                        assertThat(e).isInstanceOf(UnsafeContentException.class).hasMessageContaining("zip slip"));
        assertThat(r.refused())
                .filteredOn(
                        e -> e.sourceName().contains("huge") || e.sourceName().contains("bomb"))
                .allSatisfy(e -> assertThat(e)
                        .isInstanceOf(UnsafeContentException.class)
                        .hasMessageContaining("inflates to more than 5 MB"));
        assertThat(r.refused())
                .filteredOn(e -> e.sourceName().contains("broken"))
                .singleElement()
                .satisfies(e ->
                        assertThat(e).isInstanceOf(BadContentException.class).hasMessageContaining("malformed XML"));
    }

    @Test
    void an_uploaded_export_stream_reads_the_same_as_the_file() throws Exception {
        Path zip = buildExport();
        Importer importer = new Importer(Mode.LENIENT, new Limits(5L << 20, 64L << 20));
        try (InputStream in = Files.newInputStream(zip)) {
            ImportResult r = importer.read("upload.zip", in);
            assertThat(r.activities()).hasSize(6);
            assertThat(r.refused()).hasSize(5);
        }
    }

    @Test
    void stops_when_the_archive_total_passes_its_limit() throws Exception {
        Importer importer = new Importer(Mode.LENIENT, new Limits(5L << 20, 7L << 20));
        ImportResult r = importer.read(buildExport());
        assertThat(r.refused())
                .anySatisfy(e -> assertThat(e.getMessage()).contains("inflates to more than 7 MB in all"));
    }

    private static byte[] real(String file) throws IOException {
        return Files.readAllBytes(ActivityFiles.file(file));
    }

    private static byte[] spaces(int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) ' ');
        byte[] head = "<gpx version=\"1.1\">".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, byte[] data) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(data);
        z.closeEntry();
    }
}

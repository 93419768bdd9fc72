package org.runmend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.activity.ActivitySource;
import org.runmend.support.ActivityFiles;

/** XML entity attacks, gzip bombs and typed errors for single files. */
class SafetyTest {
    @TempDir
    Path tmp;

    private static final String POINT = "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"><time>2020-01-01T00:00:00Z</time>"
            + "<name>&xxe;</name></trkpt></trkseg></trk>";

    @Test
    void rejects_gpx_with_external_entity() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\">" + POINT + "</gpx>";
        Path file = Files.writeString(tmp.resolve("xxe.gpx"), xml);
        assertThatThrownBy(() -> Importer.lenient().read(file))
                .isInstanceOf(UnsafeContentException.class)
                .hasMessageStartingWith("xxe.gpx: line 2")
                .hasMessageContaining("DOCTYPE/DTD is not allowed")
                .hasMessageNotContaining("TOP SECRET");
    }

    @Test
    void rejects_gpx_with_billion_laughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE gpx [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>\n" + dtd + "\n<gpx version=\"1.1\">" + POINT.replace("&xxe;", "&lol9;")
                + "</gpx>";
        Path file = Files.writeString(tmp.resolve("laughs.gpx"), xml);
        assertThatThrownBy(() -> Importer.lenient().read(file))
                .isInstanceOf(UnsafeContentException.class)
                .hasMessageStartingWith("laughs.gpx: ")
                .hasMessageContaining("DOCTYPE/DTD is not allowed");
    }

    @Test
    void rejects_tcx_with_external_entity() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>&xxe;</Id></Activity>"
                + "</Activities></TrainingCenterDatabase>";
        assertThatThrownBy(() -> Importer.lenient().read("xxe.tcx", stream(xml)))
                .isInstanceOf(UnsafeContentException.class)
                .hasMessageStartingWith("xxe.tcx: ")
                .hasMessageNotContaining("root:");
    }

    @Test
    void rejects_undeclared_entity_reference_without_a_dtd() {
        String xml = "<gpx version=\"1.1\">" + POINT + "</gpx>";
        assertThatThrownBy(() -> Importer.lenient().read("ent.gpx", stream(xml)))
                .isInstanceOf(BadContentException.class)
                .hasMessageStartingWith("ent.gpx: ")
                .hasMessageContaining("xxe");
    }

    @Test
    void refuses_a_gzip_bomb_by_the_bytes_really_inflated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("<gpx version=\"1.1\">".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 8; i++) {
                gz.write(spaces);
            }
        }
        Importer small = new Importer(Mode.LENIENT, new Limits(4L << 20, 8L << 20));
        assertThatThrownBy(() -> small.read("bomb.gpx.gz", new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(UnsafeContentException.class)
                .hasMessageStartingWith("bomb.gpx.gz: refused: inflates to more than 4 MB");
    }

    @Test
    void reads_a_gzipped_file_whose_format_is_told_by_content() throws Exception {
        byte[] tcx = Files.readAllBytes(ActivityFiles.file("tcx/tg-sample.tcx"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(tcx);
        }
        ImportResult r = Importer.lenient().read("misnamed.gpx.gz", new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(r.activities())
                .singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo(ActivitySource.TCX));
    }

    @Test
    void a_missing_file_is_an_io_failure_not_bad_content() {
        assertThatThrownBy(() -> Importer.lenient().read(tmp.resolve("nowhere.fit")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("nowhere.fit: cannot be read");
    }

    @Test
    void garbage_is_bad_content_naming_the_file() {
        assertThatThrownBy(() -> Importer.lenient().read("notes.txt", stream("hello, not an activity")))
                .isInstanceOf(BadContentException.class)
                .hasMessage("notes.txt: not a GPX, TCX or FIT file (content and name 'notes.txt' say neither)");
        assertThatThrownBy(() -> Importer.lenient().read("empty.gpx", stream("")))
                .isInstanceOf(BadContentException.class)
                .hasMessage("empty.gpx: the file is empty");
    }

    @Test
    void malformed_xml_names_the_line() {
        String xml = "<gpx version=\"1.1\">\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"1\"></trkseg></gpx>";
        assertThatThrownBy(() -> Importer.lenient().read("cut.gpx", stream(xml)))
                .isInstanceOf(BadContentException.class)
                .hasMessageStartingWith("cut.gpx: malformed XML at line 3");
    }

    @Test
    void a_bad_coordinate_names_line_and_value() {
        String xml = "<gpx version=\"1.1\"><trk><trkseg>\n<trkpt lat=\"north\" lon=\"1\"/></trkseg></trk></gpx>";
        assertThatThrownBy(() -> Importer.lenient().read("bad.gpx", stream(xml)))
                .isInstanceOf(BadContentException.class)
                .hasMessage("bad.gpx: line 2: <trkpt> lat='north' is not a number from -90 to 90");
    }

    @Test
    void a_route_only_gpx_is_refused_clearly() {
        String xml = "<gpx version=\"1.1\"><rte><rtept lat=\"1\" lon=\"1\"/><rtept lat=\"1.1\" lon=\"1\"/></rte></gpx>";
        assertThatThrownBy(() -> Importer.lenient().read("route.gpx", stream(xml)))
                .isInstanceOf(BadContentException.class)
                .hasMessage("route.gpx: no track points with time: only 2 route points and 0 waypoints "
                        + "(a route, not an activity)");
    }

    @Test
    void a_truncated_fit_is_refused_in_strict_mode_naming_the_byte() {
        assertThatThrownBy(() -> Importer.strict().read(ActivityFiles.file("broken/pf-activity-unexpected-eof.fit")))
                .isInstanceOf(BadContentException.class)
                .hasMessageStartingWith("pf-activity-unexpected-eof.fit: file ends early at byte 768");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

package org.runmend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 6: a broken GPX or TCX is refused with a message naming the file and the line,
 * and the XML parser writes nothing of its own ({@code [Fatal Error] ...}) to the server's stderr.
 */
class QuietParserTest {
    @Test
    void broken_xml_is_refused_by_name_and_leaves_stderr_clean() throws Exception {
        List<String[]> files = List.of(
                new String[] {"broken.gpx", "<?xml version=\"1.0\"?><gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trk>"
                },
                new String[] {"garbage.tcx", "this is not xml at all"},
                new String[] {"cut.gpx", "<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\""},
                new String[] {"amp.tcx", "<?xml version=\"1.0\"?><TrainingCenterDatabase>&</TrainingCenterDatabase>"},
                new String[] {"empty.gpx", ""},
                new String[] {"prolog.gpx", "junk<?xml version=\"1.0\"?><gpx/>"},
                new String[] {
                    "spaced.tcx", "  \n<?xml version=\"1.0\"?><TrainingCenterDatabase></TrainingCenterDatabase>"
                },
                new String[] {"bytes.gpx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gpx>\u00ff\u0000</gpx>"},
                new String[] {"two-roots.gpx", "<?xml version=\"1.0\"?><gpx></gpx><gpx></gpx>"},
                new String[] {"dtd.gpx", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"b\">]><gpx>&a;</gpx>"},
                new String[] {"latin.gpx", "<?xml version=\"1.0\" encoding=\"NOPE\"?><gpx></gpx>"});
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String[] f : files) {
                assertThatThrownBy(() -> Importer.lenient()
                                .read(f[0], new ByteArrayInputStream(f[1].getBytes(StandardCharsets.UTF_8))))
                        .as(f[0])
                        .isInstanceOf(ImportException.class)
                        .hasMessageContaining(f[0]);
            }
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * Issue 19, item 13: the JDK's own StAX parser (the one a server runs with; the tests' class path
     * also has Woodstox) printed {@code [Fatal Error]} for bytes that are not UTF-8, also when a
     * gzip held another gzip. Both are refused as bad content, naming the file, and stderr stays clean.
     */
    @Test
    void invalid_utf8_and_a_gzip_inside_a_gzip_are_refused_by_name_and_leave_stderr_clean() throws Exception {
        byte[] latin =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gpx version=\"1.1\"><trk><name>caf\u00e9 \u00ff</name></trk></gpx>"
                        .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(inner)) {
            g.write("<?xml version=\"1.0\"?><gpx version=\"1.1\"></gpx>".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(outer)) {
            g.write(inner.toByteArray());
        }
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> Importer.lenient().read("latin1-bytes.gpx", new ByteArrayInputStream(latin)))
                    .isInstanceOf(BadContentException.class)
                    .hasMessageContaining("latin1-bytes.gpx")
                    .hasMessageContaining("not text in its character encoding");
            assertThatThrownBy(() ->
                            Importer.lenient().read("twice.gpx.gz", new ByteArrayInputStream(outer.toByteArray())))
                    .isInstanceOf(BadContentException.class)
                    .hasMessageContaining("twice.gpx.gz")
                    .hasMessageContaining("gzip inside a gzip");
            assertThatThrownBy(() ->
                            Importer.lenient().read("twice.tcx.gz", new ByteArrayInputStream(outer.toByteArray())))
                    .isInstanceOf(BadContentException.class)
                    .hasMessageContaining("gzip inside a gzip");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_file_in_the_encoding_its_declaration_names_is_read() throws Exception {
        byte[] latin =
                ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><gpx version=\"1.1\" creator=\"t\"><trk><name>Caf\u00e9</name>"
                                + "<trkseg><trkpt lat=\"46.05\" lon=\"14.5\"><time>2026-05-03T07:00:00Z</time></trkpt>"
                                + "<trkpt lat=\"46.051\" lon=\"14.501\"><time>2026-05-03T07:01:00Z</time></trkpt></trkseg></trk></gpx>")
                        .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Importer.lenient()
                        .read("latin.gpx", new ByteArrayInputStream(latin))
                        .activities())
                .singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Caf\u00e9"));
    }
}

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
                new String[] {"broken.gpx", "<?xml version=\"1.0\"?><gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trk>"},
                new String[] {"garbage.tcx", "this is not xml at all"},
                new String[] {"cut.gpx", "<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\""},
                new String[] {"amp.tcx", "<?xml version=\"1.0\"?><TrainingCenterDatabase>&</TrainingCenterDatabase>"},
                new String[] {"empty.gpx", ""},
                new String[] {"prolog.gpx", "junk<?xml version=\"1.0\"?><gpx/>"},
                new String[] {"spaced.tcx", "  \n<?xml version=\"1.0\"?><TrainingCenterDatabase></TrainingCenterDatabase>"},
                new String[] {"bytes.gpx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gpx>\u00ff\u0000</gpx>"},
                new String[] {"two-roots.gpx", "<?xml version=\"1.0\"?><gpx></gpx><gpx></gpx>"},
                new String[] {"dtd.gpx", "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"b\">]><gpx>&a;</gpx>"},
                new String[] {"latin.gpx", "<?xml version=\"1.0\" encoding=\"NOPE\"?><gpx></gpx>"});
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String[] f : files) {
                assertThatThrownBy(() -> Importer.lenient().read(f[0], new ByteArrayInputStream(f[1].getBytes(StandardCharsets.UTF_8))))
                        .as(f[0]).isInstanceOf(ImportException.class).hasMessageContaining(f[0]);
            }
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

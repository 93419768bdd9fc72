package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;
import org.runmend.importer.Importer;
import org.runmend.support.Shared;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** GPX 1.1 export of stored activities, read back by RunMend's own importer and by a plain XML parser. */
class GpxExportTest {
    private static Activity real(String file) throws Exception {
        return Importer.lenient()
                .read(Shared.activities().resolve(file))
                .activities()
                .get(0);
    }

    private static byte[] export(Activity a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GpxExport.write(a, out);
        return out.toByteArray();
    }

    @Test
    void a_real_fit_run_exported_as_gpx_reads_back_with_the_same_start_points_heart_rate_and_distance()
            throws Exception {
        Activity fit = real("fit/pf-garmin-fenix-5-run.fit");
        byte[] gpx = export(fit);
        Activity back = Importer.strict()
                .read("back.gpx", new ByteArrayInputStream(gpx))
                .activities()
                .get(0);
        long located = fit.samples().stream().filter(s -> s.latitude() != null).count();
        assertThat(back.samples()).hasSize((int) located);
        assertThat(back.start().toInstant())
                .isEqualTo(fit.samples().stream()
                        .filter(s -> s.latitude() != null)
                        .findFirst()
                        .orElseThrow()
                        .time());
        assertThat(back.sport()).isEqualTo(Sport.RUNNING);
        assertThat(back.maxHeartRate())
                .isEqualTo(fit.samples().stream()
                        .filter(s -> s.latitude() != null)
                        .map(Sample::heartRate)
                        .filter(h -> h != null)
                        .max(Integer::compare)
                        .orElseThrow());
        assertThat(back.distance().metres())
                .isCloseTo(fit.distance().metres(), within(0.03 * fit.distance().metres()));
        // cadence goes out per leg, as Garmin writes GPX, and comes back as steps per minute (odd counts lose one)
        List<Sample> located2 =
                fit.samples().stream().filter(s -> s.latitude() != null).toList();
        for (int i = 0; i < located2.size(); i++) {
            if (located2.get(i).cadence() != null) {
                assertThat(back.samples().get(i).cadence())
                        .isCloseTo(located2.get(i).cadence(), within(1));
            }
        }
    }

    @Test
    void the_name_from_a_strava_gpx_survives_and_the_file_is_gpx_1_1_with_the_garmin_extension() throws Exception {
        Activity strava = real("gpx/sw-4801048867_strava.gpx");
        assertThat(strava.name()).isEqualTo("Rondje achterhoek");
        byte[] gpx = export(strava);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(gpx));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.topografix.com/GPX/1/1");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("creator")).isEqualTo("RunMend");
        // GPX 1.1 order inside gpx: metadata before trk; inside trkpt: ele, time, extensions
        assertThat(root.getFirstChild().getNextSibling().getLocalName()).isEqualTo("metadata");
        Element pt = (Element) doc.getElementsByTagNameNS("http://www.topografix.com/GPX/1/1", "trkpt")
                .item(0);
        List<String> children = new java.util.ArrayList<>();
        for (var n = pt.getFirstChild(); n != null; n = n.getNextSibling()) {
            children.add(n.getLocalName());
        }
        assertThat(children).startsWith("ele", "time");
        assertThat(doc.getElementsByTagNameNS(GpxExport.TPX, "hr").getLength()).isEqualTo((int)
                strava.samples().stream()
                        .filter(s -> s.latitude() != null && s.heartRate() != null)
                        .count());
        Activity back = Importer.strict()
                .read("back.gpx", new ByteArrayInputStream(gpx))
                .activities()
                .get(0);
        assertThat(back.name()).isEqualTo("Rondje achterhoek");
        assertThat(back.distance().metres())
                .isCloseTo(
                        strava.distance().metres(),
                        within(0.01 * strava.distance().metres()));
        assertThat(GpxExport.fileName(strava)).endsWith("-rondje-achterhoek.gpx");
    }

    @Test
    void an_activity_without_positions_is_still_a_valid_empty_track_and_names_are_escaped() throws Exception {
        Activity manual = Activity.builder(
                        Sport.TREADMILL,
                        ZonedDateTime.of(2025, 6, 3, 7, 0, 0, 0, ZoneOffset.UTC),
                        Distance.ofKilometres(5),
                        Duration.ofMinutes(30))
                .name("Hills & <intervals>")
                .source(ActivitySource.MANUAL)
                .build();
        String gpx = new String(export(manual), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(gpx).contains("<name>Hills &amp; &lt;intervals&gt;</name>").contains("<trkseg>");
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(gpx.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}

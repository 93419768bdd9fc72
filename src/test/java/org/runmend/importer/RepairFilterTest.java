package org.runmend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Activity;
import org.runmend.activity.Sample;

/** The repair chain, strict and lenient, on small hand-made tracks. */
class RepairFilterTest {
    private static final Instant T0 = Instant.parse("2024-05-01T07:00:00Z");

    private static Sample at(int second, double lat) {
        return new Sample(second < 0 ? null : T0.plusSeconds(second), lat, 10.0, null, null, null, null, null);
    }

    /** A run north at about 3 m/s, one point a second. */
    private static List<Sample> run(int n) {
        List<Sample> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(at(i, 50 + i * 0.000027));
        }
        return s;
    }

    @Test
    void lenient_drops_points_whose_time_goes_backwards_and_warns() throws Exception {
        List<Sample> pts = run(10);
        pts.add(5, at(2, 50.0001));
        Repairs r = new Repairs("t.gpx", Mode.LENIENT);
        List<List<Sample>> out = new BackwardTimeFilter().apply(List.of(pts), r);
        assertThat(out.get(0)).hasSize(10);
        assertThat(r.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.toString())
                        .isEqualTo(
                                "t.gpx: dropped 1 points whose time goes backwards (first: 2024-05-01T07:00:02Z after "
                                        + "2024-05-01T07:00:04Z)"));
    }

    @Test
    void strict_refuses_points_whose_time_goes_backwards() {
        List<Sample> pts = run(10);
        pts.add(5, at(2, 50.0001));
        assertThatThrownBy(() -> new BackwardTimeFilter().apply(List.of(pts), new Repairs("t.gpx", Mode.STRICT)))
                .isInstanceOf(BadContentException.class)
                .hasMessageStartingWith("t.gpx: dropped 1 points whose time goes backwards")
                .hasMessageEndingWith("(refused in strict mode)");
    }

    @Test
    void drops_a_gps_spike_faster_than_50_metres_a_second() throws Exception {
        List<Sample> pts = run(10);
        pts.set(4, at(4, 50.01)); // 1 km away for one second
        Repairs r = new Repairs("t.gpx", Mode.LENIENT);
        List<List<Sample>> out = new SpikeFilter(SpikeFilter.DEFAULT_MAX_SPEED).apply(List.of(pts), r);
        assertThat(out.get(0)).hasSize(9).doesNotContain(pts.get(4));
        assertThat(r.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("dropped 1 GPS spikes"));
    }

    @Test
    void a_real_move_after_a_gap_is_trusted_again_after_a_few_points() throws Exception {
        List<Sample> pts = run(5);
        for (int i = 5; i < 15; i++) {
            pts.add(at(i, 51 + i * 0.000027)); // a jump of 111 km, then normal running
        }
        List<List<Sample>> out = new SpikeFilter(50).apply(List.of(pts), new Repairs("t.gpx", Mode.LENIENT));
        assertThat(out.get(0).size()).isGreaterThanOrEqualTo(pts.size() - SpikeFilter.MAX_RUN);
    }

    @Test
    void lenient_drops_points_without_time_and_strict_refuses_them() throws Exception {
        List<Sample> pts = run(5);
        pts.add(at(-1, 50.0002));
        Repairs r = new Repairs("t.gpx", Mode.LENIENT);
        assertThat(new MissingTimeFilter().apply(List.of(pts), r).get(0)).hasSize(5);
        assertThat(r.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("dropped 1 of 6 points that have no time"));
        assertThatThrownBy(() -> new MissingTimeFilter().apply(List.of(pts), new Repairs("t.gpx", Mode.STRICT)))
                .isInstanceOf(BadContentException.class);
    }

    @Test
    void moving_time_leaves_out_standing_still_and_segment_gaps() throws Exception {
        StringBuilder gpx = new StringBuilder("<gpx version=\"1.1\"><trk><type>running</type><trkseg>");
        for (int i = 0; i <= 60; i++) { // 60 s running at 3 m/s
            gpx.append(point(50 + i * 0.000027, i));
        }
        for (int i = 61; i <= 120; i++) { // 60 s standing at a crossing
            gpx.append(point(50 + 60 * 0.000027, i));
        }
        gpx.append("</trkseg><trkseg>");
        for (int i = 0; i <= 30; i++) { // after a 10 minute gap, 30 s more
            gpx.append(point(50.01 + i * 0.000027, 720 + i));
        }
        gpx.append("</trkseg></trk></gpx>");
        Activity a = Importer.lenient()
                .read("pause.gpx", new ByteArrayInputStream(gpx.toString().getBytes(StandardCharsets.UTF_8)))
                .activities()
                .get(0);
        assertThat(a.moving()).isEqualTo(Duration.ofSeconds(90));
        assertThat(a.elapsed()).isEqualTo(Duration.ofSeconds(750));
        assertThat(a.distance().metres()).isCloseTo(90 * 3.0, org.assertj.core.data.Offset.offset(5.0));
    }

    @Test
    void elevation_gain_ignores_jitter_below_the_hysteresis() {
        List<Sample> pts = new ArrayList<>();
        double[] ele = {100, 101, 100, 101.5, 100, 104, 108, 107, 112, 111, 112};
        for (int i = 0; i < ele.length; i++) {
            pts.add(new Sample(T0.plusSeconds(i), null, null, ele[i], null, null, null, null));
        }
        assertThat(TrackMath.elevationGain(pts)).isEqualTo(12.0);
    }

    private static String point(double lat, int second) {
        return "<trkpt lat=\"" + lat + "\" lon=\"10\"><time>" + T0.plusSeconds(second) + "</time></trkpt>";
    }
}

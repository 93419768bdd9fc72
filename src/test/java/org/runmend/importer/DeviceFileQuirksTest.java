package org.runmend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SportMesg;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmend.activity.Activity;
import org.runmend.activity.Sport;

/**
 * Device files that other projects' users send and that were read wrong (issue 10, items 11 to
 * 16), each rebuilt as a small fixture: hand-written GPX and TCX, FIT bytes written with the
 * FIT SDK's encoder. Every FIT fixture is read on both decoding paths (our fast decoder and the
 * SDK), which must agree.
 */
class DeviceFileQuirksTest {
    /** 2024-05-04T07:00:00Z in FIT seconds (since 1989-12-31T00:00:00Z). */
    private static final long T0 = Instant.parse("2024-05-04T07:00:00Z").getEpochSecond() - 631_065_600L;
    /** About 3.0 m/s northwards, one point a second. */
    private static final double RUN_DEGREES_PER_SECOND = 3.0 / 111_195.0;

    private static ImportResult read(String name, byte[] bytes) throws ImportException {
        return read(name, bytes, FitDecoder.fastThenSdk());
    }

    private static ImportResult read(String name, byte[] bytes, FitDecoder fit) throws ImportException {
        return Importer.lenient().withFitDecoder(fit).read(name, new ByteArrayInputStream(bytes));
    }

    /** Every FIT decoder, by name: each must give the same activities. */
    static Stream<Arguments> fitDecoders() {
        return Stream.of(
                Arguments.of("fastThenSdk", FitDecoder.fastThenSdk()),
                Arguments.of("sdk", FitDecoder.sdk()),
                Arguments.of("fast", FitDecoder.fast()));
    }

    private static ImportResult read(String name, String text) throws ImportException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- item 11: XML that is not quite XML ----

    @Test
    void gpx_with_an_undeclared_namespace_prefix_is_read() throws Exception {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            pts.append(String.format(
                    Locale.ROOT,
                    "<trkpt lat=\"%.6f\" lon=\"7.0\"><time>2024-05-04T07:00:%02dZ</time>"
                            + "<extensions><gpxdata:hr>%d</gpxdata:hr></extensions></trkpt>",
                    46 + i * 0.00003,
                    i * 10,
                    140 + i));
        }
        String gpx =
                "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\">"
                        + "<trk><type>running</type><trkseg>" + pts + "</trkseg></trk></gpx>";
        Activity a = read("undeclared.gpx", gpx).activities().get(0);
        assertThat(a.samples()).hasSize(5);
        assertThat(a.averageHeartRate()).isEqualTo(142);
    }

    @Test
    void tcx_with_white_space_before_the_xml_declaration_is_read() throws Exception {
        String tcx = "  \n\t" + tcx("Running", lap("2024-05-04T07:00:00Z", 60, 180, points(0, 61, 3.0)));
        Activity a = read("spaces.tcx", tcx).activities().get(0);
        assertThat(a.sport()).isEqualTo(Sport.RUNNING);
        assertThat(a.distance().metres()).isCloseTo(180, within(1.0));
    }

    // ---- item 15: laps that cover part of the track ----

    @Test
    void tcx_whose_laps_cover_only_part_of_the_track_takes_the_trackpoints_totals() throws Exception {
        // 1,200 s of running at 3 m/s; the one lap says 600 s and 1,800 m
        String tcx = tcx("Running", lap("2024-05-04T07:00:00Z", 600, 1800, points(0, 1201, 3.0)));
        ImportResult r = read("short-laps.tcx", tcx);
        Activity a = r.activities().get(0);
        assertThat(a.distance().metres()).isCloseTo(3600, within(5.0));
        assertThat(a.moving().toSeconds()).isBetween(1190L, 1200L);
        assertThat(a.elapsed().toSeconds()).isEqualTo(1200);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("laps cover only part of the track"));
    }

    @Test
    void tcx_whose_laps_match_the_track_keeps_the_laps_distance() throws Exception {
        String tcx = tcx("Running", lap("2024-05-04T07:00:00Z", 600, 1812, points(0, 601, 3.0)));
        ImportResult r = read("laps.tcx", tcx);
        assertThat(r.activities().get(0).distance().metres()).isEqualTo(1812);
        assertThat(r.warnings()).isEmpty();
    }

    // ---- item 16: one moving time ----

    @Test
    void one_run_in_gpx_tcx_and_fit_has_one_moving_time() throws Exception {
        // 20 min at 3 m/s, 2 min standing at a crossing (GPS wobbling by 1 m each second), 20 min more,
        // then a 5 min auto-pause gap (no points) and 10 min more
        List<double[]> pts = new ArrayList<>(); // seconds, metres north
        double north = 0;
        int t = 0;
        for (; t <= 1200; t++) {
            pts.add(new double[] {t, north});
            north += 3;
        }
        for (; t <= 1320; t++) {
            pts.add(new double[] {t, north + (t % 2)});
        }
        for (; t <= 2520; t++) {
            pts.add(new double[] {t, north});
            north += 3;
        }
        for (t = 2820; t <= 3420; t++) {
            pts.add(new double[] {t, north});
            north += 3;
        }
        StringBuilder gpxPts = new StringBuilder();
        StringBuilder tcxPts = new StringBuilder();
        for (double[] p : pts) {
            String time = Instant.parse("2024-05-04T07:00:00Z")
                    .plusSeconds((long) p[0])
                    .toString();
            double lat = 46 + p[1] / 111_195.0;
            gpxPts.append(
                    String.format(Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"7.0\"><time>%s</time></trkpt>", lat, time));
            tcxPts.append(String.format(
                    Locale.ROOT,
                    "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.7f"
                            + "</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><DistanceMeters>%.1f"
                            + "</DistanceMeters></Trackpoint>",
                    time,
                    lat,
                    p[1]));
        }
        Activity gpx = read(
                        "run.gpx",
                        "<gpx version=\"1.1\" creator=\"x\"><trk><type>running</type><trkseg>" + gpxPts
                                + "</trkseg></trk></gpx>")
                .activities()
                .get(0);
        // the device's timer (3,420 - 300 = 3,120 s) is what Garmin writes as TotalTimeSeconds
        Activity tcx = read("run.tcx", tcx("Running", lap("2024-05-04T07:00:00Z", 3120, north, tcxPts.toString())))
                .activities()
                .get(0);
        FitRun fit = new FitRun();
        for (double[] p : pts) {
            fit.record((long) p[0], 46 + p[1] / 111_195.0, 7.0, p[1]);
        }
        fit.session(0L, 3420, 3120, north, com.garmin.fit.Sport.RUNNING);
        Activity fitA = readFitBothWays("run.fit", fit.bytes()).get(0);
        // moving: 3,420 s minus 120 s standing minus the 300 s gap = 3,000 s
        for (Activity a : List.of(gpx, tcx, fitA)) {
            assertThat(a.moving().toSeconds()).as(a.sourceName()).isBetween(2990L, 3010L);
            assertThat(a.elapsed().toSeconds()).as(a.sourceName()).isEqualTo(3420);
        }
    }

    @Test
    void steep_uphill_walking_is_moving() throws Exception {
        // a 40 % slope at 600 vertical metres an hour: 0.42 m/s on the map, for 30 min
        StringBuilder pts = new StringBuilder();
        for (int t = 0; t <= 1800; t += 5) {
            pts.append(String.format(
                    Locale.ROOT,
                    "<trkpt lat=\"%.7f\" lon=\"7.0\"><ele>%.1f</ele><time>%s</time></trkpt>",
                    46 + t * 0.42 / 111_195.0,
                    1000 + t / 6.0,
                    Instant.parse("2024-05-04T07:00:00Z").plusSeconds(t)));
        }
        Activity a = read(
                        "climb.gpx",
                        "<gpx version=\"1.1\" creator=\"x\"><trk><type>hiking</type><trkseg>" + pts
                                + "</trkseg></trk></gpx>")
                .activities()
                .get(0);
        assertThat(a.moving().toSeconds()).isEqualTo(1800);
    }

    @Test
    void a_slow_swim_is_not_cut() throws Exception {
        FitRun fit = new FitRun();
        for (int t = 0; t <= 1200; t++) {
            fit.record(t, 46 + t * 0.2 / 111_195.0, 7.0, t * 0.2); // 0.2 m/s, a beginner's breaststroke
        }
        fit.session(0L, 1200, 1200, 240, com.garmin.fit.Sport.SWIMMING);
        Activity a = readFitBothWays("swim.fit", fit.bytes()).get(0);
        assertThat(a.sport()).isEqualTo(Sport.SWIMMING);
        assertThat(a.moving().toSeconds()).isEqualTo(1200);
    }

    // ---- item 12: timer and elapsed time swapped or garbage ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("fitDecoders")
    void fit_session_with_timer_longer_than_elapsed_keeps_a_plausible_moving_time(String name, FitDecoder decoder)
            throws Exception {
        FitRun fit = new FitRun();
        for (int t = 0; t <= 2820; t++) { // a 47-minute run at 3 m/s
            fit.record(t, 46 + t * RUN_DEGREES_PER_SECOND, 7.0, t * 3.0);
        }
        fit.session(0L, 2820, 6 * 3600, 8460, null); // timer 6 h, no sport: the speed must tell
        ImportResult r = read("swapped.fit", fit.bytes(), decoder);
        Activity a = r.activities().get(0);
        assertThat(a.moving().toSeconds()).isBetween(2800L, 2820L);
        assertThat(a.elapsed().toSeconds()).isEqualTo(2820);
        assertThat(a.sport()).isEqualTo(Sport.RUNNING);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("total_timer_time"));
    }

    @Test
    void fit_session_whose_elapsed_time_is_far_beyond_its_records_takes_their_span() throws Exception {
        FitRun fit = new FitRun();
        for (int t = 0; t <= 2820; t++) {
            fit.record(t, 46 + t * RUN_DEGREES_PER_SECOND, 7.0, t * 3.0);
        }
        fit.session(0L, 6 * 3600, 2820, 8460, com.garmin.fit.Sport.RUNNING); // elapsed 6 h, written at 47 min
        Activity a = readFitBothWays("elapsed.fit", fit.bytes()).get(0);
        assertThat(a.elapsed().toSeconds()).isEqualTo(2820);
        assertThat(a.moving().toSeconds()).isBetween(2800L, 2820L);
    }

    // ---- item 13: a session without a start time; the sport from the file ----

    @Test
    void fit_session_without_start_time_is_dated_by_its_first_record() throws Exception {
        FitRun fit = new FitRun();
        for (int t = 0; t <= 1800; t++) {
            fit.record(t, 46 + t * 7.0 / 111_195.0, 7.0, t * 7.0); // 7 m/s: a ride
        }
        fit.sportMessage(com.garmin.fit.Sport.CYCLING);
        fit.session(null, 1800, 1800, 12600, null);
        byte[] bytes = fit.bytes();
        ImportResult r = read("nostart.fit", bytes);
        Activity a = readFitBothWays("nostart.fit", bytes).get(0);
        assertThat(r.activities()).hasSize(1);
        assertThat(a.start().toInstant()).isEqualTo(Instant.parse("2024-05-04T07:00:00Z"));
        assertThat(a.distance().metres()).isCloseTo(12600, within(1.0));
        assertThat(a.samples()).hasSize(1801);
        assertThat(a.sport()).isEqualTo(Sport.CYCLING);
    }

    @Test
    void fit_sport_comes_from_the_laps_before_any_guess() throws Exception {
        FitRun fit = new FitRun();
        for (int t = 0; t <= 1800; t++) {
            fit.record(t, 46 + t * 4.0 / 111_195.0, 7.0, t * 4.0); // 4 m/s: a guess would say running
        }
        fit.lap(0, 1800, com.garmin.fit.Sport.CYCLING);
        fit.session(0L, 1800, 1800, 7200, null);
        Activity a = readFitBothWays("lapsport.fit", fit.bytes()).get(0);
        assertThat(a.sport()).isEqualTo(Sport.CYCLING);
    }

    // ---- item 14: triathlon transitions ----

    @Test
    void triathlon_transitions_stay_other_even_when_instantaneous() throws Exception {
        FitRun fit = new FitRun();
        for (int t = 0; t <= 600; t++) {
            fit.record(t, 46 + t * 7.0 / 111_195.0, 7.0, t * 7.0);
        }
        fit.session(0L, 600, 600, 4200, com.garmin.fit.Sport.CYCLING);
        fit.sessionMillis(601, 0.757f, 0.757f, 3, com.garmin.fit.Sport.TRANSITION); // 0.757 s, 3 m
        for (int t = 603; t <= 1200; t++) {
            fit.record(t, 46 + (4200 + (t - 603) * 3.0) / 111_195.0, 7.0, 4200 + (t - 603) * 3.0);
        }
        fit.session(603L, 597, 597, 1791, com.garmin.fit.Sport.RUNNING);
        fit.session(1201L, 90, 90, 250, com.garmin.fit.Sport.TRANSITION); // a walk-speed transition, no records
        byte[] bytes = fit.bytes();
        List<Activity> as = readFitBothWays("tri.fit", bytes);
        assertThat(as)
                .extracting(Activity::sport)
                .containsExactly(Sport.CYCLING, Sport.OTHER, Sport.RUNNING, Sport.OTHER);
        ImportResult r = read("tri.fit", bytes);
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("names no sport"));
    }

    @Test
    void a_fit_file_that_names_no_sport_is_guessed_from_its_speed_with_a_warning() throws Exception {
        FitRun fit = new FitRun();
        for (int t = 0; t <= 1800; t++) {
            fit.record(t, 46 + t * 1.2 / 111_195.0, 7.0, t * 1.2);
        }
        fit.session(0L, 1800, 1800, 2160, com.garmin.fit.Sport.GENERIC);
        ImportResult r = read("generic.fit", fit.bytes());
        assertThat(r.activities().get(0).sport()).isEqualTo(Sport.WALKING);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("taken as walking"));
    }

    @Test
    void tcx_sport_other_is_kept_not_guessed() throws Exception {
        ImportResult r = read("sup.tcx", tcx("Other", lap("2024-05-04T07:00:00Z", 600, 1800, points(0, 601, 3.0))));
        assertThat(r.activities().get(0).sport()).isEqualTo(Sport.OTHER);
    }

    // ---- fixtures ----

    private static List<Activity> readFitBothWays(String name, byte[] bytes) throws Exception {
        List<Activity> sdk = read(name, bytes, FitDecoder.sdk()).activities();
        List<Activity> fast = read(name, bytes, FitDecoder.fast()).activities();
        assertThat(fast).isEqualTo(sdk);
        return fast;
    }

    private static String points(int from, int to, double speed) {
        StringBuilder b = new StringBuilder();
        for (int t = from; t < to; t++) {
            b.append(String.format(
                    Locale.ROOT,
                    "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.7f"
                            + "</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><DistanceMeters>%.1f"
                            + "</DistanceMeters></Trackpoint>",
                    Instant.parse("2024-05-04T07:00:00Z").plusSeconds(t),
                    46 + t * speed / 111_195.0,
                    t * speed));
        }
        return b.toString();
    }

    private static String lap(String start, double seconds, double metres, String trackpoints) {
        return String.format(
                Locale.ROOT,
                "<Lap StartTime=\"%s\"><TotalTimeSeconds>%.1f</TotalTimeSeconds>"
                        + "<DistanceMeters>%.1f</DistanceMeters><Track>%s</Track></Lap>",
                start,
                seconds,
                metres,
                trackpoints);
    }

    private static String tcx(String sport, String laps) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
                + "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\""
                + sport + "\"><Id>2024-05-04T07:00:00Z</Id>" + laps
                + "</Activity></Activities></TrainingCenterDatabase>";
    }

    /** A FIT activity written with the FIT SDK's encoder; times in seconds after {@link #T0}. */
    private static final class FitRun {
        private final BufferEncoder enc = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        private long last;

        FitRun() {
            FileIdMesg id = new FileIdMesg();
            id.setType(com.garmin.fit.File.ACTIVITY);
            id.setManufacturer(Manufacturer.DEVELOPMENT);
            id.setTimeCreated(new DateTime(T0));
            enc.write(id);
        }

        void record(long t, double lat, double lon, double metres) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(new DateTime(T0 + t));
            r.setPositionLat((int) Math.round(lat / 180.0 * 2147483648.0));
            r.setPositionLong((int) Math.round(lon / 180.0 * 2147483648.0));
            r.setDistance((float) metres);
            enc.write(r);
            last = Math.max(last, t);
        }

        void sportMessage(com.garmin.fit.Sport sport) {
            SportMesg m = new SportMesg();
            m.setSport(sport);
            enc.write(m);
        }

        void lap(long start, float seconds, com.garmin.fit.Sport sport) {
            LapMesg l = new LapMesg();
            l.setStartTime(new DateTime(T0 + start));
            l.setTimestamp(new DateTime(T0 + start + (long) seconds));
            l.setTotalElapsedTime(seconds);
            l.setTotalTimerTime(seconds);
            if (sport != null) {
                l.setSport(sport);
            }
            enc.write(l);
        }

        /** A session; {@code start} null writes none, {@code sport} null writes none. */
        void session(Long start, float elapsed, float timer, double metres, com.garmin.fit.Sport sport) {
            SessionMesg s = new SessionMesg();
            long end = last;
            if (start != null) {
                s.setStartTime(new DateTime(T0 + start));
                end = Math.max(start, last);
            }
            s.setTimestamp(new DateTime(T0 + end));
            s.setTotalElapsedTime(elapsed);
            s.setTotalTimerTime(timer);
            s.setTotalDistance((float) metres);
            if (sport != null) {
                s.setSport(sport);
            }
            enc.write(s);
        }

        void sessionMillis(long start, float elapsed, float timer, double metres, com.garmin.fit.Sport sport) {
            SessionMesg s = new SessionMesg();
            s.setStartTime(new DateTime(T0 + start));
            s.setTimestamp(new DateTime(T0 + start));
            s.setTotalElapsedTime(elapsed);
            s.setTotalTimerTime(timer);
            s.setTotalDistance((float) metres);
            s.setSport(sport);
            enc.write(s);
        }

        byte[] bytes() {
            ActivityMesg a = new ActivityMesg();
            a.setTimestamp(new DateTime(T0 + last));
            a.setLocalTimestamp(T0 + last + 7200);
            enc.write(a);
            return enc.close();
        }
    }
}

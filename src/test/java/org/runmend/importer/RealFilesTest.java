package org.runmend.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmend.activity.Activity;
import org.runmend.activity.Sport;
import org.runmend.support.ActivityFiles;

/** Every real file of src/test/resources/activities against its own totals, read independently. */
class RealFilesTest {
    static Stream<Path> cleanFiles() {
        return ActivityFiles.in("gpx", "tcx", "fit", "perf").stream();
    }

    static Stream<Path> brokenFiles() {
        return ActivityFiles.in("broken").stream();
    }

    private static double sumMetres(List<Activity> as) {
        return as.stream().mapToDouble(a -> a.distance().metres()).sum();
    }

    private static double sumSeconds(List<Activity> as, java.util.function.Function<Activity, Duration> f) {
        return as.stream().mapToDouble(a -> f.apply(a).toMillis() / 1000.0).sum();
    }

    /** Within 1%, or 1 m / 1 s for tiny files where 1% is below the formats' rounding. */
    private static org.assertj.core.data.Offset<Double> onePercent(double expected) {
        return within(Math.max(1.0, Math.abs(expected) * 0.01));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanFiles")
    void every_clean_file_imports_with_totals_within_one_percent_of_its_own(Path file) throws Exception {
        ImportResult r = Importer.lenient().read(file);
        List<Activity> as = r.activities();
        assertThat(as).isNotEmpty();
        assertThat(as).allSatisfy(a -> {
            assertThat(a.sourceName()).isEqualTo(file.getFileName().toString());
            assertThat(a.moving()).isLessThanOrEqualTo(a.elapsed());
        });
        String name = file.getFileName().toString();
        if (name.endsWith(".fit")) {
            IndependentTotals.Totals t = IndependentTotals.fit(file);
            assertThat(as).hasSize(t.sessions());
            assertThat(sumMetres(as)).isCloseTo(t.metres(), onePercent(t.metres()));
            // moving time is RunMend's one definition (docs/importer.md), computed from the records, not
            // the device's timer: it never exceeds the timer (which runs whenever the device records)
            // by more than its rounding; standing still that the device did not pause is left out
            assertThat(sumSeconds(as, Activity::moving)).isLessThanOrEqualTo(t.movingSeconds() * 1.01 + 1);
            assertThat(sumSeconds(as, Activity::elapsed)).isCloseTo(t.elapsedSeconds(), onePercent(t.elapsedSeconds()));
        } else if (name.endsWith(".tcx")) {
            IndependentTotals.Totals t = IndependentTotals.tcx(file);
            assertThat(sumMetres(as)).isCloseTo(t.metres(), onePercent(t.metres()));
            // moving time: RunMend's own definition, at most the laps' timer time (see the FIT case)
            assertThat(sumSeconds(as, Activity::moving)).isLessThanOrEqualTo(t.movingSeconds() * 1.01 + 1);
            assertThat(sumSeconds(as, Activity::elapsed)).isGreaterThanOrEqualTo(t.movingSeconds() - 1);
        } else {
            IndependentTotals.Totals t = IndependentTotals.gpx(file);
            assertThat(sumMetres(as)).isCloseTo(t.metres(), onePercent(t.metres()));
            // tracks close in time are one activity, so the activity spans cover at least the track spans
            assertThat(sumSeconds(as, Activity::elapsed)).isGreaterThanOrEqualTo(t.elapsedSeconds() * 0.99 - 1);
            if (as.size() == 1 && t.sessions() == 1) {
                assertThat(sumSeconds(as, Activity::elapsed))
                        .isCloseTo(t.elapsedSeconds(), onePercent(t.elapsedSeconds()));
            }
        }
    }

    /** What each broken file gives: "warn:" a warning containing the text, "refuse:" the refusal's text, "clean". */
    private static final Map<String, String> BROKEN = Map.ofEntries(
            Map.entry("pf-activity-filecrc.fit", "warn:file CRC does not match at byte 770"),
            Map.entry("pf-activity-activity-filecrc.fit", "warn:repeats an earlier one"),
            Map.entry("pf-activity-settings-corruptheader.fit", "warn:at byte 780 is not a FIT file header"),
            Map.entry("pf-activity-settings-nodata.fit", "warn:file ends early at byte 786"),
            Map.entry("pf-activity-unexpected-eof.fit", "warn:file ends early at byte 768"),
            Map.entry("pf-nick.fit", "warn:no session message: totals are from the 14391 records"),
            Map.entry("pf-coros-pace-2-cycling-misaligned-fields.fit", "clean"),
            Map.entry("pf-elemnt-bolt-no-application-id-inside-developer-data-id.fit", "clean"),
            Map.entry(
                    "pf-strava-android-app-201.10-b1218918.fit", "warn:dropped 1 records outside every session's time"),
            Map.entry("tg-empty_trk.gpx", "refuse:tg-empty_trk.gpx: no track points with time"),
            Map.entry("gpxpy-cerknicko-without-times.gpx", "warn:has 173 points but no times: skipped"),
            Map.entry("gpxpy-track-with-empty-segment.gpx", "clean"));

    /** The warnings that report a repair: all but the sport guessed for a file that names none (not a repair). */
    private static List<ImportWarning> repairs(ImportResult r) {
        return r.warnings().stream()
                .filter(w -> !w.message().contains("the file names no sport"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void every_broken_file_is_recovered_with_a_warning_or_refused_naming_the_file(Path file) {
        String name = file.getFileName().toString();
        String expected = BROKEN.get(name);
        assertThat(expected).as("expected outcome listed for " + name).isNotNull();
        ImportResult result = null;
        ImportException refused = null;
        try {
            result = Importer.lenient().read(file);
        } catch (ImportException e) {
            refused = e;
        }
        if (expected.startsWith("refuse:")) {
            assertThat(refused).isInstanceOf(BadContentException.class);
            assertThat(refused.getMessage()).startsWith(name + ": ").contains(expected.substring(7));
        } else {
            assertThat(refused).as("refused: %s", refused).isNull();
            assertThat(result.activities()).isNotEmpty();
            if (expected.startsWith("warn:")) {
                assertThat(result.warnings()).anySatisfy(w -> {
                    assertThat(w.sourceName()).isEqualTo(name);
                    assertThat(w.message()).contains(expected.substring(5));
                });
            } else {
                assertThat(repairs(result)).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void strict_mode_refuses_every_broken_file_that_needed_a_repair(Path file) {
        String name = file.getFileName().toString();
        String expected = BROKEN.get(name);
        try {
            ImportResult r = Importer.strict().read(file);
            assertThat(expected).as(name + " imported in strict mode").isEqualTo("clean");
            assertThat(repairs(r)).isEmpty();
        } catch (ImportException e) {
            assertThat(expected).isNotEqualTo("clean");
            assertThat(e.getMessage()).startsWith(name + ": ");
        }
    }

    @Test
    void cross_format_copies_of_one_ride_share_start_and_fingerprint() throws Exception {
        for (List<String> same : List.of(
                List.of("fit/sw-4801048867.fit", "gpx/sw-4801048867_strava.gpx", "perf/sw-activity_4801048867.tcx"),
                List.of(
                        "fit/sw-2020-06-01-16-52-40.fit",
                        "gpx/sw-activity_5039744860.gpx",
                        "tcx/sw-activity_5039744860.tcx"))) {
            List<Activity> as = same.stream()
                    .map(f -> {
                        try {
                            List<Activity> got = Importer.lenient()
                                    .read(ActivityFiles.file(f))
                                    .activities();
                            assertThat(got).hasSize(1);
                            return got.get(0);
                        } catch (ImportException e) {
                            throw new AssertionError(e);
                        }
                    })
                    .toList();
            Activity fit = as.get(0);
            // one moving time across formats: the GPX and TCX exports agree with each other, and with
            // the FIT of the long ride; the short ride's FIT has a 32 s timer stop (a break between its
            // record segments) during which the rider covered 246 m, a stop both exports dropped
            double gpxMoving = as.get(1).moving().toMillis() / 1000.0;
            assertThat(as.get(2).moving().toMillis() / 1000.0).isCloseTo(gpxMoving, within(gpxMoving * 0.02 + 1));
            if (fit.sourceName().equals("sw-4801048867.fit")) {
                assertThat(fit.moving().toMillis() / 1000.0).isCloseTo(gpxMoving, within(gpxMoving * 0.02 + 1));
            }
            for (Activity other : as) {
                assertThat(other.start().toInstant()).isEqualTo(fit.start().toInstant());
                assertThat(Fingerprint.of(other).key())
                        .isEqualTo(Fingerprint.of(fit).key());
                assertThat(Fingerprint.of(other).matches(Fingerprint.of(fit)))
                        .as(other.sourceName())
                        .isTrue();
            }
        }
    }

    @Test
    void fit_start_carries_the_local_offset_of_the_activity_message() throws Exception {
        Activity a = Importer.lenient()
                .read(ActivityFiles.file("fit/sw-4801048867.fit"))
                .activities()
                .get(0);
        assertThat(a.start().getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
        assertThat(a.start().toInstant().toString()).isEqualTo("2020-04-18T11:10:44Z");
    }

    @Test
    void fit_running_cadence_is_doubled_to_steps_per_minute() throws Exception {
        Activity a = Importer.lenient()
                .read(ActivityFiles.file("fit/pf-garmin-fenix-5-run.fit"))
                .activities()
                .get(0);
        assertThat(a.sport()).isEqualTo(Sport.RUNNING);
        assertThat(a.averageCadence()).isBetween(150, 200);
        assertThat(a.samples()).anySatisfy(s -> assertThat(s.cadence()).isGreaterThan(140));
    }

    @Test
    void chained_multisport_fit_gives_one_activity_per_session() throws Exception {
        List<Activity> as = Importer.lenient()
                .read(ActivityFiles.file("fit/pf-sample_mulitple_header.fit"))
                .activities();
        assertThat(as)
                .extracting(Activity::sport)
                .containsExactly(Sport.SWIMMING, Sport.OTHER, Sport.CYCLING, Sport.OTHER, Sport.RUNNING);
        assertThat(as.get(2).samples()).isNotEmpty();
    }

    @Test
    void compressed_timestamp_fit_is_dated_from_the_activity_local_time() throws Exception {
        ImportResult r = Importer.lenient().read(ActivityFiles.file("fit/pf-compressed-speed-distance.fit"));
        Activity a = r.activities().get(0);
        assertThat(a.samples()).hasSize(755);
        assertThat(a.start().getYear()).isEqualTo(2012);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("relative to the device's power-on"));
    }

    @Test
    void gpx_tracks_on_different_days_become_separate_activities() throws Exception {
        List<Activity> as = Importer.lenient()
                .read(ActivityFiles.file("gpx/tg-multitrackgpx.gpx"))
                .activities();
        assertThat(as).hasSize(3).extracting(Activity::name).containsExactly("Tag 1", "Tag 2", "Tag 3");
    }

    @Test
    void gpx_reads_garmin_extensions_under_any_prefix() throws Exception {
        Activity a = Importer.lenient()
                .read(ActivityFiles.file("gpx/sw-activity_5039744860.gpx"))
                .activities()
                .get(0);
        assertThat(a.averageHeartRate()).isEqualTo(150);
        assertThat(a.averageCadence()).isNotNull();
        assertThat(a.sport()).isEqualTo(Sport.CYCLING);
    }

    @Test
    void tcx_keeps_laps_and_the_written_offset() throws Exception {
        Activity a = Importer.lenient()
                .read(ActivityFiles.file("tcx/tg-tour_hr.tcx"))
                .activities()
                .get(0);
        assertThat(a.start().getOffset().getTotalSeconds()).isEqualTo(3600);
        Activity b = Importer.lenient()
                .read(ActivityFiles.file("tcx/tcxp-test.tcx"))
                .activities()
                .get(0);
        assertThat(b.laps()).hasSize(3);
        assertThat(b.sport()).isEqualTo(Sport.RUNNING);
        assertThat(b.averageHeartRate()).isNotNull();
    }
}

package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmend.activity.Activity;
import org.runmend.activity.Sample;
import org.runmend.importer.Importer;
import org.runmend.support.ActivityFiles;
import org.runmend.support.Shared;
import org.runmend.training.BestEfforts.Effort;
import org.runmend.training.BestEfforts.Standard;

/**
 * Best efforts on the real device files of src/test/resources/activities, each against a
 * brute-force search written apart from the two-pointer one: every sample as the start of a
 * stretch and every sample as its end, the other end found by scanning, interpolated.
 */
class BestEffortsTest {
    static Stream<Path> realFiles() {
        return ActivityFiles.in("gpx", "tcx", "fit", "perf").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void every_effort_of_a_real_file_matches_a_brute_force_search(Path file) throws Exception {
        for (Activity a : Importer.lenient().read(file).activities()) {
            List<Effort> fast = BestEfforts.of(a.samples());
            Map<Standard, Double> slow = bruteForce(a.samples());
            assertThat(fast.stream().map(Effort::distance).toList())
                    .as(file + ": distances found")
                    .containsExactlyElementsOf(slow.keySet());
            for (Effort e : fast) {
                assertThat(e.seconds())
                        .as(file + " " + e.distance().words())
                        .isCloseTo(slow.get(e.distance()), within(1e-6));
            }
        }
    }

    @Test
    void a_nine_km_run_has_efforts_up_to_5_km_and_none_longer_than_the_run() throws Exception {
        Path file = Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit"); // 9.01 km
        Activity a = Importer.lenient().read(file).activities().get(0);
        List<Effort> efforts = BestEfforts.of(a.samples());
        assertThat(efforts).extracting(Effort::distance).containsExactly(Standard.KM_1, Standard.MILE, Standard.KM_5);
        // a faster stretch can only be shorter: per km, 1 km is at least as fast as 5 km
        assertThat(efforts.get(0).secondsPerKm())
                .isLessThanOrEqualTo(efforts.get(2).secondsPerKm() + 1e-9);
        // no stretch is faster than the run's fastest kilometre split, nor slower than the whole run's clock time
        double whole = (a.samples().get(a.samples().size() - 1).time().toEpochMilli()
                        - a.samples().get(0).time().toEpochMilli())
                / 1000.0;
        assertThat(efforts.get(2).seconds())
                .isLessThan(whole * 5000 / a.distance().metres() + 1);
        assertThat(efforts.get(0).startMetres() + 1000)
                .isLessThanOrEqualTo(a.distance().metres() + 1);
    }

    @Test
    void a_pause_counts_in_the_clock_time_and_a_stretch_without_it_wins() {
        // 3 km at 5:00/km, with a 10-minute stop after the first 1.5 km, then 1 km at 4:00/km
        List<Sample> s = new ArrayList<>();
        double t = 0;
        double d = 0;
        for (int i = 0; i < 1500; i += 10) {
            s.add(sample(t, d));
            t += 3;
            d += 10;
        }
        t += 600; // the stop: time passes, distance does not
        for (int i = 0; i < 1500; i += 10) {
            s.add(sample(t, d));
            t += 3;
            d += 10;
        }
        for (int i = 0; i <= 1000; i += 10) {
            s.add(sample(t, d));
            t += 2.4;
            d += 10;
        }
        List<Effort> e = BestEfforts.of(s);
        assertThat(e.get(0).distance()).isEqualTo(Standard.KM_1);
        assertThat(e.get(0).seconds()).isCloseTo(240, within(1e-6));
        assertThat(e.get(0).startMetres()).isCloseTo(3000, within(1e-6));
        assertThat(e.get(1).distance()).isEqualTo(Standard.MILE);
        // the mile takes the fast last kilometre and 609 m at 5:00/km before it, no stop
        assertThat(e.get(1).seconds()).isCloseTo(240 + 609.344 * 0.3, within(1e-6));
    }

    @Test
    void a_distance_with_a_stretch_faster_than_the_world_record_has_no_effort() {
        // a 1.2 km GPS jump in 10 seconds inside a gentle 6:00/km jog
        List<Sample> s = new ArrayList<>();
        double t = 0;
        double d = 0;
        for (int i = 0; i < 400; i++) {
            s.add(sample(t, d));
            t += 3.6;
            d += i == 200 ? 1200 : 10;
        }
        // 1 km and the mile can hold the jump and are left out; 5 km (of 5.19) cannot be that fast
        assertThat(BestEfforts.of(s)).extracting(Effort::distance).containsExactly(Standard.KM_5);
    }

    @Test
    void random_streams_with_stops_gaps_and_backward_distances_agree_with_the_brute_force_search() {
        Random random = new Random(18);
        for (int round = 0; round < 300; round++) {
            List<Sample> s = new ArrayList<>();
            double t = 0;
            double d = 0;
            int n = 20 + random.nextInt(600);
            double step = 20 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                boolean noDistance = random.nextInt(30) == 0;
                s.add(new Sample(
                        Instant.ofEpochMilli(1_700_000_000_000L + Math.round(t * 1000)),
                        null,
                        null,
                        null,
                        noDistance ? null : d,
                        null,
                        null,
                        null));
                int kind = random.nextInt(40);
                t += kind == 0 ? 60 + random.nextInt(900) : 1 + random.nextInt(8);
                d += kind == 1 ? -random.nextInt(30) : kind == 2 ? 0 : random.nextDouble() * step;
            }
            List<Effort> fast = BestEfforts.of(s);
            Map<Standard, Double> slow = bruteForce(s);
            assertThat(fast.stream().map(Effort::distance).toList())
                    .as("round " + round)
                    .containsExactlyElementsOf(slow.keySet());
            for (Effort e : fast) {
                assertThat(e.seconds())
                        .as("round " + round + " " + e.distance())
                        .isCloseTo(slow.get(e.distance()), within(1e-6));
            }
        }
    }

    private static Sample sample(double seconds, double metres) {
        return new Sample(
                Instant.ofEpochMilli(1_700_000_000_000L + Math.round(seconds * 1000)),
                null,
                null,
                null,
                metres,
                null,
                null,
                null);
    }

    /**
     * O(n²): each sample as a start, scanning ahead for the end; each sample as an end, scanning back
     * for the start. A start whose target lies beyond the last sample ends the forward scan (the
     * distance only grows), and an end whose start lies before the first ends the backward one.
     */
    static Map<Standard, Double> bruteForce(List<Sample> samples) {
        List<double[]> pts = new ArrayList<>();
        double top = Double.NEGATIVE_INFINITY;
        double lastT = Double.NEGATIVE_INFINITY;
        Long t0 = null;
        for (Sample s : samples) {
            if (s.distanceMetres() == null || s.time() == null) {
                continue;
            }
            t0 = t0 == null ? s.time().toEpochMilli() : t0;
            top = Math.max(top, s.distanceMetres());
            lastT = Math.max(lastT, (s.time().toEpochMilli() - t0) / 1000.0);
            pts.add(new double[] {lastT, top});
        }
        Map<Standard, Double> best = new EnumMap<>(Standard.class);
        int n = pts.size();
        for (Standard target : Standard.values()) {
            double len = target.metres();
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double want = pts.get(i)[1] + len;
                if (pts.get(n - 1)[1] < want) {
                    break; // the distance only grows: no later start reaches the end either
                }
                for (int j = i + 1; j < n; j++) {
                    if (pts.get(j)[1] >= want) {
                        double[] a = pts.get(j - 1);
                        double[] b = pts.get(j);
                        double end = b[1] > a[1] ? a[0] + (b[0] - a[0]) * (want - a[1]) / (b[1] - a[1]) : a[0];
                        double time = end - pts.get(i)[0];
                        min = Math.min(min, time);
                        break;
                    }
                }
            }
            for (int j = n - 1; j > 0; j--) {
                double want = pts.get(j)[1] - len;
                if (pts.get(0)[1] > want) {
                    break; // no earlier end reaches back to a start either
                }
                for (int i = j - 1; i >= 0; i--) {
                    if (pts.get(i)[1] <= want) {
                        double[] a = pts.get(i);
                        double[] b = pts.get(i + 1);
                        double start = b[1] > a[1] ? a[0] + (b[0] - a[0]) * (want - a[1]) / (b[1] - a[1]) : b[0];
                        double time = pts.get(j)[0] - start;
                        min = Math.min(min, time);
                        break;
                    }
                }
            }
            if (min < Double.POSITIVE_INFINITY && min >= worldRecord(target)) {
                best.put(target, min);
            }
        }
        return best;
    }

    /** The world records (men's, seconds), written out here apart from the code under test. */
    private static double worldRecord(Standard s) {
        return switch (s) {
            case KM_1 -> 131;
            case MILE -> 223;
            case KM_5 -> 755;
            case KM_10 -> 1571;
            case HALF_MARATHON -> 3400;
            case MARATHON -> 7235;
        };
    }
}

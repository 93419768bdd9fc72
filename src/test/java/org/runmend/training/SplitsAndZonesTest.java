package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Activity;
import org.runmend.activity.Sample;
import org.runmend.activity.Units;
import org.runmend.importer.Importer;
import org.runmend.support.Shared;

/** Per-kilometre and per-mile splits and heart-rate zones, on real watch files and on made-up streams. */
class SplitsAndZonesTest {
    private static Activity real(String file) throws Exception {
        Path p = Shared.activities().resolve(file);
        return Importer.lenient().read(p).activities().get(0);
    }

    @Test
    void splits_of_a_real_run_add_up_to_its_distance_and_moving_time_in_km_and_miles() throws Exception {
        Activity run = real("fit/pf-activity-small-fenix2-run.fit");
        List<Sample> withDistance =
                run.samples().stream().filter(s -> s.distanceMetres() != null).toList();
        double span = withDistance.get(withDistance.size() - 1).distanceMetres()
                - withDistance.get(0).distanceMetres();
        for (Units u : Units.values()) {
            List<Splits.Split> splits = Splits.of(run.samples(), u);
            double whole = Math.floor(span / u.metres());
            assertThat(splits.size()).as(u + " splits").isBetween((int) whole, (int) whole + 1);
            assertThat(splits.stream().mapToDouble(s -> s.distance().metres()).sum())
                    .as(u + " distance")
                    .isCloseTo(span, within(0.06 * u.metres()));
            splits.subList(0, (int) whole)
                    .forEach(s -> assertThat(s.distance().metres()).isCloseTo(u.metres(), within(0.01)));
            long moving = splits.stream().mapToLong(s -> s.moving().toSeconds()).sum();
            assertThat((double) moving)
                    .as(u + " moving seconds against the file's " + run.moving())
                    .isCloseTo(
                            (double) run.moving().toSeconds(),
                            within(0.05 * run.moving().toSeconds()));
            assertThat(splits).allSatisfy(s -> assertThat(s.averageHeartRate()).isBetween(60, 220));
        }
    }

    @Test
    void a_stop_at_a_crossing_does_not_slow_the_split_and_a_boundary_is_cut_inside_a_step() {
        // 1.5 km at 4 m/s in 10 m steps of 2.5 s, climbing 1 m per 100 m, with a 5-minute stop at 600 m
        // and a three-sample glitch of +80 m at 300 m (as a real Fenix 2 file has)
        List<Sample> s = new ArrayList<>();
        Instant t = Instant.parse("2025-06-03T07:00:00Z");
        for (int m = 0; m <= 1500; m += 10) {
            double ele = 10.0 + m / 100.0 + (m >= 300 && m < 330 ? 80 : 0);
            s.add(sample(t, m, 150, ele));
            t = t.plusMillis(2500);
            if (m == 600) {
                t = t.plusSeconds(300);
                s.add(sample(t.minusMillis(2500), m, 100, 16.0));
            }
        }
        List<Splits.Split> splits = Splits.of(s, Units.KM);
        assertThat(splits).hasSize(2);
        assertThat(splits.get(0).moving()).isEqualTo(Duration.ofSeconds(250));
        assertThat(splits.get(0).climbMetres()).isCloseTo(9.0, within(0.5));
        assertThat(splits.get(1).distance().metres()).isCloseTo(500, within(0.01));
        assertThat(splits.get(1).moving()).isEqualTo(Duration.ofSeconds(125));
        assertThat(splits.get(0).secondsPerUnit(Units.KM)).isCloseTo(250, within(0.01));
    }

    @Test
    void zone_times_follow_the_share_of_maximum_heart_rate_and_add_up() {
        // 10 minutes at one sample a second: 4 at 120 bpm, 3 at 150, 2 at 170, 1 at 185; max 190
        List<Sample> s = new ArrayList<>();
        Instant t = Instant.parse("2025-06-03T07:00:00Z");
        int[][] blocks = {{240, 120}, {180, 150}, {120, 170}, {60, 185}};
        s.add(sample(t, 0, 120, null));
        for (int[] b : blocks) {
            for (int i = 0; i < b[0]; i++) {
                t = t.plusSeconds(1);
                s.add(sample(t, 0, b[1], null));
            }
        }
        HeartRateZones.Result r = HeartRateZones.of(s, 190).orElseThrow();
        // 50/60/70/80/90% of 190 = 95, 114, 133, 152, 171
        assertThat(r.zones()).extracting(HeartRateZones.Zone::from).containsExactly(0, 95, 114, 133, 152, 171);
        assertThat(r.zones()).extracting(z -> z.time().toSeconds()).containsExactly(0L, 0L, 240L, 180L, 120L, 60L);
        assertThat(r.total()).isEqualTo(Duration.ofMinutes(10));
        assertThat(r.zones().stream().mapToDouble(HeartRateZones.Zone::share).sum())
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void a_real_run_spends_its_time_in_zones_that_add_up_to_its_recorded_heart_rate_time() throws Exception {
        Activity run = real("fit/pf-activity-small-fenix2-run.fit");
        HeartRateZones.Result r =
                HeartRateZones.of(run.samples(), run.maxHeartRate()).orElseThrow();
        long sum = r.zones().stream().mapToLong(z -> z.time().toMillis()).sum();
        assertThat(sum).isEqualTo(r.total().toMillis());
        assertThat(r.total().toSeconds()).isGreaterThan(run.moving().toSeconds() / 2);
        // the maximum itself is in zone 5
        assertThat(r.zones().get(5).time()).isPositive();
    }

    @Test
    void no_heart_rate_no_zones_and_a_glitch_is_no_maximum() {
        List<Sample> s =
                List.of(sample(Instant.EPOCH, 0, null, null), sample(Instant.EPOCH.plusSeconds(1), 5, null, null));
        assertThat(HeartRateZones.of(s, 190)).isEmpty();
        assertThat(HeartRateZones.plausibleMax(251)).isEmpty();
        assertThat(HeartRateZones.plausibleMax(188)).contains(188);
    }

    private static Sample sample(Instant t, double metres, Integer hr, Double ele) {
        return new Sample(t, null, null, ele, metres, hr, null, null);
    }
}

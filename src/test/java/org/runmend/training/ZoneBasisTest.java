package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Sample;

class ZoneBasisTest {
    @Test
    void the_runners_own_maximum_comes_before_age_and_log() {
        assertThat(ZoneBasis.choose(185, null, 40, Optional.of(203)).orElseThrow())
                .isEqualTo(new ZoneBasis(185, null, ZoneBasis.Source.OWN));
    }

    @Test
    void without_their_own_the_age_gives_tanakas_estimate_before_the_logs_highest() {
        ZoneBasis b = ZoneBasis.choose(null, null, 40, Optional.of(203)).orElseThrow();
        assertThat(b.source()).isEqualTo(ZoneBasis.Source.AGE);
        assertThat(b.max()).isEqualTo(180); // 208 - 0.7 * 40
    }

    @Test
    void with_nothing_set_the_log_decides_and_with_no_log_there_is_none() {
        assertThat(ZoneBasis.choose(null, null, null, Optional.of(190))
                        .orElseThrow()
                        .source())
                .isEqualTo(ZoneBasis.Source.LOG);
        assertThat(ZoneBasis.choose(null, null, null, Optional.empty())).isEmpty();
    }

    @Test
    void a_resting_rate_gives_zones_of_the_heart_rate_reserve() {
        List<Sample> samples = new ArrayList<>();
        Instant t = Instant.parse("2025-05-01T07:00:00Z");
        for (int i = 0; i < 61; i++) {
            samples.add(new Sample(t.plus(Duration.ofSeconds(i)), null, null, null, null, 130, null, null));
        }
        // of the maximum 180: 130 is 72% (zone 3); of the reserve 60..180: 130 is 58% (zone 1)
        assertThat(zoneWithTime(HeartRateZones.of(samples, 180, null).orElseThrow()))
                .isEqualTo(3);
        assertThat(zoneWithTime(HeartRateZones.of(samples, 180, 60).orElseThrow()))
                .isEqualTo(1);
    }

    private static int zoneWithTime(HeartRateZones.Result r) {
        return r.zones().stream()
                .filter(z -> !z.time().isZero())
                .findFirst()
                .orElseThrow()
                .number();
    }
}

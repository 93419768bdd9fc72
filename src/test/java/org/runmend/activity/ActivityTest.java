package org.runmend.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityTest {
    private static final ZonedDateTime START = ZonedDateTime.of(2025, 6, 3, 7, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void a_built_activity_has_only_what_was_set_and_moves_for_its_whole_time_unless_told() {
        Activity a = Activity.builder(Sport.RUNNING, START, Distance.ofKilometres(5), Duration.ofMinutes(30))
                .source(ActivitySource.MANUAL)
                .build();

        assertThat(a.moving()).isEqualTo(Duration.ofMinutes(30));
        assertThat(a.laps()).isEmpty();
        assertThat(a.samples()).isEmpty();
        assertThat(a.elevationGainMetres()).isNull();
        assertThat(a.averageHeartRate()).isNull();
        assertThat(a.name()).isNull();
        assertThat(a.source()).isEqualTo(ActivitySource.MANUAL);
    }

    @Test
    void sport_start_distance_and_elapsed_time_are_required_and_named() {
        Distance d = Distance.ofKilometres(5);
        Duration t = Duration.ofMinutes(30);
        assertThatThrownBy(() -> Activity.builder(null, START, d, t)).hasMessage("sport");
        assertThatThrownBy(() -> Activity.builder(Sport.RUNNING, null, d, t)).hasMessage("start");
        assertThatThrownBy(() -> Activity.builder(Sport.RUNNING, START, null, t))
                .hasMessage("distance");
        assertThatThrownBy(() -> Activity.builder(Sport.RUNNING, START, d, null))
                .hasMessage("elapsed");
        assertThatThrownBy(() -> Activity.builder(Sport.RUNNING, START, d, t).sport(null))
                .hasMessage("sport");
    }

    @Test
    void to_builder_keeps_every_value_and_a_wither_changes_only_its_own() {
        Activity a = Activity.builder(Sport.OTHER, START, Distance.ofKilometres(10), Duration.ofMinutes(62))
                .moving(Duration.ofMinutes(60))
                .elevationGainMetres(55.0)
                .averageHeartRate(150)
                .maxHeartRate(172)
                .averageCadence(170)
                .maxCadence(184)
                .laps(List.of(new Lap(
                        START.toInstant(),
                        Duration.ofMinutes(62),
                        Duration.ofMinutes(60),
                        Distance.ofKilometres(10),
                        150,
                        172)))
                .samples(List.of())
                .name("Hills")
                .source(ActivitySource.FIT)
                .sourceName("run.fit")
                .build();

        assertThat(a.toBuilder().build()).isEqualTo(a);
        Activity run = a.withSport(Sport.RUNNING);
        assertThat(run.sport()).isEqualTo(Sport.RUNNING);
        assertThat(run.toBuilder().sport(Sport.OTHER).build()).isEqualTo(a);
    }

    @Test
    void names_lose_control_and_non_characters_and_are_cut_to_the_documented_length() {
        assertThat(Activity.cleanName("Tempo\u0000 run\u0007\r\n\uFFFF")).isEqualTo("Tempo run");
        assertThat(Activity.cleanName("a\uFDD0b\uFFFEc\uD83F\uDFFFd")).isEqualTo("abcd");
        assertThat(Activity.cleanName("lone \uD800 surrogate")).isEqualTo("lone surrogate");
        assertThat(Activity.cleanName(" \t\u0001 ")).isNull();
        String longOne = "\uD83C\uDFC3".repeat(Activity.MAX_NAME + 50);
        String cut = Activity.cleanName(longOne);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(Activity.MAX_NAME);
        assertThat(cut).isEqualTo("\uD83C\uDFC3".repeat(Activity.MAX_NAME));
    }
}

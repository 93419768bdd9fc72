package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;

class RunTest {
    private static final ZonedDateTime START = ZonedDateTime.parse("2025-05-03T07:30:00+02:00[Europe/Berlin]");

    private static Activity activity(Sport sport) {
        return Activity.builder(sport, START, Distance.ofKilometres(12), Duration.ofMinutes(75))
                .moving(Duration.ofMinutes(70))
                .elevationGainMetres(180.0)
                .name("Morning")
                .source(ActivitySource.MANUAL)
                .sourceName("manual-1")
                .build();
    }

    @Test
    void trail_running_becomes_trail_and_treadmill_becomes_treadmill() {
        assertThat(Run.fromActivity(activity(Sport.TRAIL_RUNNING)).surface()).isEqualTo(Surface.TRAIL);
        Run treadmill = Run.fromActivity(activity(Sport.TREADMILL));
        assertThat(treadmill.surface()).isEqualTo(Surface.TREADMILL);
        assertThat(treadmill.elevationGainMetres()).isNull();
        Run road = Run.fromActivity(activity(Sport.RUNNING));
        assertThat(road.surface()).isNull();
        assertThat(road.moving()).isEqualTo(Duration.ofMinutes(70));
        assertThat(road.elevationGainMetres()).isEqualTo(180.0);
        assertThat(road.date()).isEqualTo(START.toLocalDate());
    }

    @Test
    void imported_run_gets_the_default_pair_of_its_day() {
        Shoe pair = Shoe.of("peg", "Pegasus", START.toLocalDate().minusDays(5)).asDefault();
        assertThat(Run.fromActivity(activity(Sport.RUNNING), List.of(pair)).shoeId())
                .isEqualTo("peg");
        assertThat(Run.fromActivity(activity(Sport.RUNNING), List.of(pair.asRetired()))
                        .shoeId())
                .isNull();
    }

    @Test
    void rejects_activities_that_are_not_runs_and_bad_values() {
        assertThatThrownBy(() -> Run.fromActivity(activity(Sport.CYCLING)))
                .hasMessageContaining("'manual-1' is CYCLING, not a run");
        Run run = Run.of(START, Distance.ofKilometres(5), Duration.ofMinutes(30));
        assertThatThrownBy(() -> run.withEffort(11)).hasMessageContaining("perceived effort must be 1 to 10, got 11");
        assertThatThrownBy(() -> run.withElevationGain(-3.0)).hasMessageContaining("elevation gain");
        assertThatThrownBy(() -> Run.of(START, Distance.ZERO, Duration.ofMinutes(-1)))
                .hasMessageContaining("moving time");
        assertThat(run.withShoe("  ").shoeId()).isNull();
        assertThat(Surface.ofId(" Grass ")).isEqualTo(Surface.GRASS);
        assertThatThrownBy(() -> Surface.ofId("sand")).hasMessageContaining("got 'sand'");
    }
}

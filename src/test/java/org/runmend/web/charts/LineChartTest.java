package org.runmend.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Activity;
import org.runmend.activity.Sample;
import org.runmend.activity.Units;
import org.runmend.importer.Importer;
import org.runmend.support.Shared;

/** The activity page's line charts on real device files. */
class LineChartTest {
    @Test
    void a_ride_whose_device_left_the_distance_out_of_some_samples_gets_its_speed_chart() throws Exception {
        // a TomTom ride: the speed chart used to throw on the first sample without a distance,
        // and the ride's page answered with an error
        Activity ride = Importer.lenient()
                .read(Shared.activities().resolve("fit/frr-tomtom-runner3-ride.fit"))
                .activities()
                .get(0);
        List<Sample> samples = ride.samples();
        assertThat(samples).anyMatch(s -> s.distanceMetres() == null).anyMatch(s -> s.distanceMetres() != null);

        for (Units units : Units.values()) {
            LineChart speed = LineChart.speed(samples, units).orElseThrow();
            assertThat(speed.axis()).isEqualTo("distance");
            assertThat(speed.summary()).startsWith("Speed in " + units.speedUnit() + " over the distance");
            assertThat(speed.path()).startsWith("M").contains(" L");
            assertThat(speed.yTicks())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(t -> t.label().matches("\\d+"));
        }
    }

    @Test
    void a_run_gets_pace_heart_rate_and_elevation_along_its_distance() throws Exception {
        Activity run = Importer.lenient()
                .read(Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit"))
                .activities()
                .get(0);
        LineChart pace = LineChart.pace(run.samples(), Units.KM).orElseThrow();
        assertThat(pace.axis()).isEqualTo("distance");
        // the fastest pace, the first grid line, is drawn at the top (the smallest y)
        assertThat(pace.yTicks().get(0).at())
                .isLessThan(pace.yTicks().get(pace.yTicks().size() - 1).at());
        assertThat(LineChart.heartRate(run.samples(), Units.KM)).isPresent();
        assertThat(LineChart.elevation(run.samples(), Units.MI))
                .hasValueSatisfying(e -> assertThat(e.title()).isEqualTo("Elevation (ft)"));
    }
}

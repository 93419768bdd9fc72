package org.runmend.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Figures.Precision;

class FiguresTest {
    @Test
    void one_activity_is_written_to_hundredths_and_to_tenths_from_a_hundred() {
        assertThat(Figures.distance(Distance.ofMetres(10_020), Units.KM, Precision.HUNDREDTHS))
                .isEqualTo("10.02");
        assertThat(Figures.distance(Distance.ofKilometres(123.45), Units.KM, Precision.HUNDREDTHS))
                .isEqualTo("123.5");
        assertThat(Figures.distanceWithUnit(Distance.ofMetres(42_195), Units.MI, Precision.HUNDREDTHS))
                .isEqualTo("26.22 mi");
    }

    @Test
    void totals_are_written_to_tenths_and_sentences_drop_a_trailing_zero() {
        assertThat(Figures.distance(Distance.ofMetres(16_093.44), Units.KM, Precision.TENTHS))
                .isEqualTo("16.1");
        assertThat(Figures.distance(Distance.ofMetres(16_093.44), Units.MI, Precision.TENTHS))
                .isEqualTo("10.0");
        assertThat(Figures.distanceWithUnit(Distance.ofMetres(18_000), Units.KM, Precision.TENTHS_TRIMMED))
                .isEqualTo("18 km");
        assertThat(Figures.distanceWithUnit(Distance.ofMetres(18_460), Units.KM, Precision.TENTHS_TRIMMED))
                .isEqualTo("18.5 km");
        assertThat(Figures.distance(Distance.ofMetres(12_960), Units.KM, Precision.TENTHS_TRIMMED))
                .isEqualTo("13");
        assertThat(Figures.distance(Distance.ofKilometres(742.3), Units.KM, Precision.WHOLE))
                .isEqualTo("742");
    }

    @Test
    void pace_speed_and_times_are_minutes_and_seconds_or_a_dash_when_there_is_nothing_to_divide() {
        assertThat(Figures.pace(Distance.ofKilometres(10), Duration.ofMinutes(52), Units.KM))
                .isEqualTo("5:12");
        assertThat(Figures.pace(Distance.ofKilometres(10), Duration.ofMinutes(52), Units.MI))
                .isEqualTo("8:22");
        assertThat(Figures.pace(Distance.ofMetres(0), Duration.ofMinutes(52), Units.KM))
                .isEqualTo(Figures.NONE);
        assertThat(Figures.pace(299.6)).isEqualTo("5:00");
        assertThat(Figures.speed(Distance.ofKilometres(30), Duration.ofMinutes(60), Units.KM))
                .isEqualTo("30.0");
        assertThat(Figures.speed(Distance.ofKilometres(30), Duration.ZERO, Units.KM))
                .isEqualTo(Figures.NONE);
        assertThat(Figures.duration(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(Figures.duration(Duration.ofSeconds(2710))).isEqualTo("45:10");
        assertThat(Figures.hoursMinutes(Duration.ofMinutes(65))).isEqualTo("1:05");
        assertThat(Figures.elevation(122.6)).isEqualTo("123 m");
    }

    @Test
    void one_percent_rule_rounds_half_up_and_never_writes_a_small_share_as_none() {
        assertThat(Figures.percent(0.425)).isEqualTo("43%");
        assertThat(Figures.percent(0.004)).isEqualTo("<1%");
        assertThat(Figures.percent(0)).isEqualTo("0%");
        assertThat(Figures.percent(1)).isEqualTo("100%");
        assertThat(Figures.percentChange(0.75)).isEqualTo("+75%");
        assertThat(Figures.percentChange(-0.1)).isEqualTo("-10%");
        assertThat(Figures.percentChange(0.001)).isEqualTo("0%");
    }

    @Test
    void a_weeks_time_is_hours_and_whole_minutes() {
        assertThat(Figures.hoursMinutes(Duration.ofSeconds(3 * 3600 + 4 * 60 + 59)))
                .isEqualTo("3:04");
        assertThat(Figures.hoursMinutes(Duration.ofMinutes(45))).isEqualTo("0:45");
    }
}

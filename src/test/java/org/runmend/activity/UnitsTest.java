package org.runmend.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void a_marathon_is_26_2_miles_and_10_km_per_hour_is_6_2_mph() {
        assertThat(Units.MI.of(Distance.ofMetres(42_195))).isCloseTo(26.219, within(0.001));
        assertThat(Units.KM.of(Distance.ofMetres(42_195))).isCloseTo(42.195, within(1e-9));
        assertThat(Units.MI.speed(10_000 / 3600.0)).isCloseTo(6.2137, within(0.0001));
        assertThat(Units.MI.paceUnit()).isEqualTo("min/mi");
        assertThat(Units.KM.speedUnit()).isEqualTo("km/h");
    }

    @Test
    void units_are_read_from_the_words_people_type_and_anything_else_is_named() {
        assertThat(Units.parse(" Miles ")).isEqualTo(Units.MI);
        assertThat(Units.parse("km")).isEqualTo(Units.KM);
        assertThatThrownBy(() -> Units.parse("furlongs"))
                .hasMessageContaining("\"furlongs\"")
                .hasMessageContaining("km or mi");
    }
}

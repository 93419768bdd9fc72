package org.runmend.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmergencyLinesTest {
    @Test
    void the_browser_language_with_a_country_picks_that_country() {
        assertThat(EmergencyLines.regionOf("en-GB,en;q=0.9")).hasValue("GB");
        assertThat(EmergencyLines.regionOf("en-US,en;q=0.9")).hasValue("US");
        assertThat(EmergencyLines.regionOf("en,en-AU;q=0.8")).hasValue("AU");
    }

    @Test
    void a_language_alone_picks_its_home_country_or_nothing() {
        assertThat(EmergencyLines.regionOf("de")).hasValue("DE");
        assertThat(EmergencyLines.regionOf("en")).isEmpty();
        assertThat(EmergencyLines.regionOf("")).isEmpty();
        assertThat(EmergencyLines.regionOf("not a language ;;; q=")).isEmpty();
    }

    @Test
    void an_unlisted_country_gets_112_and_no_advice_line() {
        EmergencyLines.Line other = EmergencyLines.of("XX");
        assertThat(other.emergency()).isEqualTo("112");
        assertThat(other.advice()).isNull();
        assertThat(EmergencyLines.of(null).emergency()).isEqualTo("112");
    }

    @Test
    void britain_has_999_and_111_and_australia_000() {
        assertThat(EmergencyLines.of("gb").emergency()).isEqualTo("999");
        assertThat(EmergencyLines.of("GB").advice()).isEqualTo("111");
        assertThat(EmergencyLines.of("AU").emergency()).isEqualTo("000");
        assertThat(EmergencyLines.Line.dial("1800 022 222")).isEqualTo("1800022222");
    }

    @Test
    void every_listed_country_has_a_name_and_the_list_ends_with_anywhere_else() {
        assertThat(EmergencyLines.all())
                .allSatisfy(l -> assertThat(l.country()).isNotBlank().isNotEqualTo(l.region()));
        assertThat(EmergencyLines.all().get(EmergencyLines.all().size() - 1).region())
                .isEqualTo(EmergencyLines.FALLBACK_REGION);
    }
}

package org.runmend.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ActivitySourceTest {
    @Test
    void every_source_is_stored_as_the_text_the_log_has_always_kept_and_read_back() {
        assertThat(ActivitySource.values())
                .extracting(ActivitySource::id)
                .containsExactly("gpx", "tcx", "fit", "strava-zip", "manual", "unknown");
        for (ActivitySource s : ActivitySource.values()) {
            assertThat(ActivitySource.ofId(s.id())).isEqualTo(s);
        }
    }

    @Test
    void an_unknown_stored_source_is_refused_naming_the_value_and_the_known_ones() {
        assertThatThrownBy(() -> ActivitySource.ofId("garmin-connect"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'garmin-connect'")
                .hasMessageContaining("gpx, tcx, fit, strava-zip, manual, unknown");
        assertThatThrownBy(() -> ActivitySource.ofId(null)).hasMessageContaining("'null'");
    }

    @Test
    void an_activity_that_does_not_say_where_it_came_from_is_unknown() {
        Activity a = Activity.builder(
                        Sport.RUNNING,
                        ZonedDateTime.of(2026, 5, 1, 7, 0, 0, 0, ZoneOffset.UTC),
                        Distance.ofKilometres(5),
                        Duration.ofMinutes(30))
                .build();
        assertThat(a.source()).isEqualTo(ActivitySource.UNKNOWN);
        assertThat(a.source().isFile()).isFalse();
        assertThat(ActivitySource.STRAVA_EXPORT.isFile()).isTrue();
    }
}

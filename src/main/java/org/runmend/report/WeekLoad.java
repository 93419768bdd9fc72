package org.runmend.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One week of running from the training log, as the load metrics summarise it.
 *
 * @param weekStart the Monday the week starts on
 * @param spike     true when the load metrics flagged the week as a sudden rise
 * @param spikeNote why it was flagged, or null
 */
public record WeekLoad(LocalDate weekStart, double km, Duration time, int runs, boolean spike, String spikeNote) {
    public WeekLoad {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(time, "time");
        if (!(km >= 0) || Double.isInfinite(km)) {
            throw new IllegalArgumentException("week of " + weekStart + ": km must be a finite number >= 0, got " + km);
        }
        if (time.isNegative()) {
            throw new IllegalArgumentException("week of " + weekStart + ": time must not be negative, got " + time);
        }
        if (runs < 0) {
            throw new IllegalArgumentException("week of " + weekStart + ": runs must be 0 or more, got " + runs);
        }
    }
}

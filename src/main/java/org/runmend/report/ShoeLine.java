package org.runmend.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pair of shoes with the distance run in them.
 *
 * @param alertKm the distance at which the runner wants to be told to replace them
 * @param since   the day they were first worn, or null when unknown
 */
public record ShoeLine(String name, double km, double alertKm, boolean retired, LocalDate since) {
    public ShoeLine {
        Objects.requireNonNull(name, "name");
        if (!(km >= 0) || Double.isInfinite(km)) {
            throw new IllegalArgumentException("shoe '" + name + "': km must be a finite number >= 0, got " + km);
        }
        if (!(alertKm >= 0) || Double.isInfinite(alertKm)) {
            throw new IllegalArgumentException(
                    "shoe '" + name + "': alertKm must be a finite number >= 0, got " + alertKm);
        }
    }

    /** True when the shoes are still in use and have reached their alert distance. */
    public boolean dueForReplacement() {
        return !retired && alertKm > 0 && km >= alertKm;
    }
}

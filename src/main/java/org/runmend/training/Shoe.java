package org.runmend.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.runmend.activity.Distance;

/**
 * A pair of running shoes. Only runs that name the pair and fall on or after {@code start} count
 * towards its distance.
 *
 * @param alertDistance the distance at which the runner wants a reminder; 700 km when not given
 * @param retired       the runner no longer runs in it: it never raises a flag
 * @param defaultPair   the pair new runs get when they do not name one (see {@link #defaultOn})
 */
public record Shoe(
        String id, String name, LocalDate start, Distance alertDistance, boolean retired, boolean defaultPair) {
    /** A common replacement guide for running shoes; a reminder, not a measured wear limit. */
    public static final Distance DEFAULT_ALERT = Distance.ofKilometres(700);

    public Shoe {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("shoe id must not be blank");
        }
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(start, "start");
        alertDistance = alertDistance == null ? DEFAULT_ALERT : alertDistance;
        if (alertDistance.metres() <= 0) {
            throw new IllegalArgumentException(
                    "shoe '" + id + "': alert distance must be above 0, got " + alertDistance.metres() + " m");
        }
    }

    /** A pair in use, not the default, with the 700 km reminder. */
    public static Shoe of(String id, String name, LocalDate start) {
        return new Shoe(id, name, start, DEFAULT_ALERT, false, false);
    }

    public Shoe withAlertDistance(Distance alert) {
        return new Shoe(id, name, start, alert, retired, defaultPair);
    }

    public Shoe asRetired() {
        return new Shoe(id, name, start, alertDistance, true, defaultPair);
    }

    public Shoe asDefault() {
        return new Shoe(id, name, start, alertDistance, retired, true);
    }

    /**
     * The pair a run on {@code date} that names no shoe should get: the default pair that is not
     * retired and was started by then; with several, the one started last.
     */
    public static Optional<Shoe> defaultOn(Collection<Shoe> shoes, LocalDate date) {
        return shoes.stream()
                .filter(s -> s.defaultPair && !s.retired && !s.start.isAfter(date))
                .max(Comparator.comparing(Shoe::start));
    }
}

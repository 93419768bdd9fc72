package org.runmend.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Consecutive days with at least one run, from {@code first} to {@code last} inclusive. */
public record Streak(LocalDate first, LocalDate last) {
    public Streak {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("streak ends " + last + " before it starts " + first);
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }
}

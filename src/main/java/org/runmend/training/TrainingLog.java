package org.runmend.training;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.runmend.activity.Units;

/** A runner's runs and shoes: the input of the load analysis. Order of runs does not matter. */
public record TrainingLog(List<Run> runs, List<Shoe> shoes) {
    /** Weeks a report shows when the caller does not say. */
    public static final int DEFAULT_WEEKS = 12;

    public TrainingLog {
        runs = List.copyOf(runs);
        shoes = List.copyOf(shoes);
        Set<String> ids = new HashSet<>();
        for (Shoe s : shoes) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("shoe id '" + s.id() + "' appears twice");
            }
        }
    }

    public static TrainingLog of(List<Run> runs) {
        return new TrainingLog(runs, List.of());
    }

    /**
     * The report for the {@value #DEFAULT_WEEKS} weeks up to and including today's week, its
     * sentences in kilometres.
     */
    public LoadReport report(LocalDate today) {
        return report(today, DEFAULT_WEEKS);
    }

    /** The report for the {@code weeks} weeks up to today's week, its sentences in kilometres. */
    public LoadReport report(LocalDate today, int weeks) {
        return report(today, weeks, Units.KM);
    }

    /**
     * The report for the {@code weeks} ISO weeks up to and including today's week. Runs after
     * {@code today} are ignored. Flags and context findings look at the last 4 weeks (and the
     * history before them) whatever {@code weeks} is; their sentences give distances, paces and
     * climb rates in {@code units}.
     */
    public LoadReport report(LocalDate today, int weeks, Units units) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(units, "units");
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1, got " + weeks);
        }
        return LoadAnalysis.analyse(this, today, weeks, units);
    }
}

package org.runmend.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import org.runmend.activity.Distance;

/**
 * One ISO week (Monday to Sunday, by each run's local date). Weeks without runs are included.
 *
 * <p>Monotony and strain follow Foster C. "Monitoring training in athletes with reference to
 * overtraining syndrome." Med Sci Sports Exerc 1998;30(7):1164-1168: monotony = mean daily load /
 * standard deviation of daily load over the 7 days (rest days count as 0), strain = weekly load x
 * monotony. Daily load is minutes x perceived effort for runs with an effort, plain minutes for
 * the others ({@code runsWithEffort} says how many had one). The standard deviation is the
 * population one (divided by 7). When it is 0 (the same load every day, or no running at all)
 * monotony is undefined and both are empty: a ratio over zero has no value, and a capped number
 * would be invented. {@link #sameLoadEveryDay()} tells the first case apart.
 *
 * @param monday         the week's Monday
 * @param complete       the week ended before today; monotony and strain need a complete week
 * @param restDays       days without a run, counting only days up to and including today
 * @param load           sum of the daily loads (see above)
 * @param dailyLoadMean  mean daily load over the 7 days
 * @param dailyLoadSd    population standard deviation of the 7 daily loads
 */
public record WeekSummary(
        LocalDate monday,
        Distance distance,
        Duration moving,
        int runs,
        int runsWithEffort,
        int restDays,
        boolean complete,
        double load,
        double dailyLoadMean,
        double dailyLoadSd) {
    private static final double ZERO_SD = 1e-9;

    public WeekSummary {
        Objects.requireNonNull(monday, "monday");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(moving, "moving");
    }

    /** The ISO week-based year, which differs from the calendar year around New Year. */
    public int isoYear() {
        return monday.get(IsoFields.WEEK_BASED_YEAR);
    }

    public int isoWeek() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** "2025-W01" */
    public String label() {
        return String.format("%d-W%02d", isoYear(), isoWeek());
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** Foster's monotony; empty for incomplete weeks and when the daily loads do not vary. */
    public Optional<Double> monotony() {
        if (!complete || dailyLoadSd <= ZERO_SD * Math.max(1, dailyLoadMean)) {
            return Optional.empty();
        }
        return Optional.of(dailyLoadMean / dailyLoadSd);
    }

    /** Foster's strain, weekly load x monotony; empty when monotony is. */
    public Optional<Double> strain() {
        return monotony().map(m -> load * m);
    }

    /** A complete week that had the same, non-zero load on all 7 days: as monotonous as it gets. */
    public boolean sameLoadEveryDay() {
        return complete && dailyLoadMean > 0 && dailyLoadSd <= ZERO_SD * Math.max(1, dailyLoadMean);
    }
}

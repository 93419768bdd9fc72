package org.runmend.training;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the risk rules read from the log, as {@link LoadAnalysis} computed it.
 *
 * @param today          the runner's today
 * @param recentStartDay the first of the recent {@value LoadAnalysis#RECENT_DAYS} days (today minus
 *                       27), as an epoch day
 * @param runs           runs up to today, sorted by start instant
 * @param shoes          every pair, in the log's order
 * @param weekMetresOf   the distance of the ISO week starting on a Monday, counting days up to today
 */
record LoadHistory(
        LocalDate today,
        long recentStartDay,
        List<RunLoad> runs,
        List<ShoeLoad> shoes,
        ToDoubleFunction<LocalDate> weekMetresOf) {
    LoadHistory {
        runs = List.copyOf(runs);
        shoes = List.copyOf(shoes);
    }

    double weekMetres(LocalDate monday) {
        return weekMetresOf.applyAsDouble(monday);
    }

    /** The first day of the earliest run, as an epoch day; none without runs. */
    java.util.OptionalLong firstRunDay() {
        return runs.stream().mapToLong(RunLoad::day).min();
    }

    /**
     * One run as the rules see it.
     *
     * @param day           its date as an epoch day
     * @param metres        its distance
     * @param band          how much longer it was than the longest of the 30 days before
     * @param longestBefore the longest run of those 30 days, 0 without one
     * @param recent        within the recent days
     */
    record RunLoad(Run run, long day, double metres, SpikeBand band, double longestBefore, boolean recent) {
        LocalDate date() {
            return run.date();
        }
    }

    /**
     * One pair as the rules see it.
     *
     * @param metres       distance run in it since its start
     * @param pastAlertOn  the day it passed its alert distance, null if it has not
     * @param lastUsed     the day it was last run in, null if never
     * @param usedRecently run in within the recent days
     */
    record ShoeLoad(Shoe shoe, double metres, LocalDate pastAlertOn, LocalDate lastUsed, boolean usedRecently) {}
}

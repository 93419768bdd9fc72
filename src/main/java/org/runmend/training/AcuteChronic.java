package org.runmend.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The acute:chronic workload ratio of daily running distance, shown as context only: it never
 * raises a flag.
 *
 * <p>Both loads are exponentially weighted moving averages as in Williams S, West S, Cross MJ,
 * Stokes KA. "Better way to determine the acute:chronic workload ratio?" Br J Sports Med
 * 2017;51(3):209-210: EWMA(today) = load(today) x lambda + (1 - lambda) x EWMA(yesterday), with
 * lambda = 2 / (N + 1), N = 7 days (acute) and 28 days (chronic), every day counted (rest days as
 * 0 km) and both started at 0 the day before the first run. The ratio is uncoupled: the chronic
 * average is taken as it stood 7 days ago, so the acute week is not part of it.
 *
 * <p>Why only context: in 5,205 runners, Frandsen et al. (Br J Sports Med 2025;59:1203-1210) found
 * no useful dose-response for the ACWR (higher ratios did not come with more injuries), and
 * Impellizzeri FM, Tenan MS, Kempton T, Novak A, Coutts AJ. "Acute:Chronic Workload Ratio:
 * Conceptual Issues and Fundamental Pitfalls." Int J Sports Physiol Perform 2020;15(6):907-913
 * argue the ratio is a poor basis for injury prediction.
 *
 * @param acuteKmPerDay   7-day EWMA of daily distance, today
 * @param chronicKmPerDay 28-day EWMA of daily distance as of 7 days ago
 * @param enoughHistory   the log reaches back at least 35 days (28 chronic days before the acute week)
 */
public record AcuteChronic(
        LocalDate date, double acuteKmPerDay, double chronicKmPerDay, boolean enoughHistory, String caveat) {
    public static final String CAVEAT = "This ratio compares your last week with the weeks before. It is shown"
            + " for interest only: in a study of over 5,000 runners, a higher ratio did not come with more"
            + " injuries, and researchers have questioned what it measures. RunMend never warns you from it.";

    public AcuteChronic {
        Objects.requireNonNull(date, "date");
        caveat = caveat == null ? CAVEAT : caveat;
    }

    /**
     * Below this chronic load (0.1 km a day, under 3 km a month) the ratio means nothing: after a
     * long break the exponentially weighted average decays towards zero and the ratio explodes.
     */
    public static final double MIN_CHRONIC_KM_PER_DAY = 0.1;

    /** acute / chronic; empty without 35 days of history or with (almost) no chronic load. */
    public Optional<Double> ratio() {
        if (!enoughHistory || chronicKmPerDay < MIN_CHRONIC_KM_PER_DAY) {
            return Optional.empty();
        }
        return Optional.of(acuteKmPerDay / chronicKmPerDay);
    }
}

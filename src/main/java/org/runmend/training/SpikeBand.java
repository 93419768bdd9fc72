package org.runmend.training;

import java.util.Optional;

/**
 * How much longer a run was than the longest run of the 30 days before it, in the bands of
 * Frandsen JSB, Hulme A, Parner ET, et al. "How much running is too much? Identifying high-risk
 * running sessions in a 5200-person cohort study." Br J Sports Med 2025;59(17):1203-1210,
 * doi:10.1136/bjsports-2024-109380. Against runs up to 10% longer (the reference), the adjusted
 * hazard rate ratios of overuse injury were 1.64 (95% CI 1.31-2.05) for small, 1.52 (1.16-2.00)
 * for moderate and 2.28 (1.50-3.48) for large spikes.
 *
 * <p>Boundaries belong to the lower band, as in the paper's "&gt;10-30%": exactly 10% longer is no
 * spike, exactly 30% is small, exactly 100% (double) is moderate. Ratios are compared with a
 * tolerance of 1e-9 so that 11 km after 10 km counts as exactly 10%.
 */
public enum SpikeBand {
    /** No run with a distance in the 30 days before: nothing to compare with. */
    NO_HISTORY(Double.NaN),
    /** Shorter, or up to 10% longer: the study's reference group. */
    NONE(1.0),
    /** More than 10% and up to 30% longer. */
    SMALL(1.64),
    /** More than 30% and up to 100% longer. */
    MODERATE(1.52),
    /** More than twice as long. */
    LARGE(2.28);

    private static final double TOLERANCE = 1e-9;
    private final double hazardRateRatio;

    SpikeBand(double hazardRateRatio) {
        this.hazardRateRatio = hazardRateRatio;
    }

    /** The band of a relative increase, e.g. 0.25 for a run 25% longer than the longest before. */
    public static SpikeBand ofIncrease(double increase) {
        if (Double.isNaN(increase)) {
            throw new IllegalArgumentException("increase must be a number, got NaN");
        }
        if (increase <= 0.10 + TOLERANCE) {
            return NONE;
        }
        if (increase <= 0.30 + TOLERANCE) {
            return SMALL;
        }
        if (increase <= 1.00 + TOLERANCE) {
            return MODERATE;
        }
        return LARGE;
    }

    /** The study's hazard rate ratio against the reference band; empty for {@link #NO_HISTORY}. */
    public Optional<Double> hazardRateRatio() {
        return this == NO_HISTORY ? Optional.empty() : Optional.of(hazardRateRatio);
    }

    public boolean isSpike() {
        return this == SMALL || this == MODERATE || this == LARGE;
    }
}

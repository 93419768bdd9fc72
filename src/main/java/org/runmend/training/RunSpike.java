package org.runmend.training;

import java.util.Objects;
import java.util.Optional;
import org.runmend.activity.Distance;

/**
 * A run set against the longest run of the 30 days before it (the 30 calendar days before its
 * day, plus earlier runs the same day), as in Frandsen et al. 2025; see {@link SpikeBand}.
 *
 * @param longestBefore the longest earlier run in that window; zero when there was none
 */
public record RunSpike(Run run, Distance longestBefore, SpikeBand band) {
    public RunSpike {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(longestBefore, "longestBefore");
        Objects.requireNonNull(band, "band");
    }

    /** The relative increase (0.25 = 25% longer, negative = shorter); empty with no history. */
    public Optional<Double> increase() {
        if (band == SpikeBand.NO_HISTORY) {
            return Optional.empty();
        }
        return Optional.of(run.distance().metres() / longestBefore.metres() - 1);
    }
}

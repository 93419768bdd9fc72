package org.runmend.training;

import java.util.Optional;

/**
 * Warm-ups over the last 28 days (today included).
 *
 * @param runs         runs in the window
 * @param recorded     runs whose warm-up was recorded, yes or no
 * @param withWarmUp   runs recorded as warmed up
 */
public record WarmUps(int runs, int recorded, int withWarmUp) {
    public WarmUps {
        if (runs < 0 || recorded < 0 || withWarmUp < 0 || recorded > runs || withWarmUp > recorded) {
            throw new IllegalArgumentException(
                    "need 0 <= withWarmUp <= recorded <= runs, got " + withWarmUp + ", " + recorded + ", " + runs);
        }
    }

    /** Share of recorded runs with a warm-up; empty when none was recorded. */
    public Optional<Double> share() {
        return recorded == 0 ? Optional.empty() : Optional.of((double) withWarmUp / recorded);
    }
}

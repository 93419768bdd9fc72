package org.runmend.training;

import java.util.Optional;

/**
 * The heart rates the zones are worked out from, and where the maximum came from: the runner's own
 * figure, else an age-based estimate, else the highest plausible heart rate in their log.
 *
 * <p>The age-based maximum is Tanaka's 208 − 0.7 × age (Tanaka, Monahan, Seals, J Am Coll Cardiol
 * 2001;37:153-156), closer than 220 − age for adults; it is an estimate for a group, and a single
 * runner's maximum can be 10 beats or more either side. With a resting heart rate the zones are
 * bands of the heart-rate reserve (Karvonen: resting + share × (maximum − resting)).
 *
 * @param resting the resting heart rate, or null
 */
public record ZoneBasis(int max, Integer resting, Source source) {
    /** Where the maximum came from. */
    public enum Source {
        OWN,
        AGE,
        LOG
    }

    public ZoneBasis {
        if (max < 100 || max > HeartRateZones.HIGHEST_PLAUSIBLE) {
            throw new IllegalArgumentException("maximum heart rate " + max + " is not between 100 and "
                    + HeartRateZones.HIGHEST_PLAUSIBLE + " bpm");
        }
        if (resting != null && (resting < 25 || resting >= max - 20)) {
            throw new IllegalArgumentException(
                    "resting heart rate " + resting + " must be between 25 bpm and 20 below the maximum");
        }
    }

    /** Tanaka's age-predicted maximum, rounded. */
    public static int ageBased(int age) {
        return (int) Math.round(208 - 0.7 * age);
    }

    /**
     * The basis: the runner's own maximum when set, else from their age when known (18 to 100), else
     * the log's highest; empty when there is none of these. A resting heart rate is used only when it
     * fits under the maximum.
     */
    public static Optional<ZoneBasis> choose(Integer ownMax, Integer resting, Integer age, Optional<Integer> logMax) {
        Integer max = null;
        Source source = null;
        if (ownMax != null && HeartRateZones.plausibleMax(ownMax).isPresent()) {
            max = ownMax;
            source = Source.OWN;
        } else if (age != null && age >= 18 && age <= 100) {
            max = ageBased(age);
            source = Source.AGE;
        } else if (logMax.isPresent()) {
            max = logMax.get();
            source = Source.LOG;
        }
        if (max == null) {
            return Optional.empty();
        }
        Integer rest = resting != null && resting >= 25 && resting < max - 20 ? resting : null;
        return Optional.of(new ZoneBasis(max, rest, source));
    }
}

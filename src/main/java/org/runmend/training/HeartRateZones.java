package org.runmend.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runmend.activity.Sample;

/**
 * Time in five heart-rate zones, each a band of 10% of the maximum heart rate: zone 1 is 50-60%,
 * zone 5 is 90% and above (the common %HRmax model, as in Garmin Connect's default). Time below
 * 50% is counted apart. Each step between two samples gives its time to the later sample's heart
 * rate; a gap longer than {@link #LONGEST_STEP} (the device paused) counts as that long at most.
 */
public final class HeartRateZones {
    /** Lower bounds of zones 1 to 5 as a share of the maximum heart rate. */
    static final double[] LOWER = {0.5, 0.6, 0.7, 0.8, 0.9};

    static final Duration LONGEST_STEP = Duration.ofSeconds(10);
    /** Above this a recorded maximum is a strap or optical glitch, not a heart rate. */
    public static final int HIGHEST_PLAUSIBLE = 230;

    /**
     * One zone.
     *
     * @param number 1 to 5, or 0 for below zone 1
     * @param from   lowest bpm in the zone (inclusive)
     * @param to     highest bpm (exclusive), or 0 for the open top zone
     */
    public record Zone(int number, int from, int to, Duration time, double share) {}

    /** The zones of one activity for a maximum heart rate, with the time below zone 1 first. */
    public record Result(int maxHeartRate, List<Zone> zones, Duration total) {
        public Result {
            zones = List.copyOf(zones);
        }
    }

    private HeartRateZones() {}

    /** A maximum that is plausible, or empty (no heart rate, or a glitch over 230). */
    public static Optional<Integer> plausibleMax(Integer recorded) {
        return recorded == null || recorded < 100 || recorded > HIGHEST_PLAUSIBLE
                ? Optional.empty()
                : Optional.of(recorded);
    }

    /** Time in each zone; empty when the stream has no heart rate. */
    public static Optional<Result> of(List<Sample> samples, int maxHeartRate) {
        return of(samples, maxHeartRate, null);
    }

    /**
     * Time in each zone, the bands taken of the heart-rate reserve when {@code resting} is given
     * (Karvonen: resting + share × (maximum − resting)), else of the maximum.
     */
    public static Optional<Result> of(List<Sample> samples, int maxHeartRate, Integer resting) {
        if (maxHeartRate <= 0) {
            throw new IllegalArgumentException("maximum heart rate must be positive, got " + maxHeartRate);
        }
        int base = resting == null ? 0 : resting;
        int[] bounds = new int[LOWER.length];
        for (int i = 0; i < LOWER.length; i++) {
            bounds[i] = (int) Math.round(base + LOWER[i] * (maxHeartRate - base));
        }
        long[] ms = new long[LOWER.length + 1];
        long total = 0;
        for (int i = 1; i < samples.size(); i++) {
            Sample b = samples.get(i);
            if (b.heartRate() == null || b.heartRate() <= 0) {
                continue;
            }
            long dt = b.time().toEpochMilli() - samples.get(i - 1).time().toEpochMilli();
            if (dt <= 0) {
                continue;
            }
            dt = Math.min(dt, LONGEST_STEP.toMillis());
            int zone = 0;
            for (int z = 0; z < bounds.length; z++) {
                if (b.heartRate() >= bounds[z]) {
                    zone = z + 1;
                }
            }
            ms[zone] += dt;
            total += dt;
        }
        if (total == 0) {
            return Optional.empty();
        }
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z <= LOWER.length; z++) {
            int from = z == 0 ? 0 : bounds[z - 1];
            int to = z == 0 ? bounds[0] : z < LOWER.length ? bounds[z] : 0;
            zones.add(new Zone(z, from, to, Duration.ofMillis(ms[z]), (double) ms[z] / total));
        }
        return Optional.of(new Result(maxHeartRate, zones, Duration.ofMillis(total)));
    }
}

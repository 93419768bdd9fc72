package org.runmend.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runmend.activity.Sample;

/**
 * The fastest stretch of each standard distance (1 km, 1 mile, 5 km, 10 km, half marathon,
 * marathon) inside one activity, from its samples, as Strava's and Garmin's "best efforts".
 *
 * <p><b>Time basis: clock time.</b> An effort's time is the clock time from the start of the
 * stretch to its end, stops included (a pause at a crossing counts, as it would in a race). Moving
 * time would let a stretch with a long stop beat a genuinely continuous one, and a record must be
 * run in one go.
 *
 * <p><b>Method.</b> The samples give cumulative distance d(t), piecewise linear between samples.
 * For a distance D the time of the stretch that starts at distance x is T(x) = t(x + D) − t(x);
 * between consecutive breakpoints (the samples' distances, and those shifted by D) T is linear, so
 * its minimum lies where the start or the end of the stretch falls on a sample. Two passes of two
 * pointers visit every such stretch: each sample as the end, with the start interpolated between
 * the two samples around {@code d − D}, and each sample as the start, with the end interpolated.
 * Both pointers only move forward, so the whole is O(n) per distance.
 *
 * <p><b>Robustness.</b> Samples without a distance are skipped; a distance that goes backwards
 * (a device correcting itself) is held at the highest value so far; a GPS gap is bridged at the
 * constant speed of the gap, which a gap (time passes, the runner arrives later) makes slow, never
 * fast. A stretch faster than the world record at its distance is a device glitch (or a ride
 * saved as a run), and then that distance has no effort in this activity at all: the next
 * fastest stretch would overlap the glitch and be no truer (records as ratified by World Athletics, men's, rounded down to the second;
 * the half marathon's at 56:40 so that a newer record is not refused). Distances longer than the
 * activity are left out.
 */
public final class BestEfforts {
    /** A standard distance. */
    public enum Standard {
        KM_1(1000, "1 km", 131),
        MILE(1609.344, "1 mile", 223),
        KM_5(5000, "5 km", 755),
        KM_10(10_000, "10 km", 1571),
        HALF_MARATHON(21_097.5, "Half marathon", 3400),
        MARATHON(42_195, "Marathon", 7235);

        private final double metres;
        private final String words;
        private final int worldRecordSeconds;

        Standard(double metres, String words, int worldRecordSeconds) {
            this.metres = metres;
            this.words = words;
            this.worldRecordSeconds = worldRecordSeconds;
        }

        public double metres() {
            return metres;
        }

        /** "1 km", "Half marathon": as a runner says it. */
        public String words() {
            return words;
        }

        /** Whole metres, as stored (1609 for the mile). */
        public int storedMetres() {
            return (int) Math.floor(metres);
        }

        /** The distance stored as {@link #storedMetres}, or empty. */
        public static Optional<Standard> ofStoredMetres(int metres) {
            for (Standard s : values()) {
                if (s.storedMetres() == metres) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The fastest stretch of one standard distance.
     *
     * @param seconds      clock time of the stretch, stops included
     * @param startMetres  where it began, metres from the activity's first sample with a distance
     * @param startSeconds when it began, seconds after that sample
     */
    public record Effort(Standard distance, double seconds, double startMetres, double startSeconds) {
        /** Seconds per kilometre over the stretch. */
        public double secondsPerKm() {
            return seconds / distance.metres() * 1000;
        }
    }

    private BestEfforts() {}

    /** The best effort of each standard distance the samples cover, shortest distance first. */
    public static List<Effort> of(List<Sample> samples) {
        Stream s = Stream.of(samples);
        List<Effort> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (Standard d : Standard.values()) {
            fastest(s.t, s.d, d).ifPresent(out::add);
        }
        return out;
    }

    /** The fastest stretch of {@code target} over times {@code t} (seconds) and distances {@code d} (metres, never falling). */
    static Optional<Effort> fastest(double[] t, double[] d, Standard target) {
        int n = d.length;
        double len = target.metres();
        if (n < 2 || d[n - 1] - d[0] < len) {
            return Optional.empty();
        }
        double best = Double.POSITIVE_INFINITY;
        double bestStart = 0;
        double bestStartTime = 0;
        // each sample j as the end: the start is at d[j] - len, between samples i and i + 1
        int i = 0;
        for (int j = 1; j < n; j++) {
            double from = d[j] - len;
            if (from < d[0]) {
                continue;
            }
            while (i + 1 < j && d[i + 1] <= from) {
                i++;
            }
            double ts = at(t, d, i, from);
            double time = t[j] - ts;
            if (time < target.worldRecordSeconds) {
                return Optional.empty();
            }
            if (time < best) {
                best = time;
                bestStart = from - d[0];
                bestStartTime = ts - t[0];
            }
        }
        // each sample i as the start: the end is at d[i] + len, between samples j - 1 and j
        int j = 1;
        for (i = 0; i < n; i++) {
            double to = d[i] + len;
            if (to > d[n - 1]) {
                break;
            }
            while (j < n - 1 && d[j] < to) {
                j++;
            }
            double te = at(t, d, j - 1, to);
            double time = te - t[i];
            if (time < target.worldRecordSeconds) {
                return Optional.empty();
            }
            if (time < best) {
                best = time;
                bestStart = d[i] - d[0];
                bestStartTime = t[i] - t[0];
            }
        }
        return best == Double.POSITIVE_INFINITY
                ? Optional.empty()
                : Optional.of(new Effort(target, best, bestStart, bestStartTime));
    }

    /**
     * The time at distance {@code x}, between samples {@code k} and {@code k + 1} (linear); the
     * first time the distance is reached when the runner stood still there.
     */
    private static double at(double[] t, double[] d, int k, double x) {
        if (k + 1 >= d.length || d[k + 1] <= d[k]) {
            return t[k];
        }
        double share = Math.max(0, Math.min(1, (x - d[k]) / (d[k + 1] - d[k])));
        return t[k] + (t[k + 1] - t[k]) * share;
    }

    /** Times and distances of the samples that have a distance; distance held at its highest so far. */
    static final class Stream {
        final double[] t;
        final double[] d;

        private Stream(double[] t, double[] d) {
            this.t = t;
            this.d = d;
        }

        static Stream of(List<Sample> samples) {
            int n = 0;
            for (Sample s : samples) {
                if (s.distanceMetres() != null && s.time() != null) {
                    n++;
                }
            }
            if (n < 2) {
                return null;
            }
            double[] t = new double[n];
            double[] d = new double[n];
            long t0 = 0;
            int k = 0;
            double top = Double.NEGATIVE_INFINITY;
            double lastT = Double.NEGATIVE_INFINITY;
            for (Sample s : samples) {
                if (s.distanceMetres() == null || s.time() == null) {
                    continue;
                }
                if (k == 0) {
                    t0 = s.time().toEpochMilli();
                }
                top = Math.max(top, s.distanceMetres());
                lastT = Math.max(lastT, (s.time().toEpochMilli() - t0) / 1000.0);
                t[k] = lastT;
                d[k] = top;
                k++;
            }
            return new Stream(t, d);
        }
    }
}

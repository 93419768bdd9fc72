package org.runmend.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Distance;
import org.runmend.activity.Sample;
import org.runmend.activity.Units;

/**
 * An activity cut into whole kilometres or miles from its sample stream (the last split is the
 * remainder), each with its moving time, average heart rate and the climb and descent in it.
 *
 * <p>The time a split boundary is crossed is interpolated between the two samples either side.
 * A step between two samples slower than {@link #PAUSE_SPEED} counts as a pause, as in the
 * importers, so a stop at a crossing does not slow the split down. Climbs and descents below
 * {@link #ELEVATION_HYSTERESIS} metres are noise and not counted, and elevation first goes through a
 * running median of {@link #MEDIAN_WINDOW} samples, so a device's short glitch (a Fenix 2 file
 * jumps from 55 m to 142 m for three seconds) is not counted as a climb.
 */
public final class Splits {
    /** Below this average speed (metres per second) a step between two samples is a pause. */
    static final double PAUSE_SPEED = 0.5;
    /** Climbs and descents smaller than this many metres are GPS or barometer noise. */
    static final double ELEVATION_HYSTERESIS = 3;
    /** A remainder shorter than this share of a unit is joined to nothing and dropped. */
    static final double SHORTEST_REMAINDER = 0.05;
    /** Samples in the running median that takes out elevation glitches. */
    static final int MEDIAN_WINDOW = 9;

    /**
     * The stream's elevation through a running median of {@link #MEDIAN_WINDOW} samples (over the
     * samples that have one); null where a sample has none.
     */
    public static List<Double> medianElevation(List<Sample> samples) {
        List<Double> out = new ArrayList<>(samples.size());
        int half = MEDIAN_WINDOW / 2;
        double[] window = new double[MEDIAN_WINDOW];
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).elevationMetres() == null) {
                out.add(null);
                continue;
            }
            int n = 0;
            for (int j = Math.max(0, i - half); j <= Math.min(samples.size() - 1, i + half); j++) {
                Double e = samples.get(j).elevationMetres();
                if (e != null) {
                    window[n++] = e;
                }
            }
            double[] w = java.util.Arrays.copyOf(window, n);
            java.util.Arrays.sort(w);
            out.add(n % 2 == 1 ? w[n / 2] : (w[n / 2 - 1] + w[n / 2]) / 2);
        }
        return out;
    }

    /**
     * One split.
     *
     * @param number        1-based
     * @param distance      a whole unit, except maybe the last
     * @param averageHeartRate null without heart rate in the split
     * @param climbMetres   null without elevation in the split
     */
    public record Split(
            int number,
            Distance distance,
            Duration moving,
            Integer averageHeartRate,
            Double climbMetres,
            Double descentMetres) {
        /** Seconds per unit, or NaN when the split has no time. */
        public double secondsPerUnit(Units units) {
            double u = units.of(distance);
            return u <= 0 || moving.isZero() ? Double.NaN : moving.toMillis() / 1000.0 / u;
        }
    }

    private Splits() {}

    /** The splits of a stream with cumulative distance; empty when the stream has none. */
    public static List<Split> of(List<Sample> samples, Units units) {
        List<Double> smooth = medianElevation(samples);
        List<Sample> points = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.distanceMetres() != null) {
                points.add(new Sample(
                        s.time(),
                        s.latitude(),
                        s.longitude(),
                        smooth.get(i),
                        s.distanceMetres(),
                        s.heartRate(),
                        s.cadence(),
                        s.speedMetresPerSecond()));
            }
        }
        List<Split> out = new ArrayList<>();
        if (points.size() < 2) {
            return out;
        }
        double unit = units.metres();
        double start = points.get(0).distanceMetres();
        double boundary = start + unit;
        double movingMs = 0;
        double splitStartDistance = start;
        double hrSum = 0;
        double hrTime = 0;
        Elevation elevation = new Elevation();
        elevation.add(points.get(0).elevationMetres());
        for (int i = 1; i < points.size(); i++) {
            Sample a = points.get(i - 1);
            Sample b = points.get(i);
            double da = a.distanceMetres();
            double db = Math.max(da, b.distanceMetres());
            double dt = Math.max(0, b.time().toEpochMilli() - a.time().toEpochMilli());
            boolean moving = dt > 0 && (db - da) / (dt / 1000) >= PAUSE_SPEED;
            // the step may cross one or more boundaries: cut it at each
            double from = da;
            while (db >= boundary) {
                double share = db > da ? (boundary - from) / (db - da) : 0;
                double part = dt * share;
                if (moving) {
                    movingMs += part;
                }
                if (b.heartRate() != null && b.heartRate() > 0) {
                    hrSum += b.heartRate() * part;
                    hrTime += part;
                }
                Double ele = interpolate(
                        a.elevationMetres(), b.elevationMetres(), (boundary - da) / Math.max(1e-9, db - da));
                elevation.add(ele);
                out.add(new Split(
                        out.size() + 1,
                        Distance.ofMetres(boundary - splitStartDistance),
                        Duration.ofMillis(Math.round(movingMs)),
                        hrTime > 0 ? (int) Math.round(hrSum / hrTime) : null,
                        elevation.climb(),
                        elevation.descent()));
                splitStartDistance = boundary;
                from = boundary;
                movingMs = 0;
                hrSum = 0;
                hrTime = 0;
                elevation = new Elevation();
                elevation.add(ele);
                boundary += unit;
            }
            double share = db > da ? (db - from) / (db - da) : 1;
            double part = dt * share;
            if (moving) {
                movingMs += part;
            }
            if (b.heartRate() != null && b.heartRate() > 0) {
                hrSum += b.heartRate() * part;
                hrTime += part;
            }
            elevation.add(b.elevationMetres());
        }
        double end = points.get(points.size() - 1).distanceMetres();
        if (end - splitStartDistance >= SHORTEST_REMAINDER * unit) {
            out.add(new Split(
                    out.size() + 1,
                    Distance.ofMetres(end - splitStartDistance),
                    Duration.ofMillis(Math.round(movingMs)),
                    hrTime > 0 ? (int) Math.round(hrSum / hrTime) : null,
                    elevation.climb(),
                    elevation.descent()));
        }
        return out;
    }

    private static Double interpolate(Double a, Double b, double share) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a + (b - a) * Math.max(0, Math.min(1, share));
    }

    /** Climb and descent with a hysteresis: a change counts once it exceeds the threshold. */
    static final class Elevation {
        private Double anchor;
        private double climb;
        private double descent;
        private boolean any;

        void add(Double metres) {
            if (metres == null) {
                return;
            }
            any = true;
            if (anchor == null) {
                anchor = metres;
                return;
            }
            double d = metres - anchor;
            if (d >= ELEVATION_HYSTERESIS) {
                climb += d;
                anchor = metres;
            } else if (d <= -ELEVATION_HYSTERESIS) {
                descent -= d;
                anchor = metres;
            }
        }

        Double climb() {
            return any ? climb : null;
        }

        Double descent() {
            return any ? descent : null;
        }
    }
}

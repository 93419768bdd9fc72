package org.runmend.web.charts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntFunction;
import org.runmend.activity.Figures;
import org.runmend.activity.Sample;
import org.runmend.activity.Units;
import org.runmend.training.Splits;

/**
 * A small line chart drawn on the server as inline SVG: the path and the axis ticks in the
 * chart's own coordinates ({@link #WIDTH} x {@link #HEIGHT}), scaled by the browser. No chart
 * library and no script; {@code summary} says in words what the line shows, for screen readers.
 *
 * <p>Labels are sized for a phone: the chart is drawn {@link #WIDTH} units wide and shown at the
 * width of the screen, so {@link #LEFT} leaves room for "10:30" at the stylesheet's label size.
 *
 * @param xLabel "km", "mi" or "minutes"
 * @param axis   "distance" or "time": what the horizontal axis runs over, for the script that marks
 *               the point under the pointer on the route
 * @param from   the axis's left end: metres of the stream's distance, or seconds after its first sample
 * @param to     the axis's right end, in the same measure
 */
public record LineChart(
        String id,
        String title,
        String summary,
        String xLabel,
        String path,
        List<Tick> xTicks,
        List<Tick> yTicks,
        String axis,
        double from,
        double to) {
    public static final int WIDTH = 400;
    public static final int HEIGHT = 180;
    public static final int LEFT = 52;
    public static final int RIGHT = 14;
    public static final int TOP = 10;
    public static final int BOTTOM = 34;
    private static final int BUCKETS = 120;

    /** A labelled grid line at {@code at} (chart coordinates along its axis). */
    public record Tick(double at, String label) {}

    public LineChart {
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    /** Pace over distance (or over time when the stream has speed but no distance); faster is higher. */
    public static Optional<LineChart> pace(List<Sample> samples, Units units) {
        Axis x = Axis.of(samples, units);
        if (x == null) {
            return Optional.empty();
        }
        double[] pace = x.byDistance
                ? x.overDistance(samples, (metres, seconds) -> seconds / metres * units.metres())
                : x.mean(samples, i -> {
                    Double speed = samples.get(i).speedMetresPerSecond();
                    return speed != null && speed > 0.5 ? units.metres() / speed : null;
                });
        double[] range = robustRange(pace);
        if (range == null) {
            return Optional.empty();
        }
        double lo = Math.floor(range[0] / 30) * 30;
        double hi = Math.ceil(range[1] / 30) * 30;
        if (hi - lo < 60) {
            hi = lo + 60;
        }
        double step = hi - lo > 600 ? 120 : hi - lo > 240 ? 60 : 30;
        double top = lo;
        double bottom = hi;
        // Inverted axis: the fastest pace at the top.
        String summary = String.format(
                Locale.ROOT,
                "Pace in minutes per %s over %s, from %s (fastest) to %s"
                        + " (slowest); the line is higher where you went faster.",
                units.word(),
                x.over(),
                Figures.pace(range[0]),
                Figures.pace(range[1]));
        return Optional.of(x.chart(
                "pace-chart",
                "Pace (" + units.paceUnit() + ")",
                summary,
                path(pace, v -> yOf(v, bottom, top)),
                yTicks(lo, hi, step, v -> yOf(v, bottom, top), Figures::pace)));
    }

    /** Speed over distance (or time), for rides: km/h or mph, faster is higher. */
    public static Optional<LineChart> speed(List<Sample> samples, Units units) {
        Axis x = Axis.of(samples, units);
        if (x == null) {
            return Optional.empty();
        }
        double[] speed = x.byDistance
                ? x.overDistance(samples, (metres, seconds) -> units.speed(metres / seconds))
                : Arrays.stream(x.mean(samples, i -> samples.get(i).speedMetresPerSecond()))
                        .map(v -> Double.isNaN(v) ? v : units.speed(v))
                        .toArray();
        double[] range = robustRange(speed);
        if (range == null) {
            return Optional.empty();
        }
        double step = niceStep(range[1] - range[0], new double[] {2, 5, 10, 20});
        double lo = Math.max(0, Math.floor(range[0] / step) * step);
        double hi = Math.max(lo + step, Math.ceil(range[1] / step) * step);
        String summary = String.format(
                Locale.ROOT,
                "Speed in %s over %s, from %.0f to %.0f.",
                units.speedUnit(),
                x.over(),
                range[0],
                range[1]);
        return Optional.of(x.chart(
                "speed-chart",
                "Speed (" + units.speedUnit() + ")",
                summary,
                path(speed, v -> yOf(v, lo, hi)),
                yTicks(lo, hi, step, v -> yOf(v, lo, hi), LineChart::whole)));
    }

    /** Elevation over distance (or time): the profile of the route, in metres, or feet for a runner who reads miles. */
    public static Optional<LineChart> elevation(List<Sample> samples, Units units) {
        Axis x = Axis.of(samples, units);
        if (x == null) {
            return Optional.empty();
        }
        List<Double> smooth = Splits.medianElevation(samples);
        double[] ele = x.mean(samples, i -> smooth.get(i) == null ? null : units.height(smooth.get(i)));
        if (Arrays.stream(ele).filter(v -> !Double.isNaN(v)).count() < 10) {
            return Optional.empty();
        }
        double min = Arrays.stream(ele).filter(v -> !Double.isNaN(v)).min().orElseThrow();
        double max = Arrays.stream(ele).filter(v -> !Double.isNaN(v)).max().orElseThrow();
        double step = niceStep(max - min, new double[] {5, 10, 20, 50, 100, 200, 500});
        double lo = Math.floor(min / step) * step;
        double hi = Math.max(lo + 2 * step, Math.ceil(max / step) * step);
        String summary = String.format(
                Locale.ROOT,
                "Elevation in %s over %s, from %.0f %s (lowest) to %.0f %s (highest).",
                units.heightWord(),
                x.over(),
                min,
                units.heightSymbol(),
                max,
                units.heightSymbol());
        return Optional.of(x.chart(
                "elevation-chart",
                "Elevation (" + units.heightSymbol() + ")",
                summary,
                path(ele, v -> yOf(v, lo, hi)),
                yTicks(lo, hi, step, v -> yOf(v, lo, hi), LineChart::whole)));
    }

    /** The smallest step from {@code steps} that gives at most five grid lines over {@code span}. */
    private static double niceStep(double span, double[] steps) {
        for (double s : steps) {
            if (span / s <= 5) {
                return s;
            }
        }
        return steps[steps.length - 1] * Math.ceil(span / 5 / steps[steps.length - 1]);
    }

    /** Heart rate over distance, or over time when the stream has no distance. */
    public static Optional<LineChart> heartRate(List<Sample> samples, Units units) {
        Axis x = Axis.of(samples, units);
        if (x == null) {
            return Optional.empty();
        }
        double[] hr = x.mean(samples, i -> {
            Integer bpm = samples.get(i).heartRate();
            return bpm != null && bpm > 0 ? bpm.doubleValue() : null;
        });
        double min = Arrays.stream(hr).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
        double max = Arrays.stream(hr).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        if (Double.isNaN(min)) {
            return Optional.empty();
        }
        double lo = Math.floor(min / 10) * 10;
        double hi = Math.max(lo + 20, Math.ceil(max / 10) * 10);
        double step = hi - lo > 80 ? 20 : 10;
        String summary = String.format(
                Locale.ROOT,
                "Heart rate in beats per minute over %s, from %d to %d.",
                x.over(),
                Math.round(min),
                Math.round(max));
        return Optional.of(x.chart(
                "hr-chart",
                "Heart rate (bpm)",
                summary,
                path(hr, v -> yOf(v, lo, hi)),
                yTicks(lo, hi, step, v -> yOf(v, lo, hi), LineChart::whole)));
    }

    /** Grid lines from {@code lo} to {@code hi} every {@code step}, placed by {@code y} and labelled by {@code label}. */
    private static List<Tick> yTicks(
            double lo, double hi, double step, DoubleUnaryOperator y, DoubleFunction<String> label) {
        List<Tick> ys = new ArrayList<>();
        for (double v = lo; v <= hi + 1e-9; v += step) {
            ys.add(new Tick(y.applyAsDouble(v), label.apply(v)));
        }
        return ys;
    }

    private static String whole(double v) {
        return String.valueOf(Math.round(v));
    }

    private static double yOf(double v, double lo, double hi) {
        double clipped = Math.max(Math.min(v, Math.max(lo, hi)), Math.min(lo, hi));
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (clipped - lo) / (hi - lo));
    }

    private static double xOfBucket(int b) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (b + 0.5) / BUCKETS;
    }

    /** Moves and lines through the buckets that have a value; a gap breaks the line. */
    private static String path(double[] values, DoubleFunction<Double> y) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int b = 0; b < values.length; b++) {
            if (Double.isNaN(values[b])) {
                pen = false;
                continue;
            }
            d.append(pen ? " L" : (d.length() == 0 ? "M" : " M"))
                    .append(String.format(Locale.ROOT, "%.1f %.1f", xOfBucket(b), y.apply(values[b])));
            pen = true;
        }
        return d.toString();
    }

    /** The 5th to 95th percentile of the values: a stop at a crossing must not flatten the rest. */
    private static double[] robustRange(double[] values) {
        double[] v =
                Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length < 2) {
            return null;
        }
        double lo = v[(int) Math.floor(0.05 * (v.length - 1))];
        double hi = v[(int) Math.ceil(0.95 * (v.length - 1))];
        return new double[] {lo, Math.max(hi, lo + 1)};
    }

    /** The horizontal axis: distance in km or miles when the stream has it, else minutes since the start. */
    private static final class Axis {
        final boolean byDistance;
        final double from;
        final double to;
        final Instant start;
        final Units units;

        private Axis(boolean byDistance, double from, double to, Instant start, Units units) {
            this.byDistance = byDistance;
            this.from = from;
            this.to = to;
            this.start = start;
            this.units = units;
        }

        static Axis of(List<Sample> samples, Units units) {
            if (samples.size() < 10) {
                return null;
            }
            Instant start = samples.get(0).time();
            double[] d = samples.stream()
                    .filter(s -> s.distanceMetres() != null)
                    .mapToDouble(Sample::distanceMetres)
                    .toArray();
            if (d.length >= 10 && d[d.length - 1] - d[0] > 100) {
                return new Axis(true, d[0], d[d.length - 1], start, units);
            }
            double end = (samples.get(samples.size() - 1).time().toEpochMilli() - start.toEpochMilli()) / 1000.0;
            return end > 60 ? new Axis(false, 0, end, start, units) : null;
        }

        double value(Sample s) {
            return byDistance ? s.distanceMetres() : (s.time().toEpochMilli() - start.toEpochMilli()) / 1000.0;
        }

        int bucket(Sample s) {
            int b = (int) ((value(s) - from) / (to - from) * BUCKETS);
            return Math.max(0, Math.min(BUCKETS - 1, b));
        }

        String label() {
            return byDistance ? units.symbol() : "minutes";
        }

        /** What the axis runs over, in a chart's summary. */
        String over() {
            return byDistance ? "the distance" : "the time";
        }

        /** The chart along this axis. */
        LineChart chart(String id, String title, String summary, String path, List<Tick> yTicks) {
            return new LineChart(id, title, summary, label(), path, ticks(), yTicks, name(), from, to);
        }

        /**
         * Per bucket, the mean of {@code value} (by sample index; null where a sample has none) over
         * its samples, NaN where none has one. On a distance axis a sample without a distance has
         * no place and is left out.
         */
        double[] mean(List<Sample> samples, IntFunction<Double> value) {
            double[] sum = new double[BUCKETS];
            int[] n = new int[BUCKETS];
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                Double v = byDistance && s.distanceMetres() == null ? null : value.apply(i);
                if (v != null) {
                    int b = bucket(s);
                    sum[b] += v;
                    n[b]++;
                }
            }
            double[] out = new double[BUCKETS];
            for (int b = 0; b < BUCKETS; b++) {
                out[b] = n[b] == 0 ? Double.NaN : sum[b] / n[b];
            }
            return out;
        }

        /**
         * Per bucket of a distance axis, {@code rate} of the metres and seconds from the last sample
         * of the bucket before (or its own first) to its own last, so GPS jitter averages out; NaN
         * where that is 5 m or less, or no time. Samples without a distance are left out.
         */
        double[] overDistance(List<Sample> samples, DoubleBinaryOperator rate) {
            Sample[] first = new Sample[BUCKETS];
            Sample[] last = new Sample[BUCKETS];
            for (Sample s : samples) {
                if (s.distanceMetres() == null) {
                    continue;
                }
                int b = bucket(s);
                if (first[b] == null) {
                    first[b] = s;
                }
                last[b] = s;
            }
            double[] out = new double[BUCKETS];
            Arrays.fill(out, Double.NaN);
            Sample prev = null;
            for (int b = 0; b < BUCKETS; b++) {
                if (first[b] == null) {
                    continue;
                }
                Sample from = prev == null ? first[b] : prev;
                double metres = last[b].distanceMetres() - from.distanceMetres();
                double seconds = (last[b].time().toEpochMilli() - from.time().toEpochMilli()) / 1000.0;
                if (metres > 5 && seconds > 0) {
                    out[b] = rate.applyAsDouble(metres, seconds);
                }
                prev = last[b];
            }
            return out;
        }

        String name() {
            return byDistance ? "distance" : "time";
        }

        /** Round ticks along the axis: every 1, 2, 5, 10... km or 5, 10, 15, 30... minutes. */
        List<Tick> ticks() {
            double span = byDistance ? (to - from) / units.metres() : (to - from) / 60;
            double[] steps =
                    byDistance ? new double[] {0.5, 1, 2, 5, 10, 20, 50} : new double[] {5, 10, 15, 30, 60, 120};
            double step = steps[steps.length - 1];
            for (double s : steps) {
                if (span / s <= 5) {
                    step = s;
                    break;
                }
            }
            double unit = byDistance ? units.metres() : 60;
            List<Tick> out = new ArrayList<>();
            for (double v = Math.ceil(from / unit / step) * step; v <= to / unit + 1e-9; v += step) {
                double at = LEFT + (WIDTH - LEFT - RIGHT) * (v * unit - from) / (to - from);
                out.add(new Tick(
                        at, v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v)));
            }
            return out;
        }
    }
}

package org.runmend.web.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmend.activity.Sample;

/**
 * The route of an activity: its positions thinned to at most {@link #MAX_POINTS}, drawn as an SVG
 * outline on the server (shown as is without a script, and when map tiles cannot load) and given
 * to the map script as [latitude, longitude] pairs.
 *
 * <p>The outline uses an equirectangular projection around the route's mean latitude (east-west
 * distances shrink by its cosine), which is accurate to well under 1% over a run's few kilometres.
 *
 * @param path     SVG path data in a {@link #width} by {@link #height} box
 * @param points   thinned positions, latitude first, rounded to 5 decimals (about 1 m)
 * @param start    the first point in box coordinates, {x, y}
 * @param end      the last point in box coordinates
 * @param metres   per point, the stream's distance there (NaN where the sample has none): where a
 *                 chart over distance meets the route
 * @param seconds  per point, seconds after the stream's first sample: where a chart over time meets it
 */
public record RouteOutline(
        int width,
        int height,
        String path,
        List<double[]> points,
        double[] start,
        double[] end,
        double south,
        double west,
        double north,
        double east,
        double[] metres,
        double[] seconds) {
    static final int MAX_POINTS = 600;
    static final int LONG_SIDE = 400;
    static final int PAD = 12;

    public RouteOutline {
        points = List.copyOf(points);
    }

    /** The outline, or empty when fewer than two samples have a position or the route has no extent. */
    public static Optional<RouteOutline> of(List<Sample> samples) {
        List<Sample> located = samples.stream()
                .filter(s -> s.latitude() != null && s.longitude() != null)
                .toList();
        if (located.size() < 2) {
            return Optional.empty();
        }
        int every = Math.max(1, (int) Math.ceil(located.size() / (double) MAX_POINTS));
        List<double[]> pts = new ArrayList<>();
        List<Sample> kept = new ArrayList<>();
        for (int i = 0; i < located.size(); i += every) {
            pts.add(new double[] {located.get(i).latitude(), located.get(i).longitude()});
            kept.add(located.get(i));
        }
        Sample last = located.get(located.size() - 1);
        if ((located.size() - 1) % every != 0) {
            pts.add(new double[] {last.latitude(), last.longitude()});
            kept.add(last);
        }
        long t0 = samples.get(0).time().toEpochMilli();
        double[] metres = new double[kept.size()];
        double[] seconds = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            Sample k = kept.get(i);
            metres[i] = k.distanceMetres() == null ? Double.NaN : k.distanceMetres();
            seconds[i] = (k.time().toEpochMilli() - t0) / 1000.0;
        }
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double latSum = 0;
        for (double[] p : pts) {
            south = Math.min(south, p[0]);
            north = Math.max(north, p[0]);
            west = Math.min(west, p[1]);
            east = Math.max(east, p[1]);
            latSum += p[0];
        }
        double cos = Math.cos(Math.toRadians(latSum / pts.size()));
        double spanX = (east - west) * cos;
        double spanY = north - south;
        if (spanX <= 0 && spanY <= 0) {
            return Optional.empty();
        }
        double scale = (LONG_SIDE - 2 * PAD) / Math.max(spanX, spanY);
        int width = (int) Math.ceil(spanX * scale) + 2 * PAD;
        int height = (int) Math.ceil(spanY * scale) + 2 * PAD;
        StringBuilder d = new StringBuilder();
        double[] first = null;
        double[] lastXy = null;
        List<double[]> rounded = new ArrayList<>();
        for (double[] p : pts) {
            double x = PAD + (p[1] - west) * cos * scale;
            double y = PAD + (north - p[0]) * scale;
            d.append(d.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            if (first == null) {
                first = new double[] {x, y};
            }
            lastXy = new double[] {x, y};
            rounded.add(new double[] {round5(p[0]), round5(p[1])});
        }
        return Optional.of(new RouteOutline(
                width, height, d.toString(), rounded, first, lastXy, south, west, north, east, metres, seconds));
    }

    /** {@link #metres} as "0,12,25,,40" (whole metres; empty where unknown), for the page's script. */
    public String metresList() {
        return list(metres);
    }

    /** {@link #seconds} as "0,3,6", whole seconds. */
    public String secondsList() {
        return list(seconds);
    }

    private static String list(double[] values) {
        StringBuilder b = new StringBuilder(values.length * 6);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            if (!Double.isNaN(values[i])) {
                b.append(Math.round(values[i]));
            }
        }
        return b.toString();
    }

    /** The points as JSON for the map script: [[lat, lon], ...]. */
    public String json() {
        StringBuilder b = new StringBuilder(points.size() * 22).append('[');
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('[')
                    .append(points.get(i)[0])
                    .append(',')
                    .append(points.get(i)[1])
                    .append(']');
        }
        return b.append(']').toString();
    }

    private static double round5(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}

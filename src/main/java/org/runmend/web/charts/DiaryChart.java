package org.runmend.web.charts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.diary.PainEntry;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.training.LoadReport;
import org.runmend.training.RunSpike;

/**
 * The diary chart as the template draws it: daily pain per region (lines with points) over daily
 * running distance (bars), load spikes marked, drawn as inline SVG in a fixed coordinate space;
 * and the same numbers as rows of a table for screen readers and print. Distances are in the
 * runner's units ({@code unit} is "km" or "mi").
 */
public record DiaryChart(
        LocalDate from,
        LocalDate to,
        int width,
        int height,
        List<Bar> bars,
        List<Series> series,
        List<Tick> xTicks,
        List<Tick> painTicks,
        List<Tick> kmTicks,
        List<Row> rows,
        double maxKm,
        int plotLeft,
        int plotRight,
        int plotTop,
        int plotBottom,
        String unit) {
    /** Days shown. */
    public static final int DAYS = 56;

    private static final int W = 640;
    private static final int H = 276;
    private static final int LEFT = 40;
    private static final int RIGHT = 590;
    // room above the top tick for the axis titles at phone label size (22 px)
    private static final int TOP = 40;
    private static final int BOTTOM = 240;
    /** Colours with at least 4.5:1 contrast on white, told apart by marker shape too. */
    private static final String[] COLOURS = {"#b3261e", "#1e6b34", "#6a1b9a", "#8a5a00", "#0d47a1"};

    private static final String[] SHAPES = {"circle", "square", "diamond", "triangle", "circle"};
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** The running distance of one day. */
    public record Bar(double x, double y, double w, double h, String km, boolean spike, String label) {}

    /** One region's pain over the days. */
    public record Series(String region, String name, String colour, String shape, String points, List<Point> marks) {}

    /** A marker; {@code d} is its SVG path, shaped per series so colour is not the only difference. */
    public record Point(double x, double y, String label, String d) {}

    /** An axis mark; {@code minor} ones lose their label on a narrow screen. */
    public record Tick(double pos, String label, boolean minor) {
        Tick(double pos, String label) {
            this(pos, label, false);
        }
    }

    /** A table row: one day with a run or an entry. */
    public record Row(String day, String km, boolean spike, List<String> pain) {}

    public boolean isEmpty() {
        return bars.isEmpty() && series.isEmpty();
    }

    /** The region names, the table's columns. */
    public List<String> regionNames() {
        return series.stream().map(Series::name).toList();
    }

    public String summary() {
        long spikes = bars.stream().filter(Bar::spike).count();
        return String.format(
                Locale.ROOT,
                "%s to %s: %d running day%s%s, pain recorded for %s.",
                SHORT.format(from),
                SHORT.format(to),
                bars.size(),
                bars.size() == 1 ? "" : "s",
                spikes == 0 ? "" : ", " + spikes + " with a load spike",
                series.isEmpty() ? "no region" : String.join(", ", regionNames()));
    }

    /** The chart of the {@link #DAYS} days up to {@code today}, distances in {@code units}. */
    public static DiaryChart of(
            KnowledgeBase kb, List<PainEntry> entries, LoadReport report, LocalDate today, Units units) {
        LocalDate from = today.minusDays(DAYS - 1);
        double dayWidth = (double) (RIGHT - LEFT) / DAYS;
        Map<LocalDate, Double> km = new TreeMap<>();
        Set<LocalDate> spikes = new TreeSet<>();
        for (RunSpike s : report.runs()) {
            LocalDate d = s.run().date();
            if (d.isBefore(from) || d.isAfter(today)) {
                continue;
            }
            km.merge(d, units.of(s.run().distance()), Double::sum);
            if (s.band().isSpike()) {
                spikes.add(d);
            }
        }
        double maxKm = Math.max(
                5,
                Math.ceil(km.values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .max()
                                        .orElse(0)
                                / 5)
                        * 5);
        List<Bar> bars = new ArrayList<>();
        km.forEach((d, k) -> {
            double h = (BOTTOM - TOP) * k / maxKm;
            double x = x(from, d, dayWidth);
            bars.add(new Bar(
                    x - dayWidth * 0.4,
                    BOTTOM - h,
                    dayWidth * 0.8,
                    h,
                    amount(k, units),
                    spikes.contains(d),
                    LONG.format(d) + ": " + amount(k, units) + " " + units.symbol()
                            + (spikes.contains(d) ? ", load spike" : "")));
        });

        Map<String, List<PainEntry>> byRegion = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(today))
                .forEach(e -> byRegion.computeIfAbsent(e.region(), r -> new ArrayList<>())
                        .add(e));
        List<Series> series = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<PainEntry>> e : byRegion.entrySet()) {
            String name = kb.region(e.getKey()).map(r -> r.name()).orElse(e.getKey());
            List<Point> marks = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (PainEntry p : e.getValue()) {
                double x = x(from, p.date(), dayWidth);
                double y = BOTTOM - (BOTTOM - TOP) * p.score() / 10.0;
                points.append(points.length() == 0 ? "" : " ")
                        .append(fmt(x))
                        .append(',')
                        .append(fmt(y));
                marks.add(new Point(
                        x,
                        y,
                        name + ", " + LONG.format(p.date()) + ": pain " + p.score() + "/10",
                        marker(SHAPES[i % SHAPES.length], x, y)));
            }
            series.add(new Series(
                    e.getKey(),
                    name,
                    COLOURS[i % COLOURS.length],
                    SHAPES[i % SHAPES.length],
                    points.toString(),
                    marks));
            i++;
        }

        List<Tick> xTicks = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                xTicks.add(new Tick(x(from, d, dayWidth), SHORT.format(d), xTicks.size() % 2 == 1));
            }
        }
        List<Tick> painTicks = new ArrayList<>();
        for (int p = 0; p <= 10; p += 2) {
            painTicks.add(new Tick(BOTTOM - (BOTTOM - TOP) * p / 10.0, String.valueOf(p)));
        }
        List<Tick> kmTicks = new ArrayList<>();
        for (int k = 0; k <= 5; k++) {
            kmTicks.add(new Tick(BOTTOM - (BOTTOM - TOP) * k / 5.0, amount(maxKm * k / 5, units)));
        }

        Set<LocalDate> days = new TreeSet<>(km.keySet());
        byRegion.values().forEach(l -> l.forEach(p -> days.add(p.date())));
        List<Row> rows = new ArrayList<>();
        for (LocalDate d : days) {
            List<String> pain = new ArrayList<>();
            for (List<PainEntry> l : byRegion.values()) {
                pain.add(l.stream()
                        .filter(p -> p.date().equals(d))
                        .findFirst()
                        .map(p -> p.score() + "/10"
                                + (p.morningAfter() == null ? "" : " (next morning " + p.morningAfter() + ")"))
                        .orElse("–"));
            }
            rows.add(new Row(
                    LONG.format(d),
                    km.containsKey(d) ? amount(km.get(d), units) + " " + units.symbol() : "–",
                    spikes.contains(d),
                    pain));
        }
        return new DiaryChart(
                from,
                today,
                W,
                H,
                bars,
                series,
                xTicks,
                painTicks,
                kmTicks,
                rows,
                maxKm,
                LEFT,
                RIGHT,
                TOP,
                BOTTOM,
                units.symbol());
    }

    private static String marker(String shape, double x, double y) {
        double r = 6;
        return switch (shape) {
            case "square" ->
                String.format(Locale.ROOT, "M%.1f %.1fh%.1fv%.1fh-%.1fz", x - r, y - r, 2 * r, 2 * r, 2 * r);
            case "diamond" ->
                String.format(
                        Locale.ROOT,
                        "M%.1f %.1fl%.1f %.1fl-%.1f %.1fl-%.1f -%.1fz",
                        x,
                        y - r - 1,
                        r + 1,
                        r + 1,
                        r + 1,
                        r + 1,
                        r + 1,
                        r + 1);
            case "triangle" ->
                String.format(Locale.ROOT, "M%.1f %.1fl%.1f %.1fh-%.1fz", x, y - r - 1, r + 1, 2 * r + 1, 2 * r + 2);
            default ->
                String.format(
                        Locale.ROOT,
                        "M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 -%.1f 0z",
                        x - r,
                        y,
                        r,
                        r,
                        2 * r,
                        r,
                        r,
                        2 * r);
        };
    }

    private static double x(LocalDate from, LocalDate d, double dayWidth) {
        return LEFT + dayWidth * (java.time.temporal.ChronoUnit.DAYS.between(from, d) + 0.5);
    }

    /** {@code amount} of {@code units}, written as every other distance is ({@link Figures#distance}). */
    private static String amount(double amount, Units units) {
        return Figures.distance(Distance.ofMetres(amount * units.metres()), units, Precision.TENTHS_TRIMMED);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

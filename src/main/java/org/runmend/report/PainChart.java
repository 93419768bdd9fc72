package org.runmend.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.runmend.diary.PainEntry;

/**
 * Draws pain score over date as vector graphics: a 0 to 10 vertical axis, dates along the
 * bottom, one line per region (in date order) with a marker at each score, and a legend.
 */
final class PainChart {
    static final float HEIGHT = 210;
    private static final float[][] COLOURS = {
        {0.80f, 0.20f, 0.15f}, {0.15f, 0.40f, 0.75f}, {0.20f, 0.60f, 0.25f},
        {0.85f, 0.55f, 0.10f}, {0.50f, 0.30f, 0.65f}, {0.35f, 0.35f, 0.35f}
    };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PainChart() {}

    static void draw(Layout out, List<PainEntry> entries, ReportWords words) {
        Map<String, List<PainEntry>> byRegion = new LinkedHashMap<>();
        entries.forEach(e -> byRegion.computeIfAbsent(words.region(e.region()), k -> new ArrayList<>())
                .add(e));
        float legendHeight = 14 * (float) Math.ceil(byRegion.size() / 3.0);
        out.ensure(HEIGHT + legendHeight);
        float top = out.y() - 8;
        float x0 = Layout.LEFT + 40;
        float x1 = Layout.RIGHT - 10;
        float y0 = top - HEIGHT + 40;
        float y1 = top;
        LocalDate first = entries.get(0).date();
        LocalDate last = entries.get(entries.size() - 1).date();
        if (first.equals(last)) {
            first = first.minusDays(1);
            last = last.plusDays(1);
        }
        long span = ChronoUnit.DAYS.between(first, last);
        PDPageContentStream cs = out.canvas();

        for (int score = 0; score <= 10; score += 2) {
            float y = y0 + (y1 - y0) * score / 10f;
            out.rule(x0, y, x1, y, 0.3f, 0.85f, 0.85f, 0.85f);
            String label = Integer.toString(score);
            out.text(x0 - 6 - out.width(label, out.regular, 8), y - 3, label, out.regular, 8);
        }
        int ticks = (int) Math.min(6, span);
        for (int i = 0; i <= ticks; i++) {
            LocalDate d = first.plusDays(Math.round((double) span * i / ticks));
            float x = x0 + (x1 - x0) * ChronoUnit.DAYS.between(first, d) / span;
            out.rule(x, y0, x, y0 - 4, 0.6f, 0f, 0f, 0f);
            String label = (i == 0 || i == ticks ? DAY_YEAR : DAY).format(d);
            float w = out.width(label, out.regular, 8);
            float lx = Math.max(Layout.LEFT, Math.min(x - w / 2, Layout.RIGHT - w));
            out.text(lx, y0 - 14, label, out.regular, 8);
        }
        out.rule(x0, y0, x1, y0, 0.8f, 0f, 0f, 0f);
        out.rule(x0, y0, x0, y1, 0.8f, 0f, 0f, 0f);
        out.verticalText(Layout.LEFT + 8, y0 + (y1 - y0) / 2 - 30, "Pain score (0-10)", out.bold, 9);
        String axis = "Date";
        out.text(x0 + (x1 - x0) / 2 - out.width(axis, out.bold, 9) / 2, y0 - 28, axis, out.bold, 9);

        int series = 0;
        try {
            for (List<PainEntry> points : byRegion.values()) {
                float[] c = COLOURS[series++ % COLOURS.length];
                cs.setStrokingColor(c[0], c[1], c[2]);
                cs.setNonStrokingColor(c[0], c[1], c[2]);
                cs.setLineWidth(1.4f);
                for (int i = 0; i < points.size(); i++) {
                    float x = x0
                            + (x1 - x0)
                                    * ChronoUnit.DAYS.between(
                                            first, points.get(i).date())
                                    / span;
                    float y = y0 + (y1 - y0) * points.get(i).score() / 10f;
                    if (i == 0) {
                        cs.moveTo(x, y);
                    } else {
                        cs.lineTo(x, y);
                    }
                }
                cs.stroke();
                for (PainEntry p : points) {
                    float x = x0 + (x1 - x0) * ChronoUnit.DAYS.between(first, p.date()) / span;
                    float y = y0 + (y1 - y0) * p.score() / 10f;
                    circle(cs, x, y, 2.2f);
                }
                cs.fill();
            }
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        out.gap(HEIGHT);
        series = 0;
        float legendX = Layout.LEFT + 40;
        float colWidth = (Layout.WIDTH - 40) / 3;
        int column = 0;
        for (String region : byRegion.keySet()) {
            if (column == 0) {
                out.gap(14);
            }
            float[] c = COLOURS[series++ % COLOURS.length];
            float x = legendX + column * colWidth;
            try {
                cs.setNonStrokingColor(c[0], c[1], c[2]);
                cs.addRect(x, out.y() + 1, 10, 6);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.text(x + 14, out.y(), out.fit(region, out.regular, 8, colWidth - 20), out.regular, 8);
            column = (column + 1) % 3;
        }
    }

    /** A circle path from four Bezier arcs (kappa 0.5523 approximates a quarter circle). */
    private static void circle(PDPageContentStream cs, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
    }
}

package org.runmend.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.training.ContextAnswer;
import org.runmend.training.Flag;
import org.runmend.training.LoadReport;
import org.runmend.training.RunSpike;
import org.runmend.training.ShoeWear;
import org.runmend.training.Surface;
import org.runmend.training.WeekSummary;

/** The load report in the terminal: the same content as the load page. */
final class LoadPrinter {
    private LoadPrinter() {}

    static void write(LoadReport r, PrintWriter out) {
        write(r, Units.KM, out);
    }

    /**
     * The report with distances in {@code units}; the flags' and answers' sentences are the
     * report's, worded in the unit it was made for (the same, from {@link LoadCommand}).
     */
    static void write(LoadReport r, Units units, PrintWriter out) {
        out.println();
        out.println("WEEKS            " + units.symbol() + "     time  runs  rest  monotony  strain");
        for (WeekSummary w : r.weeks()) {
            long spikes = r.runs().stream()
                    .filter(s -> s.band().isSpike())
                    .filter(s -> !s.run().date().isBefore(w.monday())
                            && !s.run().date().isAfter(w.sunday()))
                    .count();
            out.printf(
                    Locale.ROOT,
                    "%-10s %8s %8s %5d %5d %9s %7s%s%n",
                    w.label(),
                    Figures.distance(w.distance(), units, Precision.TENTHS),
                    Figures.hoursMinutes(w.moving()),
                    w.runs(),
                    w.restDays(),
                    w.monotony().map(m -> String.format(Locale.ROOT, "%.2f", m)).orElse("-"),
                    w.strain().map(s -> String.format(Locale.ROOT, "%.0f", s)).orElse("-"),
                    spikes > 0 ? "  spike" + (spikes > 1 ? "s: " + spikes : "") : "");
        }
        out.println();
        out.println("RUN SPIKES (a run longer than the longest of the 30 days before; Frandsen et al. 2025)");
        boolean any = false;
        for (RunSpike s : r.runs()) {
            if (s.band().isSpike() && !s.run().date().isBefore(r.weeks().get(0).monday())) {
                any = true;
                out.printf(
                        Locale.ROOT,
                        "  %s  %s, %s on %s: %s (injury rate x%.2f)%n",
                        s.run().date(),
                        Figures.distanceWithUnit(s.run().distance(), units, Precision.TENTHS),
                        Figures.percentChange(s.increase().orElse(0.0)),
                        Figures.distanceWithUnit(s.longestBefore(), units, Precision.TENTHS),
                        s.band().name().toLowerCase(Locale.ROOT),
                        s.band().hazardRateRatio().orElse(1.0));
            }
        }
        if (!any) {
            out.println("  none in these weeks");
        }
        out.println();
        r.acuteChronic()
                .ratio()
                .ifPresentOrElse(
                        ratio -> out.printf(
                                Locale.ROOT,
                                "ACUTE:CHRONIC (EWMA 7/28 days): %.2f  %s%n",
                                ratio,
                                r.acuteChronic().caveat()),
                        () -> out.println("ACUTE:CHRONIC: not enough history yet"));
        out.println("LONGEST STREAK WITHOUT A REST DAY: "
                + r.longestStreak().map(s -> s.days() + " days").orElse("none"));
        out.println();
        out.println("SHOES");
        if (r.shoes().isEmpty()) {
            out.println("  no shoes recorded");
        }
        for (ShoeWear w : r.shoes()) {
            out.printf(
                    Locale.ROOT,
                    "  %-24s %7s %s of %4s%s%s%n",
                    w.shoe().name(),
                    Figures.distance(w.distance(), units, Precision.WHOLE),
                    units.symbol(),
                    Figures.distance(w.shoe().alertDistance(), units, Precision.WHOLE),
                    w.shoe().retired() ? "  retired" : "",
                    w.alert() ? "  PAST ALERT DISTANCE" : "");
        }
        out.println();
        out.print("SURFACES (last 4 weeks):");
        for (Map.Entry<Surface, Double> e : r.surfaceMix().shares().entrySet()) {
            out.print(" " + e.getKey().id() + " " + Figures.percent(e.getValue()));
        }
        out.println(" not recorded " + Figures.percent(r.surfaceMix().unknownShare()));
        out.println("WARM-UPS (last 4 weeks): "
                + r.warmUps()
                        .share()
                        .map(s -> Figures.percent(s) + " of " + r.warmUps().recorded() + " runs where recorded")
                        .orElse("not recorded"));
        out.println();
        out.println("WHAT YOUR LOG SHOWS");
        if (r.flags().isEmpty()) {
            out.println("  nothing known to bring on pain after running");
        }
        for (Flag f : r.flags()) {
            out.println("  - " + f.explanation());
        }
        out.println();
        out.println("THE PAIN CHECK WILL PRE-ANSWER");
        if (r.contextAnswers().isEmpty()) {
            out.println("  nothing: the log cannot tell yet");
        }
        for (ContextAnswer a : r.contextAnswers()) {
            out.println("  " + a.findingId() + ": " + (a.present() ? "yes" : "no") + " (" + a.reason() + ")");
        }
    }
}

package org.runmend.diary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.training.LoadReport;
import org.runmend.training.RunSpike;

/**
 * Reads the diary against the training log, in plain words. Pure: the same entries and report
 * always give the same lines.
 */
public final class PainTrend {
    /** Pain counts as having risen after a spike within this many days of it (Frandsen et al. 2025 looked at the following weeks). */
    static final int DAYS_AFTER_SPIKE = 3;
    /** ... by at least this many points over the week before the spike. */
    static final int RISE = 2;
    /** A new entry this much above the mean of the previous week, or at this score, sends the runner back to the pain check. */
    static final int RECHECK_RISE = 2;

    static final int RECHECK_SCORE = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private PainTrend() {}

    /** "Your pain rose within a few days of a load spike" lines, newest first. */
    public static List<String> afterSpikes(List<PainEntry> entries, LoadReport report) {
        List<String> out = new ArrayList<>();
        for (RunSpike s : report.runs()) {
            if (!s.band().isSpike()) {
                continue;
            }
            LocalDate d = s.run().date();
            Optional<PainEntry> before = max(entries, d.minusDays(7), d);
            Optional<PainEntry> after = max(entries, d.plusDays(1), d.plusDays(DAYS_AFTER_SPIKE));
            int baseline = before.map(PainEntry::score).orElse(0);
            if (after.isPresent() && after.get().score() >= baseline + RISE) {
                out.add(
                        0,
                        String.format(
                                Locale.ROOT,
                                "Your pain went up to %d/10 on %s, %d day%s after your %s run on %s, which was %.0f%% longer "
                                        + "than your longest run in the 30 days before. Sudden jumps in run length come before many "
                                        + "running injuries: build up more gradually.",
                                after.get().score(),
                                DAY.format(after.get().date()),
                                ChronoUnit.DAYS.between(d, after.get().date()),
                                ChronoUnit.DAYS.between(d, after.get().date()) == 1 ? "" : "s",
                                Figures.distanceWithUnit(s.run().distance(), Units.KM, Precision.TENTHS),
                                DAY.format(d),
                                100 * s.increase().orElse(0.0)));
            }
        }
        return out;
    }

    /**
     * Whether the latest entry for a region calls for a new pain check: pain that has risen by
     * {@value #RECHECK_RISE} or more over the week before, or reached {@value #RECHECK_SCORE}.
     */
    public static boolean needsRecheck(List<PainEntry> entries, String region) {
        List<PainEntry> own =
                entries.stream().filter(e -> e.region().equals(region)).toList();
        if (own.isEmpty()) {
            return false;
        }
        PainEntry last = own.get(own.size() - 1);
        if (last.score() >= RECHECK_SCORE || (last.morningAfter() != null && last.morningAfter() >= RECHECK_SCORE)) {
            return true;
        }
        double before = own.stream()
                .filter(e -> e.date().isBefore(last.date())
                        && !e.date().isBefore(last.date().minusDays(7)))
                .mapToInt(PainEntry::score)
                .average()
                .orElse(Double.NaN);
        return !Double.isNaN(before) && last.score() >= before + RECHECK_RISE;
    }

    private static Optional<PainEntry> max(List<PainEntry> entries, LocalDate from, LocalDate to) {
        return entries.stream()
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .max(java.util.Comparator.comparingInt(PainEntry::score));
    }
}

package org.runmend.web.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.training.ContextAnswer;
import org.runmend.training.Flag;
import org.runmend.training.LoadReport;
import org.runmend.training.RunSpike;
import org.runmend.training.ShoeWear;
import org.runmend.training.SpikeBand;
import org.runmend.training.Surface;
import org.runmend.training.WeekSummary;

/**
 * The load page: {@link LoadReport} in plain words, with a weekly distance chart drawn as inline
 * SVG bars and the same numbers as a table.
 */
public record LoadPage(
        boolean empty,
        List<FlagView> flags,
        List<Bar> bars,
        List<Tick> ticks,
        List<WeekRow> weeks,
        List<SpikeRow> spikes,
        String ratio,
        String acute,
        String chronic,
        String caveat,
        String currentStreak,
        String longestStreak,
        int restDaysThisWeek,
        List<WornPair> shoesPastAlert,
        List<Share> surfaces,
        String surfaceUnknown,
        String surfaceTotal,
        String warmUps,
        List<Answer> answers,
        String unit,
        Key key) {
    public static final int WIDTH = 400;
    public static final int HEIGHT = 220;
    public static final int LEFT = 34;
    public static final int BOTTOM = 36;
    public static final int TOP = 20;
    public static final int RIGHT = 26;

    /** A flag with the knowledge-base cause it points to. */
    public record FlagView(String kind, String explanation, String causeTitle, String causeSummary, String dates) {}

    /** One week's bar; {@code spike} weeks are drawn hatched and marked with a triangle. */
    public record Bar(
            double x, double y, double width, double height, String label, String km, boolean spike, boolean current) {
        public double middle() {
            return x + width / 2;
        }
    }

    /** A horizontal grid line. */
    public record Tick(double y, String label) {}

    /**
     * The figures a phone shows first, above the chart.
     *
     * @param thisWeek  this week's distance so far; {@code weekRuns} its runs
     * @param fourWeeks the distance of the four weeks ending with this one
     */
    public record Key(String thisWeek, int weekRuns, String fourWeeks) {}

    public record WeekRow(
            String href,
            String label,
            String monday,
            String dates,
            String km,
            String time,
            int runs,
            int restDays,
            String monotony,
            String strain,
            int spikes,
            boolean complete) {}

    public record SpikeRow(
            String date, String km, String increase, String longestBefore, String band, String hazard, boolean spike) {}

    public record Share(String surface, String percent) {}

    /** A pair past its reminder: its distance and its reminder, in the runner's unit without the symbol. */
    public record WornPair(String name, String distance, String alert) {}

    public record Answer(String question, boolean present, String reason) {}

    public LoadPage {
        flags = List.copyOf(flags);
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
        weeks = List.copyOf(weeks);
        spikes = List.copyOf(spikes);
        shoesPastAlert = List.copyOf(shoesPastAlert);
        surfaces = List.copyOf(surfaces);
        answers = List.copyOf(answers);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public boolean anySpikeWeek() {
        return bars.stream().anyMatch(Bar::spike);
    }

    /**
     * The page with distances in the runner's unit; the flags' and answers' sentences are the
     * report's, worded in the unit it was made for ({@code TrainingService.report} with the same units).
     */
    static LoadPage of(LoadReport r, KnowledgeBase kb, boolean empty, Units units) {
        // newest first: a flag's newest day decides, flags about no day in particular after those that have one
        List<FlagView> flags = r.flags().stream()
                .sorted(java.util.Comparator.comparing((Flag f) -> f.dates().isEmpty()
                                ? java.time.LocalDate.MIN
                                : f.dates().get(f.dates().size() - 1))
                        .reversed())
                .map(f -> flag(f, kb))
                .toList();
        List<WeekSummary> ws = r.weeks();
        int[] spikesPerWeek = new int[ws.size()];
        for (RunSpike s : r.runs()) {
            for (int i = 0; i < ws.size(); i++) {
                WeekSummary w = ws.get(i);
                if (s.band().isSpike()
                        && !s.run().date().isBefore(w.monday())
                        && !s.run().date().isAfter(w.sunday())) {
                    spikesPerWeek[i]++;
                }
            }
        }
        double maxKm =
                ws.stream().mapToDouble(w -> units.of(w.distance())).max().orElse(0);
        double top = niceTop(maxKm);
        double plotH = HEIGHT - BOTTOM - TOP;
        // room on the right for the last label, centred under its bar
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, ws.size());
        List<Bar> bars = new ArrayList<>();
        List<WeekRow> rows = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            WeekSummary w = ws.get(i);
            double km = units.of(w.distance());
            double h = top == 0 ? 0 : plotH * km / top;
            bars.add(new Bar(
                    LEFT + i * slot + slot * 0.15,
                    HEIGHT - BOTTOM - h,
                    slot * 0.7,
                    h,
                    TrainingFormat.shortDay(w.monday()),
                    Figures.distance(w.distance(), units, Precision.TENTHS),
                    spikesPerWeek[i] > 0,
                    i == ws.size() - 1));
            rows.add(new WeekRow(
                    HistoryPages.weekHref(w.monday()),
                    w.label(),
                    TrainingFormat.shortDay(w.monday()),
                    TrainingFormat.shortDay(w.monday()) + " – " + TrainingFormat.shortDay(w.sunday()),
                    Figures.distance(w.distance(), units, Precision.TENTHS),
                    Figures.hoursMinutes(w.moving()),
                    w.runs(),
                    w.restDays(),
                    w.monotony()
                            .map(TrainingFormat::twoDecimals)
                            .orElse(w.sameLoadEveryDay() ? "same load every day" : "–"),
                    w.strain().map(TrainingFormat::whole).orElse("–"),
                    spikesPerWeek[i],
                    w.complete()));
        }
        List<Tick> ticks = new ArrayList<>();
        double step = top / 4;
        for (int i = 0; i <= 4 && top > 0; i++) {
            double v = step * i;
            ticks.add(new Tick(
                    HEIGHT - BOTTOM - plotH * i / 4,
                    Figures.distance(Distance.ofMetres(v * units.metres()), units, Precision.TENTHS_TRIMMED)));
        }
        java.time.LocalDate firstDay = ws.get(0).monday();
        List<SpikeRow> spikes = r.runs().stream()
                .filter(s -> s.band().isSpike() && !s.run().date().isBefore(firstDay))
                .map(s -> spike(s, units))
                .collect(Collectors.toCollection(ArrayList::new));
        java.util.Collections.reverse(spikes);
        double fourWeeks = 0;
        for (int i = Math.max(0, ws.size() - 4); i < ws.size(); i++) {
            fourWeeks += ws.get(i).distance().metres();
        }
        Key key = new Key(
                Figures.distance(r.thisWeek().distance(), units, Precision.TENTHS),
                r.thisWeek().runs(),
                Figures.distance(Distance.ofMetres(fourWeeks), units, Precision.TENTHS));
        java.util.Collections.reverse(rows);
        var ac = r.acuteChronic();
        String ratio = ac.ratio().map(TrainingFormat::twoDecimals).orElse(null);
        List<Share> surfaces = new ArrayList<>();
        for (Map.Entry<Surface, Double> e : r.surfaceMix().shares().entrySet()) {
            surfaces.add(new Share(TrainingFormat.capitalised(e.getKey().id()), TrainingFormat.percent(e.getValue())));
        }
        String warm = r.warmUps()
                .share()
                .map(s -> TrainingFormat.percent(s) + " of the " + r.warmUps().recorded()
                        + (r.warmUps().recorded() == 1 ? " run" : " runs") + " where you recorded it")
                .orElse(null);
        List<Answer> answers =
                r.contextAnswers().stream().map(a -> answer(a, kb)).toList();
        return new LoadPage(
                empty,
                flags,
                bars,
                ticks,
                rows,
                spikes,
                ratio,
                Figures.distance(Distance.ofKilometres(ac.acuteKmPerDay()), units, Precision.TENTHS),
                Figures.distance(Distance.ofKilometres(ac.chronicKmPerDay()), units, Precision.TENTHS),
                ac.caveat(),
                r.currentStreak()
                        .map(s -> days(s.days()) + " (since " + TrainingFormat.day(s.first()) + ")")
                        .orElse(null),
                r.longestStreak()
                        .map(s -> days(s.days()) + " (" + TrainingFormat.day(s.first())
                                + (s.days() > 1 ? " to " + TrainingFormat.day(s.last()) : "") + ")")
                        .orElse(null),
                r.thisWeek().restDays(),
                r.shoes().stream()
                        .filter(ShoeWear::alert)
                        .map(w -> new WornPair(
                                w.shoe().name(),
                                Figures.distance(w.distance(), units, Precision.WHOLE),
                                Figures.distance(w.shoe().alertDistance(), units, Precision.WHOLE)))
                        .toList(),
                surfaces,
                TrainingFormat.percent(r.surfaceMix().unknownShare()),
                Figures.distance(r.surfaceMix().total(), units, Precision.TENTHS),
                warm,
                answers,
                units.symbol(),
                key);
    }

    private static FlagView flag(Flag f, KnowledgeBase kb) {
        SelfCareItem cause = kb.selfCareItem(f.causeId()).orElse(null);
        String kind = switch (f.kind()) {
            case RUN_SPIKE -> "A run much longer than before";
            case WEEKLY_INCREASE -> "A sharp rise in weekly distance";
            case WORN_SHOES -> "Shoes past their reminder distance";
            case NEW_SHOES -> "New shoes";
            case FASTER_RUNS -> "More fast running";
            case MORE_CLIMBING -> "More climbing";
            case HARD_SURFACE -> "Mostly hard surfaces";
            case NO_WARMUP -> "Few warm-ups";
        };
        return new FlagView(
                kind,
                f.explanation(),
                cause == null ? null : cause.title(),
                cause == null ? null : cause.summary(),
                f.dates().stream().map(TrainingFormat::day).collect(Collectors.joining(", ")));
    }

    private static SpikeRow spike(RunSpike s, Units units) {
        SpikeBand b = s.band();
        return new SpikeRow(
                TrainingFormat.day(s.run().date()),
                Figures.distance(s.run().distance(), units, Precision.TENTHS),
                s.increase().map(Figures::percentChange).orElse("–"),
                Figures.distance(s.longestBefore(), units, Precision.TENTHS),
                band(b),
                b.hazardRateRatio()
                        .map(h -> String.format(Locale.ROOT, "%.2f", h))
                        .orElse("–"),
                b.isSpike());
    }

    /** The band in the words of Frandsen et al. 2025. */
    public static String band(SpikeBand b) {
        return switch (b) {
            case NO_HISTORY -> "no earlier run to compare";
            case NONE -> "up to 10% longer";
            case SMALL -> "small spike (over 10% to 30% longer)";
            case MODERATE -> "moderate spike (over 30% to 100% longer)";
            case LARGE -> "large spike (more than double)";
        };
    }

    private static Answer answer(ContextAnswer a, KnowledgeBase kb) {
        String q = kb.finding(a.findingId()).map(Finding::question).orElse(a.findingId());
        return new Answer(q, a.present(), a.reason());
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    /** A round top for the distance axis: 10, 20, 40, 50, 80, 100, ... */
    private static double niceTop(double max) {
        if (max <= 0) {
            return 0;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 4, 5, 8, 10}) {
            if (m * mag >= max) {
                return m * mag;
            }
        }
        return 10 * mag;
    }
}

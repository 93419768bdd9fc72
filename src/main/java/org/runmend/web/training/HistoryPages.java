package org.runmend.web.training;

import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.training.RunHistory.Day;
import org.runmend.training.RunHistory.Entry;
import org.runmend.training.RunHistory.Period;
import org.runmend.training.RunHistory.Span;
import org.runmend.training.RunHistory.Totals;
import org.runmend.training.RunHistory.YearTotals;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.RunnerContext;
import org.runmend.web.Templates;
import org.runmend.web.View;

/**
 * The whole log by week, month and year, at plain addresses that work without JavaScript:
 * {@code /load/week/2021-W14}, {@code /load/month/2021-04} (a calendar), {@code /load/year/2021}
 * (month by month) and {@code /load/years} (every year); {@code /load/week}, {@code /load/month}
 * and {@code /load/year} are the current ones. Distances are in the runner's unit, days in the
 * runner's calendar ({@link org.runmend.training.RunnerCalendar}).
 */
public final class HistoryPages {
    /** Links to the period before and after, and to the one around it; a null link is not shown. */
    public record Nav(Link previous, Link next, Link up) {}

    public record Link(String href, String label) {}

    /** A period's totals in words and figures. */
    public record Sum(String distance, String time, String runs, int count) {}

    /** One run of a week. */
    public record RunLine(String href, String title, String time, String distance, String moving, String pace) {}

    /** One day of a week, with its runs. */
    public record DayBlock(String anchor, String day, boolean today, List<RunLine> runs, Sum sum) {
        public DayBlock {
            runs = List.copyOf(runs);
        }
    }

    /** The week page. */
    public record WeekView(
            Chrome chrome,
            String title,
            String dates,
            Nav nav,
            Sum sum,
            int restDays,
            List<DayBlock> days,
            String unit,
            String monthHref,
            String yearHref)
            implements View {
        public WeekView {
            days = List.copyOf(days);
        }

        @Override
        public String template() {
            return "training/week.jte";
        }
    }

    /** A day of the month grid; {@code distance} is null on a day without a run. */
    public record Cell(
            int dayOfMonth, boolean inMonth, boolean today, String distance, int runs, String label, String href) {}

    /** A row of the month grid: one ISO week and its total. */
    public record GridWeek(String href, String label, List<Cell> days, String total) {
        public GridWeek {
            days = List.copyOf(days);
        }
    }

    /** The month page: a calendar. */
    public record MonthView(
            Chrome chrome, String title, Nav nav, Sum sum, List<GridWeek> weeks, String unit, String yearHref)
            implements View {
        public MonthView {
            weeks = List.copyOf(weeks);
        }

        @Override
        public String template() {
            return "training/month.jte";
        }
    }

    /** A row of a totals table (a month of a year, a year of the log), with its bar in a 0-100 scale. */
    public record TotalRow(String href, String label, Sum sum, double bar, boolean current) {}

    /** The year page (months) or the years page (years). */
    public record TotalsView(
            Chrome chrome,
            String title,
            String intro,
            String rowName,
            Nav nav,
            Sum sum,
            List<TotalRow> rows,
            String unit,
            boolean empty)
            implements View {
        public TotalsView {
            rows = List.copyOf(rows);
        }

        @Override
        public String template() {
            return "training/totals.jte";
        }
    }

    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private final TrainingService training;
    private final Templates templates;

    public HistoryPages(TrainingService training, Templates templates) {
        this.training = training;
        this.templates = templates;
    }

    /** The current week, in the runner's calendar. */
    public void currentWeek(Context ctx) {
        showWeek(ctx, RunnerContext.of(ctx).today().with(DayOfWeek.MONDAY));
    }

    /** The week the path names ({@code 2021-W14}). */
    public void week(Context ctx) {
        showWeek(ctx, Periods.week(ctx.pathParam("week"), RunnerContext.of(ctx).today()));
    }

    /** The current month, as a calendar. */
    public void currentMonth(Context ctx) {
        showMonth(ctx, YearMonth.from(RunnerContext.of(ctx).today()));
    }

    /** The month the path names ({@code 2021-04}), as a calendar. */
    public void month(Context ctx) {
        showMonth(
                ctx, Periods.month(ctx.pathParam("month"), RunnerContext.of(ctx).today()));
    }

    /** The current year, month by month. */
    public void currentYear(Context ctx) {
        showYear(ctx, Year.from(RunnerContext.of(ctx).today()));
    }

    /** The year the path names ({@code 2021}), month by month. */
    public void year(Context ctx) {
        showYear(ctx, Periods.year(ctx.pathParam("year"), RunnerContext.of(ctx).today()));
    }

    public static String weekHref(LocalDate monday) {
        return "/load/week/" + Periods.label(monday);
    }

    static String monthHref(YearMonth m) {
        return "/load/month/" + m;
    }

    static String yearHref(Year y) {
        return "/load/year/" + y;
    }

    private void showWeek(Context ctx, LocalDate monday) {
        RunnerContext me = RunnerContext.of(ctx);
        Period p = training.history().week(me.id(), monday, me.zone());
        Optional<Span> span = training.history().span(me.id(), me.zone());
        List<DayBlock> days = new ArrayList<>();
        int rest = 0;
        for (Day d : p.days()) {
            List<RunLine> runs = d.runs().stream().map(e -> line(e, me.units())).toList();
            if (runs.isEmpty() && !d.date().isAfter(me.today())) {
                rest++;
            }
            days.add(new DayBlock(
                    "d" + d.date(),
                    TrainingFormat.day(d.date()),
                    d.date().equals(me.today()),
                    runs,
                    sum(d.totals(), me.units())));
        }
        Nav nav = new Nav(
                earlier(span, monday)
                        ? new Link(
                                weekHref(monday.minusWeeks(1)), "Week of " + TrainingFormat.day(monday.minusWeeks(1)))
                        : null,
                monday.plusDays(6).isBefore(me.today())
                        ? new Link(weekHref(monday.plusWeeks(1)), "Week of " + TrainingFormat.day(monday.plusWeeks(1)))
                        : null,
                new Link(monthHref(YearMonth.from(monday)), monthName(YearMonth.from(monday))));
        String title = "Week " + Periods.label(monday).replace("-W", ", week ");
        ctx.html(templates.render(new WeekView(
                Chrome.of(ctx),
                title,
                TrainingFormat.day(monday) + " to " + TrainingFormat.day(monday.plusDays(6)),
                nav,
                sum(p.totals(), me.units()),
                rest,
                days,
                me.units().symbol(),
                monthHref(YearMonth.from(monday)),
                yearHref(Year.from(monday)))));
    }

    private void showMonth(Context ctx, YearMonth month) {
        RunnerContext me = RunnerContext.of(ctx);
        Period p = training.history().monthGrid(me.id(), month, me.zone());
        Optional<Span> span = training.history().span(me.id(), me.zone());
        List<GridWeek> weeks = new ArrayList<>();
        Totals inMonth = Totals.NONE;
        List<Day> days = p.days();
        for (int w = 0; w < days.size() / 7; w++) {
            List<Cell> cells = new ArrayList<>(7);
            Totals week = Totals.NONE;
            LocalDate monday = days.get(w * 7).date();
            for (int k = 0; k < 7; k++) {
                Day d = days.get(w * 7 + k);
                boolean in = YearMonth.from(d.date()).equals(month);
                Totals t = d.totals();
                week = add(week, t);
                if (in) {
                    inMonth = add(inMonth, t);
                }
                String distance = t.runs() == 0 ? null : Figures.distance(t.distance(), me.units(), Precision.TENTHS);
                String label = TrainingFormat.day(d.date()) + ": "
                        + (t.runs() == 0
                                ? "no run"
                                : distance + " " + me.units().symbol() + " in " + TrainingFormat.runs(t.runs()));
                cells.add(new Cell(
                        d.date().getDayOfMonth(),
                        in,
                        d.date().equals(me.today()),
                        distance,
                        t.runs(),
                        label,
                        weekHref(monday) + "#d" + d.date()));
            }
            weeks.add(new GridWeek(
                    weekHref(monday),
                    "W" + Periods.label(monday).substring(6),
                    cells,
                    Figures.distance(week.distance(), me.units(), Precision.TENTHS)));
        }
        Nav nav = new Nav(
                earlier(span, month.atDay(1))
                        ? new Link(monthHref(month.minusMonths(1)), monthName(month.minusMonths(1)))
                        : null,
                month.atEndOfMonth().isBefore(me.today())
                        ? new Link(monthHref(month.plusMonths(1)), monthName(month.plusMonths(1)))
                        : null,
                new Link(yearHref(Year.of(month.getYear())), String.valueOf(month.getYear())));
        ctx.html(templates.render(new MonthView(
                Chrome.of(ctx),
                monthName(month),
                nav,
                sum(inMonth, me.units()),
                weeks,
                me.units().symbol(),
                yearHref(Year.of(month.getYear())))));
    }

    private void showYear(Context ctx, Year year) {
        RunnerContext me = RunnerContext.of(ctx);
        YearTotals y = training.history().year(me.id(), year, me.zone());
        Optional<Span> span = training.history().span(me.id(), me.zone());
        double max = y.months().stream()
                .mapToDouble(t -> t.distance().metres())
                .max()
                .orElse(0);
        List<TotalRow> rows = new ArrayList<>();
        for (Month m : Month.values()) {
            YearMonth ym = year.atMonth(m);
            if (ym.atDay(1).isAfter(me.today())) {
                break;
            }
            Totals t = y.month(m);
            rows.add(new TotalRow(
                    monthHref(ym),
                    m.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    sum(t, me.units()),
                    bar(t, max),
                    ym.equals(YearMonth.from(me.today()))));
        }
        Nav nav = new Nav(
                earlier(span, year.atDay(1))
                        ? new Link(yearHref(year.minusYears(1)), String.valueOf(year.minusYears(1)))
                        : null,
                year.atMonth(12).atEndOfMonth().isBefore(me.today())
                        ? new Link(yearHref(year.plusYears(1)), String.valueOf(year.plusYears(1)))
                        : null,
                new Link("/load/years", "Every year"));
        ctx.html(templates.render(new TotalsView(
                Chrome.of(ctx),
                String.valueOf(year),
                "Month by month.",
                "Month",
                nav,
                sum(y.totals(), me.units()),
                rows,
                me.units().symbol(),
                y.totals().runs() == 0)));
    }

    /** Every year of the log, with its totals. */
    public void years(Context ctx) {
        RunnerContext me = RunnerContext.of(ctx);
        List<YearTotals> years = training.history().years(me.id(), me.zone());
        double max = years.stream()
                .mapToDouble(y -> y.totals().distance().metres())
                .max()
                .orElse(0);
        Totals all = Totals.NONE;
        List<TotalRow> rows = new ArrayList<>();
        for (YearTotals y : years) {
            all = add(all, y.totals());
            rows.add(new TotalRow(
                    yearHref(y.year()),
                    String.valueOf(y.year()),
                    sum(y.totals(), me.units()),
                    bar(y.totals(), max),
                    y.year().getValue() == me.today().getYear()));
        }
        ctx.html(templates.render(new TotalsView(
                Chrome.of(ctx),
                "Every year",
                "Year by year, newest first.",
                "Year",
                new Nav(null, null, null),
                sum(all, me.units()),
                rows,
                me.units().symbol(),
                years.isEmpty())));
    }

    private static RunLine line(Entry e, Units units) {
        String title = e.name() != null && !e.name().isBlank() ? e.name() : TrainingFormat.sport(e.sport());
        return new RunLine(
                "/log/" + e.id(),
                title,
                TrainingFormat.time(e.start()),
                Figures.distance(e.distance(), units, Precision.HUNDREDTHS),
                Figures.duration(e.moving()),
                Figures.pace(e.distance(), e.moving(), units));
    }

    private static Sum sum(Totals t, Units units) {
        // tenths up to 999.9, then whole units with a thousands separator: "1,204"
        return new Sum(
                units.of(t.distance()) >= 999.95
                        ? TrainingFormat.longDistance(t.distance(), units)
                        : Figures.distance(t.distance(), units, Precision.TENTHS),
                TrainingFormat.hours(t.moving()),
                TrainingFormat.runs(t.runs()),
                t.runs());
    }

    private static Totals add(Totals a, Totals b) {
        return new Totals(
                Distance.ofMetres(a.distance().metres() + b.distance().metres()),
                a.moving().plus(b.moving()),
                a.runs() + b.runs());
    }

    private static double bar(Totals t, double max) {
        return max <= 0 ? 0 : Math.round(1000 * t.distance().metres() / max) / 10.0;
    }

    /** There are runs before {@code first}. */
    private static boolean earlier(Optional<Span> span, LocalDate first) {
        return span.isPresent() && span.get().first().isBefore(first);
    }

    static String monthName(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    /** Monday to Sunday, for the calendar's head. */
    public static List<String> weekdays() {
        return List.of(WEEKDAYS);
    }
}

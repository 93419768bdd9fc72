package org.runmend.training;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;

/**
 * The whole log browsed by week, month and year, however many years it holds. A page reads only
 * its period's runs, a few summary columns each, in one range query on the (runner, start) index,
 * and groups them by the runner's day in one pass; the totals per year read every run's summary
 * once. Days are the runner's calendar days ({@link RunnerCalendar}): a run recorded in UTC is
 * placed by the runner's zone, a run with its own local time keeps its day, so a period's start
 * instant is not known before the row is read. The query therefore reads a margin of
 * {@link #MARGIN} on either side (no offset on Earth is larger) and keeps the runs whose day is in
 * the period.
 */
public final class RunHistory {
    /** Larger than any UTC offset (-12:00 to +14:00). */
    static final Duration MARGIN = Duration.ofHours(18);

    private final ActivityStore store;

    public RunHistory(ActivityStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * One run as the history shows it.
     *
     * @param start the start on the runner's calendar; its local date is the run's day
     * @param name  the runner's or the file's name for it, null without one
     */
    public record Entry(String id, String name, Sport sport, ZonedDateTime start, Distance distance, Duration moving) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(start, "start");
        }

        public LocalDate date() {
            return start.toLocalDate();
        }
    }

    /** Distance, moving time and number of runs added up. */
    public record Totals(Distance distance, Duration moving, int runs) {
        public static final Totals NONE = new Totals(Distance.ofMetres(0), Duration.ZERO, 0);

        public Totals {
            Objects.requireNonNull(distance, "distance");
            Objects.requireNonNull(moving, "moving");
        }

        Totals plus(Entry e) {
            return new Totals(
                    Distance.ofMetres(distance.metres() + e.distance().metres()), moving.plus(e.moving()), runs + 1);
        }
    }

    /** One day and its runs, oldest first. */
    public record Day(LocalDate date, List<Entry> runs, Totals totals) {
        public Day {
            runs = List.copyOf(runs);
        }
    }

    /** Every day from {@code first} to {@code last}, days without a run included. */
    public record Period(LocalDate first, LocalDate last, List<Day> days, Totals totals) {
        public Period {
            days = List.copyOf(days);
        }
    }

    /** A year's totals, month by month (January first, all twelve). */
    public record YearTotals(Year year, Totals totals, List<Totals> months) {
        public YearTotals {
            months = List.copyOf(months);
            if (months.size() != 12) {
                throw new IllegalArgumentException("a year has 12 months, got " + months.size());
            }
        }

        public Totals month(Month m) {
            return months.get(m.getValue() - 1);
        }
    }

    /** The runner's days of their first and last run. */
    public record Span(LocalDate first, LocalDate last) {}

    /** The days of the first and the last run in the log; none without runs. */
    public Optional<Span> span(String runnerId, ZoneId runnerZone) {
        return store.runEdges(runnerId)
                .map(e ->
                        new Span(RunnerCalendar.day(e.first(), runnerZone), RunnerCalendar.day(e.last(), runnerZone)));
    }

    /** The runs from {@code first} to {@code last} (inclusive) by the runner's day. */
    public Period days(String runnerId, LocalDate first, LocalDate last, ZoneId runnerZone) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends (" + last + ") before it starts (" + first + ")");
        }
        int n = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        List<List<Entry>> byDay = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byDay.add(new ArrayList<>(1));
        }
        for (Entry e : entries(runnerId, first, last, runnerZone)) {
            byDay.get((int) (e.date().toEpochDay() - first.toEpochDay())).add(e);
        }
        List<Day> days = new ArrayList<>(n);
        Totals all = Totals.NONE;
        for (int i = 0; i < n; i++) {
            Totals t = Totals.NONE;
            for (Entry e : byDay.get(i)) {
                t = t.plus(e);
                all = all.plus(e);
            }
            days.add(new Day(first.plusDays(i), byDay.get(i), t));
        }
        return new Period(first, last, days, all);
    }

    /** The ISO week (Monday to Sunday) starting on {@code monday}. */
    public Period week(String runnerId, LocalDate monday, ZoneId runnerZone) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "a week starts on a Monday, not on " + monday + " (" + monday.getDayOfWeek() + ")");
        }
        return days(runnerId, monday, monday.plusDays(6), runnerZone);
    }

    /**
     * The calendar grid of a month: from the Monday of its first week to the Sunday of its last,
     * so every row of the grid is a whole week.
     */
    public Period monthGrid(String runnerId, YearMonth month, ZoneId runnerZone) {
        LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate last = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
        return days(runnerId, first, last, runnerZone);
    }

    /** One year's totals, month by month. */
    public YearTotals year(String runnerId, Year year, ZoneId runnerZone) {
        List<YearTotals> one = years(runnerId, year.atDay(1), year.atMonth(12).atEndOfMonth(), runnerZone);
        return one.stream().filter(y -> y.year().equals(year)).findFirst().orElse(empty(year));
    }

    /**
     * The totals of every year from the first run's to the last run's, newest first; a year without
     * runs in between is listed with zero. None without runs.
     */
    public List<YearTotals> years(String runnerId, ZoneId runnerZone) {
        Optional<Span> span = span(runnerId, runnerZone);
        if (span.isEmpty()) {
            return List.of();
        }
        // the edges by start instant; a run abroad may fall on a day just outside them
        LocalDate first = Year.of(span.get().first().getYear()).minusYears(1).atDay(1);
        LocalDate last =
                Year.of(span.get().last().getYear()).plusYears(1).atMonth(12).atEndOfMonth();
        List<YearTotals> all = years(runnerId, first, last, runnerZone);
        int from = 0;
        while (from < all.size() && all.get(from).totals().runs() == 0) {
            from++;
        }
        int to = all.size();
        while (to > from && all.get(to - 1).totals().runs() == 0) {
            to--;
        }
        List<YearTotals> newestFirst = new ArrayList<>(all.subList(from, to));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Totals of each year from {@code first}'s to {@code last}'s, oldest first, in one pass. */
    private List<YearTotals> years(String runnerId, LocalDate first, LocalDate last, ZoneId runnerZone) {
        int y0 = first.getYear();
        int count = last.getYear() - y0 + 1;
        Totals[][] months = new Totals[count][12];
        for (Totals[] m : months) {
            java.util.Arrays.fill(m, Totals.NONE);
        }
        for (Entry e : entries(runnerId, first, last, runnerZone)) {
            int y = e.date().getYear() - y0;
            int m = e.date().getMonthValue() - 1;
            months[y][m] = months[y][m].plus(e);
        }
        List<YearTotals> out = new ArrayList<>(count);
        for (int y = 0; y < count; y++) {
            double metres = 0;
            Duration moving = Duration.ZERO;
            int runs = 0;
            for (Totals t : months[y]) {
                metres += t.distance().metres();
                moving = moving.plus(t.moving());
                runs += t.runs();
            }
            out.add(new YearTotals(
                    Year.of(y0 + y), new Totals(Distance.ofMetres(metres), moving, runs), List.of(months[y])));
        }
        return out;
    }

    private static YearTotals empty(Year year) {
        List<Totals> none = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            none.add(Totals.NONE);
        }
        return new YearTotals(year, Totals.NONE, none);
    }

    /** The runs whose day is from {@code first} to {@code last}, oldest first. */
    private List<Entry> entries(String runnerId, LocalDate first, LocalDate last, ZoneId runnerZone) {
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant().minus(MARGIN);
        Instant to = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(MARGIN);
        List<Entry> out = new ArrayList<>();
        for (ActivityStore.RunRow r : store.runs(runnerId, from, to)) {
            ZonedDateTime start = RunnerCalendar.start(r.recorded(), runnerZone);
            LocalDate day = start.toLocalDate();
            if (!day.isBefore(first) && !day.isAfter(last)) {
                out.add(new Entry(
                        r.id(),
                        r.name(),
                        r.sport(),
                        start,
                        Distance.ofMetres(r.metres()),
                        Duration.ofSeconds(r.movingSeconds())));
            }
        }
        return out;
    }
}

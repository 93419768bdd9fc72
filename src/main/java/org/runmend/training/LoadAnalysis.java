package org.runmend.training;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runmend.activity.Distance;
import org.runmend.activity.Units;

/**
 * Computes a {@link LoadReport} in a few linear passes over the runs sorted by start time and over
 * day-indexed arrays, so ten years of daily runs take milliseconds.
 */
final class LoadAnalysis {
    /** "Recent" for flags and findings: the 28 days ending today. */
    static final int RECENT_DAYS = 28;
    /** Frandsen et al. 2025 compare a run with the longest run of the previous 30 days. */
    static final int SPIKE_LOOKBACK_DAYS = 30;

    static final int ACUTE_DAYS = 7;
    static final int CHRONIC_DAYS = 28;

    private final LocalDate today;
    private final long todayDay;
    private final long recentStartDay;
    /** Runs up to today, sorted by start instant; the arrays below are indexed like it. */
    private final Run[] runs;

    private final long[] runDay;
    private final double[] runMetres;
    private final SpikeBand[] bands;
    private final double[] longestBefore;
    /** First day of the day arrays. */
    private final long spanStartDay;

    private final double[] dayMetres;
    private final int[] dayRuns;
    private final List<Shoe> shoes;
    private final ShoeUse[] shoeUse;

    /** What the flags need to know about a pair beyond {@link ShoeWear}. */
    private static final class ShoeUse {
        double metres;
        int runs;
        LocalDate pastAlertOn;
        LocalDate lastUsed;
        boolean usedRecently;
    }

    private LoadAnalysis(TrainingLog log, LocalDate today) {
        this.today = today;
        this.todayDay = today.toEpochDay();
        this.recentStartDay = todayDay - RECENT_DAYS + 1;
        this.runs = log.runs().stream()
                .filter(r -> !r.date().isAfter(today))
                .sorted(Comparator.comparing((Run r) -> r.start().toInstant()))
                .toArray(Run[]::new);
        int n = runs.length;
        runDay = new long[n];
        runMetres = new double[n];
        for (int i = 0; i < n; i++) {
            runDay[i] = runs[i].date().toEpochDay();
            runMetres[i] = runs[i].distance().metres();
        }
        bands = new SpikeBand[n];
        longestBefore = new double[n];
        spikes();
        this.shoes = log.shoes();
        this.shoeUse = shoeUse();
        long firstRunDay = n == 0 ? todayDay : Arrays.stream(runDay).min().orElseThrow();
        long eightWeeksBack = today.with(DayOfWeek.MONDAY).minusWeeks(7).toEpochDay();
        this.spanStartDay = Math.min(firstRunDay, eightWeeksBack);
        int days = (int) (todayDay - spanStartDay + 1);
        dayMetres = new double[days];
        dayRuns = new int[days];
        for (int i = 0; i < n; i++) {
            int d = (int) (runDay[i] - spanStartDay);
            dayMetres[d] += runMetres[i];
            dayRuns[d]++;
        }
    }

    /** The report, its flags and context answers worded with distances in {@code units}. */
    static LoadReport analyse(TrainingLog log, LocalDate today, int weeks, Units units) {
        LoadAnalysis a = new LoadAnalysis(log, today);
        LocalDate firstMonday = today.with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        List<RunSpike> spikes = new ArrayList<>();
        for (int i = 0; i < a.runs.length; i++) {
            if (a.runDay[i] >= firstMonday.toEpochDay()) {
                spikes.add(new RunSpike(a.runs[i], Distance.ofMetres(a.longestBefore[i]), a.bands[i]));
            }
        }
        List<ShoeWear> wear = new ArrayList<>();
        for (int s = 0; s < a.shoes.size(); s++) {
            Shoe shoe = a.shoes.get(s);
            ShoeUse u = a.shoeUse[s];
            wear.add(new ShoeWear(
                    shoe,
                    Distance.ofMetres(u.metres),
                    u.runs,
                    u.metres >= shoe.alertDistance().metres()));
        }
        RiskFlags risk = RiskFlags.of(a.history(), units);
        return new LoadReport(
                today,
                a.weeks(firstMonday, weeks),
                spikes,
                a.acuteChronic(),
                a.streaks(firstMonday.toEpochDay()),
                wear,
                a.surfaceMix(),
                a.warmUps(),
                risk.flags(),
                risk.answers());
    }

    /** The runs and pairs as the risk rules read them. */
    LoadHistory history() {
        List<LoadHistory.RunLoad> runLoads = new ArrayList<>(runs.length);
        for (int i = 0; i < runs.length; i++) {
            runLoads.add(
                    new LoadHistory.RunLoad(runs[i], runDay[i], runMetres[i], bands[i], longestBefore[i], isRecent(i)));
        }
        List<LoadHistory.ShoeLoad> shoeLoads = new ArrayList<>(shoes.size());
        for (int s = 0; s < shoes.size(); s++) {
            ShoeUse u = shoeUse[s];
            shoeLoads.add(new LoadHistory.ShoeLoad(shoes.get(s), u.metres, u.pastAlertOn, u.lastUsed, u.usedRecently));
        }
        return new LoadHistory(today, recentStartDay, runLoads, shoeLoads, this::weekMetres);
    }

    boolean isRecent(int run) {
        return runDay[run] >= recentStartDay;
    }

    /**
     * Sliding maximum over the previous 30 days with a monotonic deque: each run enters and leaves
     * once. Runs starting at the same instant do not count as each other's history; runs of zero
     * distance are no history (a ratio over 0 km means nothing).
     */
    private void spikes() {
        int n = runs.length;
        int[] deque = new int[n];
        int head = 0;
        int tail = 0;
        int i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n && runs[j].start().toInstant().equals(runs[i].start().toInstant())) {
                j++;
            }
            for (int k = i; k < j; k++) {
                long cutoff = runDay[k] - SPIKE_LOOKBACK_DAYS;
                while (head < tail && runDay[deque[head]] < cutoff) {
                    head++;
                }
                double longest = head < tail ? runMetres[deque[head]] : 0;
                longestBefore[k] = longest;
                bands[k] = longest <= 0 ? SpikeBand.NO_HISTORY : SpikeBand.ofIncrease(runMetres[k] / longest - 1);
            }
            for (int k = i; k < j; k++) {
                if (runMetres[k] > 0) {
                    while (tail > head && runMetres[deque[tail - 1]] <= runMetres[k]) {
                        tail--;
                    }
                    deque[tail++] = k;
                }
            }
            i = j;
        }
    }

    private ShoeUse[] shoeUse() {
        ShoeUse[] use = new ShoeUse[shoes.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int s = 0; s < use.length; s++) {
            use[s] = new ShoeUse();
            index.put(shoes.get(s).id(), s);
        }
        for (int i = 0; i < runs.length; i++) {
            Integer s = runs[i].shoeId() == null ? null : index.get(runs[i].shoeId());
            if (s == null || runDay[i] < shoes.get(s).start().toEpochDay()) {
                continue;
            }
            ShoeUse u = use[s];
            u.metres += runMetres[i];
            u.runs++;
            u.lastUsed = runs[i].date();
            u.usedRecently |= isRecent(i);
            if (u.pastAlertOn == null
                    && u.metres >= shoes.get(s).alertDistance().metres()) {
                u.pastAlertOn = runs[i].date();
            }
        }
        return use;
    }

    int dayIndex(LocalDate date) {
        return (int) (date.toEpochDay() - spanStartDay);
    }

    /** Distance of the ISO week starting {@code monday}, counting days up to today. */
    double weekMetres(LocalDate monday) {
        double m = 0;
        int first = dayIndex(monday);
        for (int d = Math.max(0, first); d < first + 7 && d < dayMetres.length; d++) {
            m += dayMetres[d];
        }
        return m;
    }

    private List<WeekSummary> weeks(LocalDate firstMonday, int count) {
        // per-day moving time and load only for the report's weeks
        long firstDay = firstMonday.toEpochDay();
        int days = count * 7;
        double[] load = new double[days];
        long[] millis = new long[days];
        int[] withEffort = new int[days];
        for (int i = 0; i < runs.length; i++) {
            long d = runDay[i] - firstDay;
            if (d >= 0) {
                load[(int) d] += runs[i].load();
                millis[(int) d] += runs[i].moving().toMillis();
                withEffort[(int) d] += runs[i].effort() == null ? 0 : 1;
            }
        }
        List<WeekSummary> weeks = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            double metres = 0;
            double weekLoad = 0;
            long weekMillis = 0;
            int weekRuns = 0;
            int efforts = 0;
            int rest = 0;
            for (int k = 0; k < 7; k++) {
                long day = firstDay + w * 7L + k;
                if (day > todayDay) {
                    break;
                }
                int at = w * 7 + k;
                int span = (int) (day - spanStartDay);
                int runsThatDay = span >= 0 ? dayRuns[span] : 0;
                metres += span >= 0 ? dayMetres[span] : 0;
                weekRuns += runsThatDay;
                rest += runsThatDay == 0 ? 1 : 0;
                weekLoad += load[at];
                weekMillis += millis[at];
                efforts += withEffort[at];
            }
            double mean = weekLoad / 7;
            double sq = 0;
            for (int k = 0; k < 7; k++) {
                double diff = load[w * 7 + k] - mean;
                sq += diff * diff;
            }
            boolean complete = firstDay + w * 7L + 6 < todayDay;
            weeks.add(new WeekSummary(
                    monday,
                    Distance.ofMetres(metres),
                    Duration.ofMillis(weekMillis),
                    weekRuns,
                    efforts,
                    rest,
                    complete,
                    weekLoad,
                    mean,
                    Math.sqrt(sq / 7)));
        }
        return weeks;
    }

    private AcuteChronic acuteChronic() {
        if (runs.length == 0) {
            return new AcuteChronic(today, 0, 0, false, null);
        }
        long firstRunDay = Arrays.stream(runDay).min().orElseThrow();
        double la = 2.0 / (ACUTE_DAYS + 1);
        double lc = 2.0 / (CHRONIC_DAYS + 1);
        double acute = 0;
        double chronic = 0;
        double chronicWeekAgo = 0;
        int last = dayMetres.length - 1;
        for (int d = (int) (firstRunDay - spanStartDay); d <= last; d++) {
            double km = dayMetres[d] / 1000;
            acute = km * la + (1 - la) * acute;
            chronic = km * lc + (1 - lc) * chronic;
            if (d == last - ACUTE_DAYS) {
                chronicWeekAgo = chronic;
            }
        }
        boolean enough = firstRunDay <= todayDay - (ACUTE_DAYS + CHRONIC_DAYS);
        return new AcuteChronic(today, acute, chronicWeekAgo, enough, null);
    }

    private List<Streak> streaks(long fromDay) {
        List<Streak> streaks = new ArrayList<>();
        int start = -1;
        for (int d = 0; d <= dayRuns.length; d++) {
            boolean ran = d < dayRuns.length && dayRuns[d] > 0;
            if (ran && start < 0) {
                start = d;
            } else if (!ran && start >= 0) {
                if (spanStartDay + d - 1 >= fromDay) {
                    streaks.add(new Streak(
                            LocalDate.ofEpochDay(spanStartDay + start), LocalDate.ofEpochDay(spanStartDay + d - 1)));
                }
                start = -1;
            }
        }
        return streaks;
    }

    private SurfaceMix surfaceMix() {
        double total = 0;
        double unknown = 0;
        Map<Surface, Double> metres = new EnumMap<>(Surface.class);
        for (int i = 0; i < runs.length; i++) {
            if (!isRecent(i)) {
                continue;
            }
            total += runMetres[i];
            Surface s = runs[i].surface();
            if (s == null) {
                unknown += runMetres[i];
            } else {
                metres.merge(s, runMetres[i], Double::sum);
            }
        }
        Map<Surface, Double> shares = new EnumMap<>(Surface.class);
        final double sum = total;
        metres.forEach((s, m) -> shares.put(s, sum > 0 ? m / sum : 0));
        return new SurfaceMix(Distance.ofMetres(total), shares, total > 0 ? unknown / total : 0);
    }

    private WarmUps warmUps() {
        int n = 0;
        int recorded = 0;
        int done = 0;
        for (int i = 0; i < runs.length; i++) {
            if (isRecent(i)) {
                n++;
                if (runs[i].warmUp() != null) {
                    recorded++;
                    done += runs[i].warmUp() ? 1 : 0;
                }
            }
        }
        return new WarmUps(n, recorded, done);
    }
}

package org.runmend.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the computed load into flags and context answers. Each rule is documented where it is
 * decided; thresholds that do not come from a study are marked as RunMend's own.
 *
 * <p>A finding is answered false only where the log covers everything the finding asks about.
 * "unsuitable-shoes" also means too tight or not made for running, and "hills-or-speed" also
 * covers jumping; the log can show the worn pair or the faster runs but never rule the rest out,
 * so those two are only ever answered true. "new-to-running" is left to the runner: a log that
 * starts recently may only mean the app is new.
 */
final class RiskFlags {
    /** Weekly progression threshold of Nielsen et al. 2014 (J Orthop Sports Phys Ther 44(10):739-747). */
    static final double WEEKLY_RISE = 0.30;
    /** RunMend's own: a weekly rise under 5 km is not "sharp" whatever its percentage. */
    static final double WEEKLY_RISE_MIN_METRES = 5_000;
    static final int NEW_SHOE_DAYS = 21;
    /** The baseline for pace and climbing: the 12 weeks before the recent 4. */
    static final int BASELINE_DAYS = 84;
    /** RunMend's own heuristics for "hills-or-speed"; see {@link #fasterRuns} and {@link #moreClimbing}. */
    static final double FAST_FACTOR = 1.10;
    static final double FAST_SHARE_RISE = 0.25;
    static final double CLIMB_FACTOR = 1.5;
    static final double CLIMB_MIN_RISE_M_PER_KM = 5;
    /** RunMend's own minimum of recorded runs before a share says anything. */
    static final int MIN_RECORDED = 3;

    private final LoadAnalysis a;
    private final LocalDate today;
    private final List<Flag> flags = new ArrayList<>();
    private final List<ContextAnswer> answers = new ArrayList<>();

    RiskFlags(LoadAnalysis a) {
        this.a = a;
        this.today = a.today;
        List<Flag> spikes = runSpikes();
        List<Flag> weekly = weeklyIncreases();
        List<Flag> worn = wornShoes();
        List<Flag> fresh = newShoes();
        List<Flag> faster = fasterRuns();
        List<Flag> climbing = moreClimbing();
        flags.addAll(spikes);
        flags.addAll(weekly);
        flags.addAll(worn);
        flags.addAll(fresh);
        flags.addAll(faster);
        flags.addAll(climbing);

        loadIncrease(spikes, weekly);
        if (!worn.isEmpty()) {
            answers.add(new ContextAnswer("unsuitable-shoes", true, worn.get(0).explanation()));
        }
        newShoesAnswer(fresh);
        List<Flag> hillsOrSpeed = new ArrayList<>(faster);
        hillsOrSpeed.addAll(climbing);
        if (!hillsOrSpeed.isEmpty()) {
            answers.add(new ContextAnswer("hills-or-speed", true, hillsOrSpeed.get(0).explanation()));
        }
        hardSurface();
        noWarmUp();
    }

    List<Flag> flags() {
        return flags;
    }

    List<ContextAnswer> answers() {
        return answers;
    }

    private String day(LocalDate d) {
        return Words.date(d, today);
    }

    private List<Flag> runSpikes() {
        List<Flag> out = new ArrayList<>();
        for (int i = 0; i < a.runs.length; i++) {
            SpikeBand band = a.bands[i];
            if (!a.isRecent(i) || !band.isSpike()) {
                continue;
            }
            double increase = a.runMetres[i] / a.longestBefore[i] - 1;
            String study = switch (band) {
                case SMALL -> "runs 10 to 30% longer than the longest of the month before came with about 1.6 times"
                        + " the injury rate";
                case MODERATE -> "a jump of over 30% and up to double came with about 1.5 times the injury rate";
                default -> "runs more than twice as long as the longest of the month before came with about 2.3"
                        + " times the injury rate";
            };
            out.add(new Flag(FlagKind.RUN_SPIKE, "Your " + Words.km(a.runMetres[i]) + " run on "
                    + day(a.runs[i].date()) + " was " + Words.percent(increase) + " longer than your longest run in"
                    + " the 30 days before it (" + Words.km(a.longestBefore[i]) + "). In a large study of runners, "
                    + study + ".", List.of(a.runs[i].date())));
        }
        return out;
    }

    /**
     * A week of the last four rose by over 30% on the week before (Nielsen et al. 2014 saw more
     * distance-related injuries above 30%, HR 1.59, 95% CI 0.96-2.66; Frandsen et al. 2025 saw no
     * link for the week-to-week ratio), by at least 5 km, and above each of the 4 weeks before it,
     * so that a normal week after an easy one is not called a jump. The log must reach back to
     * those 4 weeks: the first weeks of a log compare with weeks that were not logged, not with
     * weeks without running.
     */
    private List<Flag> weeklyIncreases() {
        List<Flag> out = new ArrayList<>();
        if (a.runs.length == 0) {
            return out;
        }
        long firstRunDay = Arrays.stream(a.runDay).min().orElseThrow();
        LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
        for (int w = 3; w >= 0; w--) {
            LocalDate monday = thisMonday.minusWeeks(w);
            if (firstRunDay > monday.minusWeeks(4).toEpochDay()) {
                continue;
            }
            double metres = a.weekMetres(monday);
            double previous = a.weekMetres(monday.minusWeeks(1));
            double highest = previous;
            for (int k = 2; k <= 4; k++) {
                highest = Math.max(highest, a.weekMetres(monday.minusWeeks(k)));
            }
            if (metres > previous * (1 + WEEKLY_RISE) + 1e-6 && metres - previous >= WEEKLY_RISE_MIN_METRES
                    && metres > highest) {
                String rise = previous > 0
                        ? Words.percent(metres / previous - 1) + " more than the week before (" + Words.km(previous) + ")"
                        : "after a week without running";
                out.add(new Flag(FlagKind.WEEKLY_INCREASE, "You ran " + Words.km(metres) + " in the week of "
                        + day(monday) + ", " + rise + " and more than in any of the 4 weeks before. Raising weekly"
                        + " distance by more than about 30% at a time has been linked to some running injuries,"
                        + " though studies disagree on how much it matters; a single run much longer than usual is"
                        + " the clearer warning sign.", List.of(monday)));
            }
        }
        return out;
    }

    private List<Flag> wornShoes() {
        List<Flag> out = new ArrayList<>();
        for (int s = 0; s < a.shoes.size(); s++) {
            Shoe shoe = a.shoes.get(s);
            LoadAnalysis.ShoeUse u = a.shoeUse[s];
            if (shoe.retired() || u.pastAlertOn == null || !u.usedRecently) {
                continue;
            }
            List<LocalDate> dates = u.pastAlertOn.equals(u.lastUsed) ? List.of(u.lastUsed)
                    : List.of(u.pastAlertOn, u.lastUsed);
            out.add(new Flag(FlagKind.WORN_SHOES, "Your shoes \"" + shoe.name() + "\" have " + Words.km(u.metres)
                    + " on them, past the " + Words.km(shoe.alertDistance().metres()) + " you set as a reminder,"
                    + " and you last ran in them on " + day(u.lastUsed) + ". Worn shoes give less cushioning and"
                    + " support; it may be time for a new pair.", dates));
        }
        return out;
    }

    private List<Flag> newShoes() {
        List<Flag> out = new ArrayList<>();
        LocalDate since = today.minusDays(NEW_SHOE_DAYS - 1L);
        for (Shoe shoe : a.shoes) {
            if (!shoe.retired() && !shoe.start().isBefore(since) && !shoe.start().isAfter(today)) {
                out.add(new Flag(FlagKind.NEW_SHOES, "You started running in \"" + shoe.name() + "\" on "
                        + day(shoe.start()) + ". New shoes, especially flatter or lighter ones, change how your feet"
                        + " and calves are loaded; give your legs a few weeks to get used to them.",
                        List.of(shoe.start())));
            }
        }
        return out;
    }

    /**
     * RunMend's own heuristic, not from a study: a "fast" run has an average moving speed at least
     * 10% above the median of the 12 weeks before the last 4 (at least 5 runs of 1 km or more
     * there). Flagged when at least 2 recent runs are fast and their share is at least 25 points
     * above the baseline's. Average pace hides intervals with easy recoveries, so this misses
     * some speed work; it does not invent any.
     */
    private List<Flag> fasterRuns() {
        long baseStart = a.recentStartDay - BASELINE_DAYS;
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < a.runs.length; i++) {
            if (a.runDay[i] >= baseStart && !a.isRecent(i) && speed(i) > 0) {
                baseline.add(speed(i));
            }
        }
        if (baseline.size() < 5) {
            return List.of();
        }
        double[] sorted = baseline.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double fastSpeed = median * FAST_FACTOR;
        long baseFast = Arrays.stream(sorted).filter(v -> v >= fastSpeed).count();
        int recent = 0;
        List<LocalDate> fastDates = new ArrayList<>();
        for (int i = 0; i < a.runs.length; i++) {
            if (a.isRecent(i) && speed(i) > 0) {
                recent++;
                if (speed(i) >= fastSpeed) {
                    fastDates.add(a.runs[i].date());
                }
            }
        }
        if (fastDates.size() < 2
                || (double) fastDates.size() / recent < (double) baseFast / sorted.length + FAST_SHARE_RISE) {
            return List.of();
        }
        return List.of(new Flag(FlagKind.FASTER_RUNS, "In the last 4 weeks, " + fastDates.size() + " of your "
                + recent + " runs were at least 10% faster than your usual pace of the 12 weeks before ("
                + Words.pace(median) + " per km), against " + baseFast + " of " + sorted.length + " then. Adding"
                + " fast running quickly is a common reason for sore legs.", fastDates));
    }

    /** Average moving speed in m/s for runs of at least 1 km and a minute; 0 when not usable. */
    private double speed(int i) {
        double seconds = a.runs[i].moving().toMillis() / 1000.0;
        return a.runMetres[i] >= 1000 && seconds >= 60 ? a.runMetres[i] / seconds : 0;
    }

    /**
     * RunMend's own heuristic, not from a study: metres climbed per km over runs with a recorded
     * climb (1 km or more), the last 4 weeks (at least 2 runs) against the 12 weeks before (at
     * least 5 runs). Flagged at 1.5 times the baseline and at least 5 m/km more.
     */
    private List<Flag> moreClimbing() {
        long baseStart = a.recentStartDay - BASELINE_DAYS;
        double baseGain = 0;
        double baseKm = 0;
        int baseRuns = 0;
        double recentGain = 0;
        double recentKm = 0;
        int recentRuns = 0;
        for (int i = 0; i < a.runs.length; i++) {
            Double gain = a.runs[i].elevationGainMetres();
            if (gain == null || a.runMetres[i] < 1000 || a.runDay[i] < baseStart) {
                continue;
            }
            if (a.isRecent(i)) {
                recentGain += gain;
                recentKm += a.runMetres[i] / 1000;
                recentRuns++;
            } else {
                baseGain += gain;
                baseKm += a.runMetres[i] / 1000;
                baseRuns++;
            }
        }
        if (baseRuns < 5 || recentRuns < 2) {
            return List.of();
        }
        double base = baseGain / baseKm;
        double recent = recentGain / recentKm;
        if (recent < base * CLIMB_FACTOR || recent - base < CLIMB_MIN_RISE_M_PER_KM) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < a.runs.length; i++) {
            Double gain = a.runs[i].elevationGainMetres();
            if (a.isRecent(i) && gain != null && a.runMetres[i] >= 1000 && gain / (a.runMetres[i] / 1000) >= base * CLIMB_FACTOR) {
                dates.add(a.runs[i].date());
            }
        }
        return List.of(new Flag(FlagKind.MORE_CLIMBING, "In the last 4 weeks you climbed " + Words.number(recent)
                + " m per km on average, against " + Words.number(base) + " m per km in the 12 weeks before. More"
                + " hills, up and especially down, load the calves, knees and thighs in ways they may not be used"
                + " to yet.", dates));
    }

    /**
     * True when a spike or weekly rise was flagged. False only when the log reaches back far enough
     * for every recent run to have its full 30 days of history (a run 57 days before today or earlier).
     */
    private void loadIncrease(List<Flag> spikes, List<Flag> weekly) {
        if (!spikes.isEmpty() || !weekly.isEmpty()) {
            Flag first = !spikes.isEmpty() ? spikes.get(spikes.size() - 1) : weekly.get(weekly.size() - 1);
            answers.add(new ContextAnswer("load-increase", true, first.explanation()));
            return;
        }
        boolean longEnough = a.runs.length > 0
                && Arrays.stream(a.runDay).min().orElseThrow() <= a.recentStartDay - LoadAnalysis.SPIKE_LOOKBACK_DAYS;
        if (longEnough) {
            answers.add(new ContextAnswer("load-increase", false, "In the last 4 weeks no run was more than 10%"
                    + " longer than your longest of the 30 days before it, and your weekly distance did not jump."));
        }
    }

    /**
     * True with a pair started in the last 3 weeks. False only when the runner keeps a shoe list,
     * ran in the last 3 weeks, and every such run names a known pair that was started before and
     * also worn in the 8 weeks before; a switch back to an old, long-unused pair stays unanswered.
     */
    private void newShoesAnswer(List<Flag> fresh) {
        if (!fresh.isEmpty()) {
            answers.add(new ContextAnswer("new-shoes", true, fresh.get(fresh.size() - 1).explanation()));
            return;
        }
        if (a.shoes.isEmpty()) {
            return;
        }
        Map<String, Shoe> byId = new HashMap<>();
        a.shoes.forEach(s -> byId.put(s.id(), s));
        long since = a.todayDay - NEW_SHOE_DAYS + 1;
        long before = since - 56;
        Map<String, Boolean> wornBefore = new HashMap<>();
        for (int i = 0; i < a.runs.length; i++) {
            String id = a.runs[i].shoeId();
            if (id != null && a.runDay[i] >= before && a.runDay[i] < since) {
                wornBefore.put(id, true);
            }
        }
        int recent = 0;
        for (int i = 0; i < a.runs.length; i++) {
            if (a.runDay[i] < since) {
                continue;
            }
            recent++;
            String id = a.runs[i].shoeId();
            Shoe shoe = id == null ? null : byId.get(id);
            if (shoe == null || shoe.start().toEpochDay() >= since || !wornBefore.containsKey(id)) {
                return;
            }
        }
        if (recent > 0) {
            answers.add(new ContextAnswer("new-shoes", false, "Every run of the last 3 weeks was in a pair you had"
                    + " already been running in."));
        }
    }

    /**
     * Road counts as hard; track, treadmill, trail and grass do not. Answered when at least 3
     * recent runs and half the recent distance have a surface; "mostly" means over half of that.
     */
    private void hardSurface() {
        double total = 0;
        double known = 0;
        double road = 0;
        int knownRuns = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < a.runs.length; i++) {
            if (!a.isRecent(i)) {
                continue;
            }
            total += a.runMetres[i];
            Surface s = a.runs[i].surface();
            if (s != null) {
                known += a.runMetres[i];
                knownRuns++;
                if (s == Surface.ROAD) {
                    road += a.runMetres[i];
                    first = first == null ? a.runs[i].date() : first;
                    last = a.runs[i].date();
                }
            }
        }
        if (knownRuns < MIN_RECORDED || known < total / 2 || known <= 0) {
            return;
        }
        double share = road / known;
        String said = Words.percent(share) + " of the distance you ran in the last 4 weeks, where you noted the"
                + " surface, was on road.";
        if (share > 0.5) {
            List<LocalDate> dates = first.equals(last) ? List.of(first) : List.of(first, last);
            Flag flag = new Flag(FlagKind.HARD_SURFACE, said + " Hard ground is often blamed for sore feet and"
                    + " shins; the evidence for that is weak, but trails or grass can feel better while something"
                    + " hurts.", dates);
            flags.add(flag);
            answers.add(new ContextAnswer("hard-surface", true, said));
        } else {
            answers.add(new ContextAnswer("hard-surface", false, said));
        }
    }

    /** Answered when at least 3 recent runs record the warm-up; flagged under half, exactly half is not. */
    private void noWarmUp() {
        int recorded = 0;
        int done = 0;
        List<LocalDate> without = new ArrayList<>();
        for (int i = 0; i < a.runs.length; i++) {
            Boolean w = a.runs[i].warmUp();
            if (a.isRecent(i) && w != null) {
                recorded++;
                if (w) {
                    done++;
                } else {
                    without.add(a.runs[i].date());
                }
            }
        }
        if (recorded < MIN_RECORDED) {
            return;
        }
        String said = "You noted a warm-up before " + done + " of the " + recorded + " runs in the last 4 weeks"
                + " where you recorded it.";
        if (done * 2 < recorded) {
            flags.add(new Flag(FlagKind.NO_WARMUP, said + " Setting off hard with cold muscles makes a pull more"
                    + " likely; a few minutes of walking or easy jogging first helps.", without));
            answers.add(new ContextAnswer("no-warmup", true, said));
        } else {
            answers.add(new ContextAnswer("no-warmup", false, said));
        }
    }
}

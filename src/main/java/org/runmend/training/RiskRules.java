package org.runmend.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmend.training.LoadHistory.RunLoad;
import org.runmend.training.LoadHistory.ShoeLoad;

/**
 * The rules behind the training flags. Each rule is a small type that reads a {@link LoadHistory}
 * and returns what it found as data; {@link RiskWording} turns that into words, and {@link
 * RiskFlags} puts the flags and context answers together.
 *
 * <p>Thresholds from a study cite it; the others are RunMend's own choices, not from any study,
 * and say so.
 */
final class RiskRules {
    /** Weekly progression threshold of Nielsen et al. 2014 (J Orthop Sports Phys Ther 44(10):739-747). */
    static final double WEEKLY_RISE = 0.30;
    /** RunMend's own: a weekly rise under 5 km is not "sharp" whatever its percentage. */
    static final double WEEKLY_RISE_MIN_METRES = 5_000;
    /** RunMend's own: a pair is "new" for its first 3 weeks. */
    static final int NEW_SHOE_DAYS = 21;
    /** RunMend's own: a pair counts as already worn in when it was run in during the 8 weeks before those. */
    static final int WORN_IN_DAYS = 56;
    /** RunMend's own: the baseline for pace and climbing, the 12 weeks before the recent 4. */
    static final int BASELINE_DAYS = 84;
    /** RunMend's own: at least this many baseline runs before pace or climbing is compared. */
    static final int MIN_BASELINE_RUNS = 5;
    /** RunMend's own: at least this many recent runs before climbing is compared. */
    static final int MIN_RECENT_CLIMB_RUNS = 2;
    /** RunMend's own: at least this many recent fast runs before "faster" is said. */
    static final int MIN_FAST_RUNS = 2;
    /** RunMend's own: runs shorter than 1000 m or 60 s say nothing about pace or climbing. */
    static final double MIN_RUN_METRES = 1000;

    static final double MIN_RUN_SECONDS = 60;
    /** RunMend's own heuristics for "hills-or-speed"; see {@link FasterRuns} and {@link MoreClimbing}. */
    static final double FAST_FACTOR = 1.10;

    static final double FAST_SHARE_RISE = 0.25;
    static final double CLIMB_FACTOR = 1.5;
    static final double CLIMB_MIN_RISE_M_PER_KM = 5;
    /** RunMend's own minimum of recorded runs before a share says anything. */
    static final int MIN_RECORDED = 3;
    /** RunMend's own: "mostly on road" is over this share, "warm-up on most runs" at least it. */
    static final double HALF = 0.5;

    private RiskRules() {}

    /** Recent runs over 10% longer than the longest of the 30 days before (Frandsen et al. 2025 bands). */
    static final class RunSpikes {
        record LongerRun(LocalDate date, double metres, double longestBefore, SpikeBand band) {
            double increase() {
                return metres / longestBefore - 1;
            }
        }

        static List<LongerRun> find(LoadHistory h) {
            List<LongerRun> out = new ArrayList<>();
            for (RunLoad r : h.runs()) {
                if (r.recent() && r.band().isSpike()) {
                    out.add(new LongerRun(r.date(), r.metres(), r.longestBefore(), r.band()));
                }
            }
            return out;
        }
    }

    /**
     * A week of the last four rose by over 30% on the week before (Nielsen et al. 2014 saw more
     * distance-related injuries above 30%, HR 1.59, 95% CI 0.96-2.66; Frandsen et al. 2025 saw no
     * link for the week-to-week ratio), by at least 5 km, and above each of the 4 weeks before it,
     * so that a normal week after an easy one is not called a jump. The log must reach back to
     * those 4 weeks: the first weeks of a log compare with weeks that were not logged, not with
     * weeks without running.
     */
    static final class WeeklyIncreases {
        record WeeklyRise(LocalDate monday, double metres, double previous) {}

        static List<WeeklyRise> find(LoadHistory h) {
            List<WeeklyRise> out = new ArrayList<>();
            if (h.runs().isEmpty()) {
                return out;
            }
            long firstRunDay = h.firstRunDay().orElseThrow();
            LocalDate thisMonday = h.today().with(DayOfWeek.MONDAY);
            for (int w = 3; w >= 0; w--) {
                LocalDate monday = thisMonday.minusWeeks(w);
                if (firstRunDay > monday.minusWeeks(4).toEpochDay()) {
                    continue;
                }
                double metres = h.weekMetres(monday);
                double previous = h.weekMetres(monday.minusWeeks(1));
                double highest = previous;
                for (int k = 2; k <= 4; k++) {
                    highest = Math.max(highest, h.weekMetres(monday.minusWeeks(k)));
                }
                if (metres > previous * (1 + WEEKLY_RISE) + 1e-6
                        && metres - previous >= WEEKLY_RISE_MIN_METRES
                        && metres > highest) {
                    out.add(new WeeklyRise(monday, metres, previous));
                }
            }
            return out;
        }
    }

    /** Pairs past their alert distance, run in recently and not retired. */
    static final class WornShoes {
        record WornPair(Shoe shoe, double metres, LocalDate pastAlertOn, LocalDate lastUsed) {
            List<LocalDate> dates() {
                return pastAlertOn.equals(lastUsed) ? List.of(lastUsed) : List.of(pastAlertOn, lastUsed);
            }
        }

        static List<WornPair> find(LoadHistory h) {
            List<WornPair> out = new ArrayList<>();
            for (ShoeLoad u : h.shoes()) {
                if (!u.shoe().retired() && u.pastAlertOn() != null && u.usedRecently()) {
                    out.add(new WornPair(u.shoe(), u.metres(), u.pastAlertOn(), u.lastUsed()));
                }
            }
            return out;
        }
    }

    /** Pairs started in the last {@value #NEW_SHOE_DAYS} days and not retired. */
    static final class NewShoes {
        static List<Shoe> find(LoadHistory h) {
            List<Shoe> out = new ArrayList<>();
            LocalDate since = h.today().minusDays(NEW_SHOE_DAYS - 1L);
            for (ShoeLoad u : h.shoes()) {
                Shoe shoe = u.shoe();
                if (!shoe.retired()
                        && !shoe.start().isBefore(since)
                        && !shoe.start().isAfter(h.today())) {
                    out.add(shoe);
                }
            }
            return out;
        }

        /**
         * True when the runner keeps a shoe list, ran in the last 3 weeks, and every such run names a
         * known pair that was started before and also worn in the {@value #WORN_IN_DAYS} days before;
         * a switch back to an old, long-unused pair is not ruled out.
         */
        static boolean ruledOut(LoadHistory h) {
            if (h.shoes().isEmpty()) {
                return false;
            }
            Map<String, Shoe> byId = new HashMap<>();
            h.shoes().forEach(s -> byId.put(s.shoe().id(), s.shoe()));
            long since = h.today().toEpochDay() - NEW_SHOE_DAYS + 1;
            long before = since - WORN_IN_DAYS;
            Set<String> wornBefore = new HashSet<>();
            for (RunLoad r : h.runs()) {
                String id = r.run().shoeId();
                if (id != null && r.day() >= before && r.day() < since) {
                    wornBefore.add(id);
                }
            }
            int recent = 0;
            for (RunLoad r : h.runs()) {
                if (r.day() < since) {
                    continue;
                }
                recent++;
                String id = r.run().shoeId();
                Shoe shoe = id == null ? null : byId.get(id);
                if (shoe == null || shoe.start().toEpochDay() >= since || !wornBefore.contains(id)) {
                    return false;
                }
            }
            return recent > 0;
        }
    }

    /**
     * RunMend's own heuristic, not from a study: a "fast" run has an average moving speed at least
     * 10% above the median of the 12 weeks before the last 4 (at least {@value #MIN_BASELINE_RUNS}
     * runs of 1 km or more there). Found when at least 2 recent runs are fast and their share is at
     * least 25 points above the baseline's. Average pace hides intervals with easy recoveries, so
     * this misses some speed work; it does not invent any.
     */
    static final class FasterRuns {
        record FastShare(
                List<LocalDate> fastDates, int recentRuns, double medianSpeed, long baselineFast, int baselineRuns) {}

        static Optional<FastShare> find(LoadHistory h) {
            long baseStart = h.recentStartDay() - BASELINE_DAYS;
            List<Double> baseline = new ArrayList<>();
            for (RunLoad r : h.runs()) {
                if (r.day() >= baseStart && !r.recent() && speed(r) > 0) {
                    baseline.add(speed(r));
                }
            }
            if (baseline.size() < MIN_BASELINE_RUNS) {
                return Optional.empty();
            }
            double[] sorted =
                    baseline.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted.length % 2 == 1
                    ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            double fastSpeed = median * FAST_FACTOR;
            long baseFast = Arrays.stream(sorted).filter(v -> v >= fastSpeed).count();
            int recent = 0;
            List<LocalDate> fastDates = new ArrayList<>();
            for (RunLoad r : h.runs()) {
                if (r.recent() && speed(r) > 0) {
                    recent++;
                    if (speed(r) >= fastSpeed) {
                        fastDates.add(r.date());
                    }
                }
            }
            if (fastDates.size() < MIN_FAST_RUNS
                    || (double) fastDates.size() / recent < (double) baseFast / sorted.length + FAST_SHARE_RISE) {
                return Optional.empty();
            }
            return Optional.of(new FastShare(fastDates, recent, median, baseFast, sorted.length));
        }

        /** Average moving speed in m/s for runs of at least 1 km and a minute; 0 when not usable. */
        private static double speed(RunLoad r) {
            double seconds = r.run().moving().toMillis() / 1000.0;
            return r.metres() >= MIN_RUN_METRES && seconds >= MIN_RUN_SECONDS ? r.metres() / seconds : 0;
        }
    }

    /**
     * RunMend's own heuristic, not from a study: metres climbed per km over runs with a recorded
     * climb (1 km or more), the last 4 weeks (at least 2 runs) against the 12 weeks before (at
     * least {@value #MIN_BASELINE_RUNS} runs). FastShare at 1.5 times the baseline and at least 5 m/km more.
     */
    static final class MoreClimbing {
        record ClimbRise(double recentPerKm, double baselinePerKm, List<LocalDate> dates) {}

        static Optional<ClimbRise> find(LoadHistory h) {
            long baseStart = h.recentStartDay() - BASELINE_DAYS;
            double baseGain = 0;
            double baseKm = 0;
            int baseRuns = 0;
            double recentGain = 0;
            double recentKm = 0;
            int recentRuns = 0;
            for (RunLoad r : h.runs()) {
                Double gain = r.run().elevationGainMetres();
                if (gain == null || r.metres() < MIN_RUN_METRES || r.day() < baseStart) {
                    continue;
                }
                if (r.recent()) {
                    recentGain += gain;
                    recentKm += r.metres() / 1000;
                    recentRuns++;
                } else {
                    baseGain += gain;
                    baseKm += r.metres() / 1000;
                    baseRuns++;
                }
            }
            if (baseRuns < MIN_BASELINE_RUNS || recentRuns < MIN_RECENT_CLIMB_RUNS) {
                return Optional.empty();
            }
            double base = baseGain / baseKm;
            double recent = recentGain / recentKm;
            if (recent < base * CLIMB_FACTOR || recent - base < CLIMB_MIN_RISE_M_PER_KM) {
                return Optional.empty();
            }
            List<LocalDate> dates = new ArrayList<>();
            for (RunLoad r : h.runs()) {
                Double gain = r.run().elevationGainMetres();
                if (r.recent()
                        && gain != null
                        && r.metres() >= MIN_RUN_METRES
                        && gain / (r.metres() / 1000) >= base * CLIMB_FACTOR) {
                    dates.add(r.date());
                }
            }
            return Optional.of(new ClimbRise(recent, base, dates));
        }
    }

    /**
     * The log rules out a load increase only when it reaches back far enough for every recent run
     * to have its full 30 days of history (a run 57 days before today or earlier).
     */
    static final class LoadHistoryLength {
        /**
         * Whether the log can say there was no sharp increase: it has recent runs (with none, as
         * after an imported history that ended months ago, the log knows nothing of what the runner
         * did lately) and goes back far enough before them to compare.
         */
        static boolean coversEveryRecentRun(LoadHistory h) {
            return h.runs().stream().anyMatch(RunLoad::recent)
                    && h.firstRunDay().orElseThrow() <= h.recentStartDay() - LoadAnalysis.SPIKE_LOOKBACK_DAYS;
        }
    }

    /**
     * Road counts as hard; track, treadmill, trail and grass do not. Found when at least
     * {@value #MIN_RECORDED} recent runs and half the recent distance have a surface; "mostly"
     * means over half of that.
     */
    static final class HardSurface {
        record RoadShare(double roadShare, LocalDate firstRoad, LocalDate lastRoad) {
            boolean mostlyRoad() {
                return roadShare > HALF;
            }

            List<LocalDate> dates() {
                return firstRoad.equals(lastRoad) ? List.of(firstRoad) : List.of(firstRoad, lastRoad);
            }
        }

        static Optional<RoadShare> find(LoadHistory h) {
            double total = 0;
            double known = 0;
            double road = 0;
            int knownRuns = 0;
            LocalDate first = null;
            LocalDate last = null;
            for (RunLoad r : h.runs()) {
                if (!r.recent()) {
                    continue;
                }
                total += r.metres();
                Surface s = r.run().surface();
                if (s != null) {
                    known += r.metres();
                    knownRuns++;
                    if (s == Surface.ROAD) {
                        road += r.metres();
                        first = first == null ? r.date() : first;
                        last = r.date();
                    }
                }
            }
            if (knownRuns < MIN_RECORDED || known < total / 2 || known <= 0) {
                return Optional.empty();
            }
            return Optional.of(new RoadShare(road / known, first, last));
        }
    }

    /** RoadShare when at least {@value #MIN_RECORDED} recent runs record the warm-up; "without" under half. */
    static final class WarmUpCount {
        record WarmUpShare(int done, int recorded, List<LocalDate> without) {
            boolean mostlyWithout() {
                return done < recorded * HALF;
            }
        }

        static Optional<WarmUpShare> find(LoadHistory h) {
            int recorded = 0;
            int done = 0;
            List<LocalDate> without = new ArrayList<>();
            for (RunLoad r : h.runs()) {
                Boolean w = r.run().warmUp();
                if (r.recent() && w != null) {
                    recorded++;
                    if (w) {
                        done++;
                    } else {
                        without.add(r.date());
                    }
                }
            }
            return recorded < MIN_RECORDED ? Optional.empty() : Optional.of(new WarmUpShare(done, recorded, without));
        }
    }
}

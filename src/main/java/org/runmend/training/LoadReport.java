package org.runmend.training;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a runner's log says about load and injury-risk context, as of {@code today}.
 *
 * @param weeks          the report's ISO weeks, oldest first, ending with today's (partial) week
 * @param runs           every run in those weeks (up to today) against its 30-day longest run
 * @param acuteChronic   context only; see {@link AcuteChronic}
 * @param streaks        runs of consecutive running days that end in the report's weeks, oldest first;
 *                       a streak that began before the first week is shown whole
 * @param shoes          every pair in the log, in the log's order
 * @param surfaceMix     last 28 days
 * @param warmUps        last 28 days
 * @param flags          what deserves attention, in the order of {@link FlagKind}, then by date
 * @param contextAnswers the contract context findings the data can answer, with the reason
 */
public record LoadReport(
        LocalDate today,
        List<WeekSummary> weeks,
        List<RunSpike> runs,
        AcuteChronic acuteChronic,
        List<Streak> streaks,
        List<ShoeWear> shoes,
        SurfaceMix surfaceMix,
        WarmUps warmUps,
        List<Flag> flags,
        List<ContextAnswer> contextAnswers) {
    public LoadReport {
        Objects.requireNonNull(today, "today");
        weeks = List.copyOf(weeks);
        runs = List.copyOf(runs);
        Objects.requireNonNull(acuteChronic, "acuteChronic");
        streaks = List.copyOf(streaks);
        shoes = List.copyOf(shoes);
        Objects.requireNonNull(surfaceMix, "surfaceMix");
        Objects.requireNonNull(warmUps, "warmUps");
        flags = List.copyOf(flags);
        contextAnswers = List.copyOf(contextAnswers);
    }

    /**
     * Context finding id to true (the log shows it) or false (the log shows it is not so), only for
     * the findings the data can speak to; a finding the data cannot tell is absent, never false.
     */
    public Map<String, Boolean> contextFindings() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        contextAnswers.forEach(a -> m.put(a.findingId(), a.present()));
        return Collections.unmodifiableMap(m);
    }

    public Optional<ContextAnswer> contextAnswer(String findingId) {
        return contextAnswers.stream()
                .filter(a -> a.findingId().equals(findingId))
                .findFirst();
    }

    public List<Flag> flags(FlagKind kind) {
        return flags.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The longest streak of running days among {@link #streaks()}; the latest on a tie. */
    public Optional<Streak> longestStreak() {
        return streaks.stream().max(Comparator.comparingInt(Streak::days).thenComparing(Streak::last));
    }

    /** The streak that includes today, or yesterday when today has no run yet. */
    public Optional<Streak> currentStreak() {
        if (streaks.isEmpty()) {
            return Optional.empty();
        }
        Streak last = streaks.get(streaks.size() - 1);
        return last.last().isBefore(today.minusDays(1)) ? Optional.empty() : Optional.of(last);
    }

    /** The week containing today. */
    public WeekSummary thisWeek() {
        return weeks.get(weeks.size() - 1);
    }
}

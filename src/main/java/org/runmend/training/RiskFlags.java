package org.runmend.training;

import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Units;

/**
 * Turns the computed load into flags and context answers: {@link RiskRules} find, {@link
 * RiskWording} words.
 *
 * <p>A finding is answered false only where the log covers everything the finding asks about.
 * "unsuitable-shoes" also means too tight or not made for running, and "hills-or-speed" also
 * covers jumping; the log can show the worn pair or the faster runs but never rule the rest out,
 * so those two are only ever answered true. "new-to-running" is left to the runner: a log that
 * starts recently may only mean the app is new.
 *
 * @param flags   in rule order: run spikes, weekly rises, worn and new shoes, faster runs, more
 *                climbing, hard surface, no warm-up
 * @param answers load-increase, unsuitable-shoes, new-shoes, hills-or-speed, hard-surface, no-warmup
 *                (each only when answered)
 */
record RiskFlags(List<Flag> flags, List<ContextAnswer> answers) {
    RiskFlags {
        flags = List.copyOf(flags);
        answers = List.copyOf(answers);
    }

    /** The flags and answers, their sentences giving distances in {@code units}. */
    static RiskFlags of(LoadHistory h, Units units) {
        RiskWording words = new RiskWording(h.today(), units);
        List<Flag> spikes =
                RiskRules.RunSpikes.find(h).stream().map(words::runSpike).toList();
        List<Flag> weekly = RiskRules.WeeklyIncreases.find(h).stream()
                .map(words::weeklyIncrease)
                .toList();
        List<Flag> worn =
                RiskRules.WornShoes.find(h).stream().map(words::wornShoes).toList();
        List<Flag> fresh =
                RiskRules.NewShoes.find(h).stream().map(words::newShoes).toList();
        List<Flag> faster =
                RiskRules.FasterRuns.find(h).map(words::fasterRuns).stream().toList();
        List<Flag> climbing =
                RiskRules.MoreClimbing.find(h).map(words::moreClimbing).stream().toList();
        List<Flag> flags = new ArrayList<>();
        flags.addAll(spikes);
        flags.addAll(weekly);
        flags.addAll(worn);
        flags.addAll(fresh);
        flags.addAll(faster);
        flags.addAll(climbing);
        List<ContextAnswer> answers = new ArrayList<>();

        // load-increase: true with a spike (the latest) or else a weekly rise (the latest)
        if (!spikes.isEmpty() || !weekly.isEmpty()) {
            Flag latest = !spikes.isEmpty() ? spikes.get(spikes.size() - 1) : weekly.get(weekly.size() - 1);
            answers.add(new ContextAnswer("load-increase", true, latest.explanation()));
        } else if (RiskRules.LoadHistoryLength.coversEveryRecentRun(h)) {
            answers.add(new ContextAnswer("load-increase", false, words.noLoadIncrease()));
        }
        if (!worn.isEmpty()) {
            answers.add(new ContextAnswer("unsuitable-shoes", true, worn.get(0).explanation()));
        }
        if (!fresh.isEmpty()) {
            answers.add(new ContextAnswer(
                    "new-shoes", true, fresh.get(fresh.size() - 1).explanation()));
        } else if (RiskRules.NewShoes.ruledOut(h)) {
            answers.add(new ContextAnswer("new-shoes", false, words.noNewShoes()));
        }
        List<Flag> hillsOrSpeed = new ArrayList<>(faster);
        hillsOrSpeed.addAll(climbing);
        if (!hillsOrSpeed.isEmpty()) {
            answers.add(new ContextAnswer(
                    "hills-or-speed", true, hillsOrSpeed.get(0).explanation()));
        }
        RiskRules.HardSurface.find(h).ifPresent(f -> {
            if (f.mostlyRoad()) {
                flags.add(words.hardSurface(f));
            }
            answers.add(new ContextAnswer("hard-surface", f.mostlyRoad(), words.roadShare(f)));
        });
        RiskRules.WarmUpCount.find(h).ifPresent(f -> {
            if (f.mostlyWithout()) {
                flags.add(words.noWarmUp(f));
            }
            answers.add(new ContextAnswer("no-warmup", f.mostlyWithout(), words.warmUps(f)));
        });
        return new RiskFlags(flags, answers);
    }
}

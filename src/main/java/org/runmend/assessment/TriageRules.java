package org.runmend.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.MustNotMissRule;
import org.runmend.knowledge.TriageFloor;
import org.runmend.knowledge.Triage;

/**
 * Sets the triage level as the contract (knowledge/contract/README.md) requires, in three layers, each of
 * which can only raise the level:
 * <ol>
 *   <li>the level of the condition that best explains the case;</li>
 *   <li>any more urgent condition that stays plausible: at least {@link #PLAUSIBLE_URGENT} for
 *       conditions needing a doctor today or now, {@link #PLAUSIBLE_SOON} for those needing a
 *       clinician within days. Missing a dangerous cause costs far more than a wasted visit, so
 *       the bar is lower the more urgent the condition;</li>
 *   <li>the must-not-miss rules (knowledge/must-not-miss.json): a published rule or pattern that
 *       says a dangerous condition cannot be ruled out sets at least that condition's level,
 *       whatever its probability, and names it;</li>
 *   <li>the floors: red-flag findings (knowledge/triage-floors.json), a pain score of 8 or more
 *       (at least soon), and pain lasting over 14 days, over 28 for the lower back (self-care
 *       becomes soon).</li>
 * </ol>
 */
final class TriageRules {
    static final double PLAUSIBLE_URGENT = 0.05;
    static final double PLAUSIBLE_SOON = 0.10;
    static final int SEVERE_PAIN = 8;
    static final int LONG_PAIN_DAYS = 14;
    static final int LONG_BACK_PAIN_DAYS = 28;
    /** A finding this strong for an escalating condition is named among the reasons for the triage. */
    static final double STRONG_RATIO = 3.0;

    private final KnowledgeBase kb;

    TriageRules(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * @param alternatives the conditions, other than the leading one, that raised the level because
     *                     they stay plausible and need a clinician sooner
     */
    record Decision(Triage level, List<String> redFlags, List<String> reasons, List<RankedCondition> alternatives) {
    }

    /** The level the floors alone fix for a case (its red flags, age and region), self-care when none applies. */
    Triage floorLevel(Case c) {
        Triage level = Triage.SELF_CARE;
        for (TriageFloor floor : kb.triageFloors()) {
            if (floor.appliesTo(c.region(), c.age(), c.painScore(), c::has)) {
                level = Triage.max(level, floor.level());
            }
        }
        return level;
    }

    Decision decide(Case c, List<RankedCondition> ranked) {
        RankedCondition top = ranked.get(0);
        Triage level = top.condition().triage();
        Set<String> redFlags = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        List<RankedCondition> alternatives = new ArrayList<>();
        reasons.add("Most likely: " + top.condition().name() + " (" + level + ").");
        if (level.isAbove(Triage.SOON)) {
            redFlags.addAll(raisingRedFlags(top));
        }

        for (RankedCondition rc : ranked.subList(1, ranked.size())) {
            Triage t = rc.condition().triage();
            double bar = t.isAbove(Triage.SOON) ? PLAUSIBLE_URGENT : PLAUSIBLE_SOON;
            if (t.isAbove(level) && rc.probability() >= bar) {
                level = t;
                reasons.add(String.format(java.util.Locale.ROOT,
                        "%s is still possible (%.0f%%) and needs %s, so the advice is set for it (%s).",
                        rc.condition().name(), 100 * rc.probability(), needs(t), t));
                redFlags.addAll(raisingRedFlags(rc));
                alternatives.add(rc);
            }
        }
        for (MustNotMissRule rule : kb.rulesHolding(c)) {
            Optional<RankedCondition> named = rule.condition() == null ? Optional.empty()
                    : ranked.stream().filter(rc -> rc.id().equals(rule.condition())).findFirst();
            Triage needs = named.map(rc -> rc.condition().triage()).orElse(rule.level());
            if (needs == null) {
                continue;
            }
            String what = named.map(rc -> rc.condition().name()).orElse(rule.name());
            reasons.add(String.format(java.util.Locale.ROOT, "%s cannot be ruled out: %s (%s); it needs %s (%s).",
                    what, rule.says(), rule.name(), needs(needs), needs));
            if (named.isPresent() && named.get() != top && !alternatives.contains(named.get())) {
                alternatives.add(named.get());
            }
            named.ifPresent(rc -> rule.findings().stream().filter(c::has).forEach(redFlags::add));
            level = Triage.max(level, needs);
        }
        for (TriageFloor floor : kb.triageFloors()) {
            if (floor.appliesTo(c.region(), c.age(), c.painScore(), c::has)) {
                if (floor.level().isAbove(level)) {
                    reasons.add(floor.reason() + ": at least " + floor.level() + ".");
                }
                level = Triage.max(level, floor.level());
                redFlags.addAll(floor.triggeredBy(c::has));
            }
        }
        if (c.painScore() != null && c.painScore() >= SEVERE_PAIN && Triage.SOON.isAbove(level)) {
            level = Triage.SOON;
            reasons.add("Pain of " + c.painScore() + " out of 10 needs a clinician's look: at least soon.");
        }
        int longPain = "lower-back".equals(c.region()) ? LONG_BACK_PAIN_DAYS : LONG_PAIN_DAYS;
        if (c.durationDays() != null && c.durationDays() > longPain && level == Triage.SELF_CARE) {
            level = Triage.SOON;
            reasons.add("Pain for " + c.durationDays() + " days (over " + longPain
                    + ") without settling should be examined: soon.");
        }
        return new Decision(level, List.copyOf(redFlags), reasons, List.copyOf(alternatives));
    }

    private static String needs(Triage t) {
        return switch (t) {
            case EMERGENCY -> "emergency care now";
            case URGENT -> "a doctor today";
            case SOON -> "a clinician within days";
            case SELF_CARE -> "self-care";
        };
    }

    /**
     * The findings stated present that raised a condition which escalated the triage: its red-flag
     * findings, and any other finding that multiplied its odds by {@value #STRONG_RATIO} or more.
     */
    private List<String> raisingRedFlags(RankedCondition rc) {
        return rc.reasons().stream()
                .filter(r -> r.present() && r.raises())
                .filter(r -> r.likelihoodRatio() >= STRONG_RATIO
                        || kb.finding(r.finding()).map(f -> f.isRedFlag()).orElse(false))
                .map(Reason::finding)
                .toList();
    }
}

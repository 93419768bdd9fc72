package org.runmend.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.MustNotMissRule;
import org.runmend.knowledge.Region;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageFloor;

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
 *       (at least soon), and pain lasting over 14 days, or over the region's own
 *       {@code longPainDays} in knowledge/regions.json (28 for the lower back), where self-care
 *       becomes soon.</li>
 * </ol>
 */
final class TriageRules {
    static final double PLAUSIBLE_URGENT = 0.05;
    static final double PLAUSIBLE_SOON = 0.10;
    static final int SEVERE_PAIN = 8;
    /** Days of pain after which self-care alone is not enough, in a region that gives no {@code longPainDays} of its own. */
    static final int LONG_PAIN_DAYS = 14;
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
    record Decision(
            Triage level, List<String> redFlags, List<Escalation> escalations, List<RankedCondition> alternatives) {}

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
        List<Escalation> escalations = new ArrayList<>();
        List<RankedCondition> alternatives = new ArrayList<>();
        escalations.add(Escalation.of(Escalation.Kind.LEADING_CONDITION, level, top));
        if (level.isAbove(Triage.SOON)) {
            redFlags.addAll(raisingRedFlags(top));
        }

        for (RankedCondition rc : ranked.subList(1, ranked.size())) {
            Triage t = rc.condition().triage();
            double bar = t.isAbove(Triage.SOON) ? PLAUSIBLE_URGENT : PLAUSIBLE_SOON;
            if (t.isAbove(level) && rc.probability() >= bar) {
                level = t;
                escalations.add(Escalation.of(Escalation.Kind.PLAUSIBLE_CONDITION, t, rc));
                redFlags.addAll(raisingRedFlags(rc));
                alternatives.add(rc);
            }
        }
        for (MustNotMissRule rule : kb.rulesHolding(c)) {
            Optional<RankedCondition> named = rule.condition() == null
                    ? Optional.empty()
                    : ranked.stream()
                            .filter(rc -> rc.id().equals(rule.condition()))
                            .findFirst();
            Triage needs = named.map(rc -> rc.condition().triage()).orElse(rule.level());
            if (needs == null) {
                continue;
            }
            escalations.add(Escalation.mustNotMiss(
                    rule,
                    needs,
                    named.orElse(null),
                    rule.findings().stream().filter(c::has).toList()));
            if (named.isPresent() && !named.get().equals(top) && !alternatives.contains(named.get())) {
                alternatives.add(named.get());
            }
            named.ifPresent(rc -> rule.findings().stream().filter(c::has).forEach(redFlags::add));
            level = Triage.max(level, needs);
        }
        for (TriageFloor floor : kb.triageFloors()) {
            if (floor.appliesTo(c.region(), c.age(), c.painScore(), c::has)) {
                level = Triage.max(level, floor.level());
                List<String> triggered = floor.triggeredBy(c::has);
                escalations.add(Escalation.floor(floor, triggered));
                redFlags.addAll(triggered);
            }
        }
        if (c.painScore() != null && c.painScore() >= SEVERE_PAIN && Triage.SOON.isAbove(level)) {
            level = Triage.SOON;
            escalations.add(Escalation.pain(Escalation.Kind.SEVERE_PAIN, Triage.SOON, c.painScore()));
        }
        if (c.durationDays() != null && c.durationDays() > longPainDays(c.region()) && level == Triage.SELF_CARE) {
            level = Triage.SOON;
            escalations.add(Escalation.pain(Escalation.Kind.LONG_PAIN, Triage.SOON, c.durationDays()));
        }
        return new Decision(level, List.copyOf(redFlags), List.copyOf(escalations), List.copyOf(alternatives));
    }

    /**
     * True when a condition that needs a clinician is still possible enough that the plan must not
     * tell the runner to keep running: at half the probability at which it would raise the triage.
     * The half is a margin of caution chosen here, not a figure from a study.
     */
    static boolean stillPossible(RankedCondition rc) {
        return rc.condition().triage().isAbove(Triage.SELF_CARE)
                && rc.probability() >= CAUTION * bar(rc.condition().triage());
    }

    /** True when a condition is likely enough to raise the triage to its own level. */
    static boolean plausible(RankedCondition rc) {
        return rc.probability() >= bar(rc.condition().triage());
    }

    private static double bar(Triage t) {
        return t.isAbove(Triage.SOON) ? PLAUSIBLE_URGENT : PLAUSIBLE_SOON;
    }

    /** The share of a condition's raising bar at which keep-running advice is withheld. */
    static final double CAUTION = 0.5;

    /** Days of pain after which self-care alone is not enough in a region (the region's data, else {@link #LONG_PAIN_DAYS}). */
    int longPainDays(String region) {
        return kb.region(region).map(Region::longPainDays).orElse(LONG_PAIN_DAYS);
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

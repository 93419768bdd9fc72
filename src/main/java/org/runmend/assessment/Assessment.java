package org.runmend.assessment;

import java.util.List;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.Triage;

/**
 * The pain check's answer for one case: ranked conditions, the triage level with the findings
 * and rules that set it, and the self-care plan for the leading condition.
 *
 * @param redFlags       finding ids that escalated the triage
 * @param triageReasons  plain-language lines saying which rule set each escalation
 * @param alternatives   conditions other than the leading one that set the triage: more urgent ones that stay plausible, and those a must-not-miss rule cannot rule out
 * @param plan           self-care entries for the leading condition (doctor advice only when urgent or worse)
 * @param contextTips    causes and prevention tips that match the context findings the runner stated
 */
public record Assessment(Case input, List<RankedCondition> conditions, Triage triage, List<String> redFlags,
                         List<String> triageReasons, List<RankedCondition> alternatives, List<SelfCareItem> plan, List<SelfCareItem> contextTips) {
    public Assessment {
        conditions = List.copyOf(conditions);
        redFlags = List.copyOf(redFlags);
        triageReasons = List.copyOf(triageReasons);
        alternatives = List.copyOf(alternatives);
        plan = List.copyOf(plan);
        contextTips = List.copyOf(contextTips);
    }

    public RankedCondition top() {
        return conditions.get(0);
    }

    /**
     * Whom to see and when: the most urgent condition that raised the triage when there is one
     * (so the answer never says "within a week or two" under an "urgent" headline), else the
     * leading condition's.
     */
    public org.runmend.knowledge.Condition.See whomToSee() {
        return alternatives.stream().map(RankedCondition::condition)
                .max(java.util.Comparator.comparing(org.runmend.knowledge.Condition::triage))
                .filter(c -> c.triage().isAbove(top().condition().triage()))
                .orElse(top().condition()).see();
    }
}

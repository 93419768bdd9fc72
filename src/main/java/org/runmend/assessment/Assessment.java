package org.runmend.assessment;

import java.util.List;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.Triage;

/**
 * The pain check's answer for one case: ranked conditions, the triage level with the rules that
 * set it, what the result says to the runner, and the self-care plan.
 *
 * @param redFlags      finding ids that escalated the triage
 * @param escalations   the rules that set or raised the triage, in the order they were applied
 * @param alternatives  conditions more urgent than the leading one that stay plausible and raised the triage, and those a must-not-miss rule cannot rule out
 * @param message       the headline, next step, whom to see and the reasons, all at the triage level
 * @param plan          self-care entries for the leading condition (doctor advice only when urgent or worse)
 * @param contextTips   causes and prevention tips that match the context findings the runner stated
 */
public record Assessment(
        Case input,
        List<RankedCondition> conditions,
        Triage triage,
        List<String> redFlags,
        List<Escalation> escalations,
        List<RankedCondition> alternatives,
        ResultMessage message,
        List<SelfCareItem> plan,
        List<SelfCareItem> contextTips) {
    public Assessment {
        conditions = List.copyOf(conditions);
        redFlags = List.copyOf(redFlags);
        escalations = List.copyOf(escalations);
        alternatives = List.copyOf(alternatives);
        plan = List.copyOf(plan);
        contextTips = List.copyOf(contextTips);
    }

    public RankedCondition top() {
        return conditions.get(0);
    }

    /** Plain-language lines saying which rule set the level, the deciding one first. */
    public List<String> triageReasons() {
        return message.reasons();
    }

    /** Whom to see and when, written for the triage level (see {@link ResultMessage}). */
    public ResultMessage.See whomToSee() {
        return message.see();
    }

    /**
     * True when the triage is above the leading condition's own level because of a more urgent
     * condition or a warning sign (not because of the pain score or how long it has lasted).
     */
    public boolean raisedForSomethingElse() {
        return triage.isAbove(top().condition().triage())
                && escalations.stream()
                        .anyMatch(e -> e.level() == triage
                                && (e.kind() == Escalation.Kind.RED_FLAG
                                        || e.kind() == Escalation.Kind.PLAUSIBLE_CONDITION
                                        || e.kind() == Escalation.Kind.MUST_NOT_MISS));
    }
}

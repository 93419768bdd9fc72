package org.runmend.assessment;

import java.util.List;
import org.runmend.knowledge.Condition;

/** A condition with its posterior probability and the findings that moved it, strongest first. */
public record RankedCondition(Condition condition, double probability, List<Reason> reasons) {
    public RankedCondition {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability " + probability + " is outside 0..1");
        }
        reasons = List.copyOf(reasons);
    }

    public String id() {
        return condition.id();
    }

    /** Finding ids that raised or lowered the condition (the contract's {@code why}). */
    public List<String> why() {
        return reasons.stream().map(Reason::finding).toList();
    }
}

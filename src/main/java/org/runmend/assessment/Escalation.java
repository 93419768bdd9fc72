package org.runmend.assessment;

import java.util.List;
import org.runmend.knowledge.MustNotMissRule;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageFloor;

/**
 * One layer of {@link TriageRules} that set or raised the triage, as data: the words a runner
 * reads are made from it in one place ({@link ResultMessage}).
 *
 * @param kind      which rule it was
 * @param level     the level this rule asks for
 * @param condition the condition it is about (the leading one, or the more urgent one still
 *                  plausible); null for the other kinds
 * @param floor     the red-flag floor that applied; null for the other kinds
 * @param findings  the stated findings that made a floor apply; empty for the other kinds
 * @param value     the pain score or the days of pain that applied a pain rule; else 0
 * @param rule      the must-not-miss rule that holds; null for the other kinds
 */
public record Escalation(
        Kind kind,
        Triage level,
        RankedCondition condition,
        TriageFloor floor,
        List<String> findings,
        int value,
        MustNotMissRule rule) {
    /** The rules, in the order {@link TriageRules} applies them. */
    public enum Kind {
        /** The level of the condition that best explains the case. */
        LEADING_CONDITION,
        /** A more urgent condition that stays plausible. */
        PLAUSIBLE_CONDITION,
        /** A red-flag floor of the knowledge base. */
        RED_FLAG,
        /** A published rule (Wells, Ottawa, ...) that says a serious condition cannot be ruled out. */
        MUST_NOT_MISS,
        /** A pain score of {@value TriageRules#SEVERE_PAIN} or more. */
        SEVERE_PAIN,
        /** Pain that has lasted longer than the rule allows for self-care. */
        LONG_PAIN
    }

    public Escalation {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    static Escalation of(Kind kind, Triage level, RankedCondition condition) {
        return new Escalation(kind, level, condition, null, List.of(), 0, null);
    }

    static Escalation floor(TriageFloor floor, List<String> findings) {
        return new Escalation(Kind.RED_FLAG, floor.level(), null, floor, findings, 0, null);
    }

    static Escalation pain(Kind kind, Triage level, int value) {
        return new Escalation(kind, level, null, null, List.of(), value, null);
    }

    /** A must-not-miss rule that holds, about {@code condition} (null when the rule names none) at {@code level}. */
    static Escalation mustNotMiss(
            MustNotMissRule rule, Triage level, RankedCondition condition, List<String> findings) {
        return new Escalation(Kind.MUST_NOT_MISS, level, condition, null, findings, 0, rule);
    }
}

package org.runmend.knowledge;

/**
 * What a triage level means for the runner, in plain words.
 *
 * @param needs what the level asks for, to finish "This needs …" ("a doctor today")
 * @param see   whom to see and when at this level, used when no condition's own line fits the
 *              level (the triage was raised by a warning sign or by the pain itself)
 */
public record TriageAdvice(
        Triage level, String headline, String doNow, String seekHelpIf, String needs, Condition.See see) {}

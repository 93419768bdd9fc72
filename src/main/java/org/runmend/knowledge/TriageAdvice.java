package org.runmend.knowledge;

/** What a triage level means for the runner, in plain words. */
public record TriageAdvice(Triage level, String headline, String doNow, String seekHelpIf) {
}

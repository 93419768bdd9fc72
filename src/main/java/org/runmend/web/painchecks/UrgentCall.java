package org.runmend.web.painchecks;

import java.util.Optional;
import org.runmend.accounts.EmergencyLines;
import org.runmend.knowledge.Triage;

/**
 * The one thing to do on an urgent result, at the top of the page: when (now, today, within a few
 * days) and, for an emergency or a same-day result, a button that dials the runner's emergency
 * number or medical advice line.
 *
 * @param when       "now", "today" or "within a few days"
 * @param action     the action in a few words after the time, like "call 999."
 * @param dial       the number the main button dials (digits), or null when the action is not a call
 * @param callLabel  the main button's words, or null without a call
 * @param backup     the emergency number to dial if things get worse, for a same-day result; else null
 * @param country    the country the numbers are for ("United Kingdom", "Anywhere else")
 * @param chosen     whether the country is the runner's setting (else their browser's language)
 * @param fold       whether the rest of the result (saving, causes, plan) goes under a fold
 */
public record UrgentCall(
        Triage level,
        String when,
        String action,
        String dial,
        String callLabel,
        String backup,
        String country,
        boolean chosen,
        boolean fold) {

    /** The call for this result, or empty for self-care. */
    static Optional<UrgentCall> of(Triage triage, EmergencyLines.Line line, boolean chosen) {
        String emergency = line.emergency();
        return switch (triage) {
            case EMERGENCY ->
                Optional.of(new UrgentCall(
                        triage,
                        "now",
                        "call " + emergency + ".",
                        EmergencyLines.Line.dial(emergency),
                        "Call " + emergency,
                        null,
                        line.country(),
                        chosen,
                        true));
            case URGENT ->
                Optional.of(
                        line.advice() != null
                                ? new UrgentCall(
                                        triage,
                                        "today",
                                        "call " + line.adviceName() + " or your doctor's same-day service.",
                                        EmergencyLines.Line.dial(line.advice()),
                                        "Call " + line.advice(),
                                        emergency,
                                        line.country(),
                                        chosen,
                                        true)
                                : new UrgentCall(
                                        triage,
                                        "today",
                                        "your doctor's same-day service or an urgent care centre.",
                                        null,
                                        null,
                                        emergency,
                                        line.country(),
                                        chosen,
                                        true));
            case SOON ->
                Optional.of(new UrgentCall(
                        triage,
                        "within a few days",
                        "book a GP, physiotherapist or sports doctor.",
                        null,
                        null,
                        null,
                        line.country(),
                        chosen,
                        false));
            case SELF_CARE -> Optional.empty();
        };
    }

    /** The tel: address of the main button. */
    public String telHref() {
        return dial == null ? null : "tel:" + dial;
    }

    /** The tel: address of the emergency number for a same-day result. */
    public String backupHref() {
        return backup == null ? null : "tel:" + EmergencyLines.Line.dial(backup);
    }
}

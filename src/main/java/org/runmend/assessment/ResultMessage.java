package org.runmend.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageAdvice;

/**
 * What a result says to the runner, made in this one place from the {@link Escalation}s that set
 * the triage, so that the headline, the next step, whom to see and the reasons say one thing.
 *
 * <p>The contract (knowledge/contract/README.md, "The safety screen and the interview"): a
 * result never reads lower than its triage. When the triage is raised above the level of the
 * leading condition, the headline and the next step name what it is raised for, and whom to see
 * and when come from the condition that raised it, or from the triage level itself when a
 * warning sign or the pain raised it and no condition at that level explains it.
 *
 * @param title     the level's own headline ("See a doctor today")
 * @param purpose   what the level is for ("to rule out …", "for possible …", "because …"); null for self-care
 * @param subject   the condition the triage is set for, when one is; else null
 * @param ruleOut   true when the subject is not the likeliest cause but must be ruled out
 * @param because   one sentence: why this level ("This needs a doctor today because …")
 * @param nextStep  whom to see, when, and what for, for a level above self-care; else null
 * @param see       whom to see and when, at the triage level
 * @param reasons   every rule that set or raised the level, the deciding one first; on an
 *                  emergency only the rules that ask for the emergency, so no milder cause or
 *                  milder rule (a clot that cannot be ruled out) competes with it
 */
public record ResultMessage(
        String title,
        String purpose,
        Condition subject,
        boolean ruleOut,
        String because,
        String nextStep,
        See see,
        List<String> reasons) {

    /** Whom to see and when, with the level that line was written for. */
    public record See(String who, String when, Triage level) {}

    /** A runner's answer longer than this is named in the reason under the headline, not in the headline itself. */
    static final int LONGEST_CAUSE = 80;

    public ResultMessage {
        reasons = List.copyOf(reasons);
    }

    /** The headline: the level's own, then what it is for ("See a doctor today to rule out …"). */
    public String headline() {
        return purpose == null ? title : title + " " + purpose;
    }

    /** The deciding rule first: red flags, then a more urgent condition, the leading one, then the pain rules. */
    private static final List<Escalation.Kind> PRECEDENCE = List.of(
            Escalation.Kind.RED_FLAG,
            Escalation.Kind.MUST_NOT_MISS,
            Escalation.Kind.PLAUSIBLE_CONDITION,
            Escalation.Kind.LEADING_CONDITION,
            Escalation.Kind.SEVERE_PAIN,
            Escalation.Kind.LONG_PAIN);

    static ResultMessage of(
            KnowledgeBase kb, Case c, List<RankedCondition> ranked, Triage level, List<Escalation> escalations) {
        TriageAdvice advice = kb.advice(level);
        RankedCondition top = ranked.get(0);
        Escalation deciding = deciding(level, escalations);
        RankedCondition subject = subject(deciding, ranked);
        boolean ruleOut = subject != null && !subject.equals(top);

        String purpose = null;
        if (level.isAbove(Triage.SELF_CARE)) {
            if (subject != null) {
                String name = inSentence(subject.condition());
                purpose = ruleOut
                        ? "to rule out " + name
                        : name.startsWith("possible ") ? "for " + name : "for possible " + name;
            } else {
                String cause = lowerFirst(trimStop(cause(kb, deciding)));
                purpose = "because " + (cause.length() <= LONGEST_CAUSE ? cause : "of a warning sign in your answers");
            }
        }

        See see;
        if (subject != null && subject.condition().triage() == level) {
            see = new See(
                    subject.condition().see().who(), subject.condition().see().when(), level);
        } else if (level == top.condition().triage()) {
            see = new See(top.condition().see().who(), top.condition().see().when(), level);
        } else {
            see = new See(advice.see().who(), advice.see().when(), level);
        }
        String nextStep = !level.isAbove(Triage.SELF_CARE)
                ? null
                : (ruleOut ? capitalise(purpose) + ": " + see.who() : capitalise(see.who())) + ", " + see.when() + ".";

        List<String> reasons = new ArrayList<>();
        reasons.add(sentence(kb, c, deciding, true, top));
        for (Escalation e : escalations) {
            if (e.equals(deciding)
                    || (e.kind() == Escalation.Kind.LEADING_CONDITION && e.level() != level)
                    || (level == Triage.EMERGENCY && e.level() != level)) {
                continue;
            }
            reasons.add(sentence(kb, c, e, false, top));
        }
        return new ResultMessage(
                advice.headline(),
                purpose,
                subject == null ? null : subject.condition(),
                ruleOut,
                reasons.get(0),
                nextStep,
                see,
                reasons);
    }

    /** The rule that fixed the final level: the first, by {@link #PRECEDENCE}, of those at that level. */
    static Escalation deciding(Triage level, List<Escalation> escalations) {
        return escalations.stream()
                .filter(e -> e.level() == level)
                .min(Comparator.comparingInt((Escalation e) -> PRECEDENCE.indexOf(e.kind()))
                        .thenComparing(
                                e -> e.condition() == null ? 0 : -e.condition().probability()))
                .orElse(escalations.get(0));
    }

    /**
     * The condition the level is set for: the condition of a condition rule; for a red flag, the
     * likeliest condition at the flag's level or above, plausible on its own, that one of the flag's
     * findings raised (the swollen calf raises a blood clot); none for the pain rules, nor for a
     * flag no such condition explains (chest pain with a sore leg: a clot in the lung, which the
     * check does not rank).
     */
    private static RankedCondition subject(Escalation deciding, List<RankedCondition> ranked) {
        return switch (deciding.kind()) {
            case LEADING_CONDITION, PLAUSIBLE_CONDITION, MUST_NOT_MISS -> deciding.condition();
            case RED_FLAG ->
                ranked.stream()
                        .filter(rc -> !deciding.level().isAbove(rc.condition().triage()))
                        .filter(rc -> rc.equals(ranked.get(0)) || TriageRules.plausible(rc))
                        .filter(rc -> rc.reasons().stream()
                                .anyMatch(r -> r.present()
                                        && r.raises()
                                        && deciding.findings().contains(r.finding())))
                        .findFirst()
                        .orElse(null);
            case SEVERE_PAIN, LONG_PAIN -> null;
        };
    }

    /** What set the level, as a clause: the floor's reason, the pain rule, the condition. */
    private static String cause(KnowledgeBase kb, Escalation e) {
        return switch (e.kind()) {
            case RED_FLAG ->
                e.findings().stream()
                        .findFirst()
                        .flatMap(kb::finding)
                        .map(f -> f.statement() != null ? f.statement() : "you reported " + lowerFirst(f.said(true)))
                        .orElse(e.floor().reason());
            case SEVERE_PAIN -> "of pain of " + e.value() + " out of 10";
            case LONG_PAIN -> "the pain has lasted " + e.value() + " days";
            case MUST_NOT_MISS ->
                e.condition() != null
                        ? "of " + inSentence(e.condition().condition())
                        : trimStop(e.rule().says());
            case LEADING_CONDITION, PLAUSIBLE_CONDITION ->
                "of " + inSentence(e.condition().condition());
        };
    }

    /**
     * One line of the reasons for the level: the deciding rule as "This needs … because …", any
     * other rule as its own clause with what it alone would need.
     */
    private static String sentence(KnowledgeBase kb, Case c, Escalation e, boolean deciding, RankedCondition top) {
        if (e.kind() == Escalation.Kind.LEADING_CONDITION && e.level() == Triage.SELF_CARE) {
            return "Your answers fit " + inSentence(e.condition().condition()) + " best ("
                    + percent(e.condition().probability()) + "), and nothing in them needs a clinician now.";
        }
        String clause = switch (e.kind()) {
            case RED_FLAG -> trimStop(e.floor().reason());
            case MUST_NOT_MISS ->
                (e.condition() != null
                                ? inSentence(e.condition().condition())
                                : lowerFirst(e.rule().name()))
                        + " cannot be ruled out: "
                        + lowerFirst(trimStop(e.rule().says())) + " ("
                        + e.rule().name() + ")"
                        + unsureOf(kb, c, e);
            case PLAUSIBLE_CONDITION ->
                inSentence(e.condition().condition()) + " is still possible on your answers ("
                        + percent(e.condition().probability()) + ")"
                        + (deciding && e.level() != Triage.EMERGENCY
                                ? ", even though " + inSentence(top.condition()) + " is more likely ("
                                        + percent(top.probability()) + ")"
                                : "");
            case LEADING_CONDITION ->
                "your answers fit " + inSentence(e.condition().condition()) + " best ("
                        + percent(e.condition().probability()) + ")";
            case SEVERE_PAIN -> "pain of " + e.value() + " out of 10 needs a clinician's look";
            case LONG_PAIN -> "pain for " + e.value() + " days that has not settled should be examined";
        };
        String needs = kb.advice(e.level()).needs();
        return deciding
                ? "This needs " + needs + " because " + lowerFirst(clause) + "."
                : capitalise(clause) + " (by itself: " + needs + ").";
    }

    /**
     * For a must-not-miss rule kept open by a "not sure": which of what it needs the runner was
     * unsure of, so the result says why a doubt is enough.
     */
    private static String unsureOf(KnowledgeBase kb, Case c, Escalation e) {
        List<String> unsure = e.rule().unsureRequirements(c).stream()
                .flatMap(f -> kb.finding(f).stream())
                .map(f -> lowerFirst(trimStop(f.said(true))))
                .toList();
        return unsure.isEmpty()
                ? ""
                : "; you were not sure whether " + String.join(" or whether ", unsure) + ", so it is not ruled out";
    }

    private static String percent(double p) {
        long whole = Math.round(100 * p);
        return whole < 1 ? "under 1%" : whole + "%";
    }

    /**
     * A condition's name inside a sentence: its first letter lowered unless the name is written
     * capitalised mid-sentence in its own description (Achilles) or is an abbreviation (DOMS).
     */
    static String inSentence(Condition c) {
        String name = c.name();
        String first = name.split("[ (/,]", 2)[0];
        if (first.length() > 1 && Character.isUpperCase(first.charAt(1))) {
            return name;
        }
        String context = Optional.ofNullable(c.description()).orElse("") + " " + name.substring(first.length());
        if (Pattern.compile("[\\p{Ll},;(] " + Pattern.quote(first) + "\\b")
                .matcher(context)
                .find()) {
            return name;
        }
        return lowerFirst(name);
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String trimStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

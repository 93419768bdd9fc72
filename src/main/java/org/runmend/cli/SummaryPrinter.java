package org.runmend.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.RankedCondition;
import org.runmend.assessment.Reason;
import org.runmend.assessment.ResultMessage;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageAdvice;

/** Prints an assessment for a person: what to do first, then why, then the first steps. */
final class SummaryPrinter {
    private static final int SHOWN_CONDITIONS = 3;
    private static final int SHOWN_STEPS = 3;
    private final KnowledgeBase kb;
    private final PrintWriter out;

    SummaryPrinter(KnowledgeBase kb, PrintWriter out) {
        this.kb = kb;
        this.out = out;
    }

    void print(Assessment a) {
        TriageAdvice advice = kb.advice(a.triage());
        ResultMessage m = a.message();
        out.println("Pain check " + a.input().id() + " - "
                + kb.region(a.input().region()).orElseThrow().name());
        out.println();
        out.println("WHAT TO DO: " + m.headline().toUpperCase(Locale.ROOT) + " (" + a.triage() + ")");
        out.println("  " + m.because());
        if (m.nextStep() != null) {
            out.println("  Next step: " + m.nextStep());
        }
        out.println("  " + advice.doNow());
        out.println("  " + advice.seekHelpIf());
        if (!a.redFlags().isEmpty()) {
            out.println("  Because you told us: " + String.join("; ", names(a.redFlags())));
        }
        for (String r : a.triageReasons().subList(1, a.triageReasons().size())) {
            out.println("  - " + r);
        }
        out.println();
        out.println(
                a.triage() == Triage.EMERGENCY
                        ? "OTHER POSSIBLE CAUSES (the emergency above comes first)"
                        : a.raisedForSomethingElse()
                                ? "POSSIBLE CAUSES (the advice above comes first)"
                                : "POSSIBLE CAUSES");
        int n = 0;
        for (RankedCondition rc : a.conditions()
                .subList(0, Math.min(SHOWN_CONDITIONS, a.conditions().size()))) {
            n++;
            out.printf(Locale.ROOT, "%d. %s  %.0f%%%n", n, rc.condition().name(), 100 * rc.probability());
            List<Reason> reasons = rc.reasons();
            List<String> fore = reasons.stream()
                    .filter(Reason::raises)
                    .limit(4)
                    .map(this::describe)
                    .toList();
            List<String> against = reasons.stream()
                    .filter(r -> !r.raises())
                    .limit(3)
                    .map(this::describe)
                    .toList();
            if (!fore.isEmpty()) {
                out.println("   for:     " + String.join("; ", fore));
            }
            if (!against.isEmpty()) {
                out.println("   against: " + String.join("; ", against));
            }
        }
        out.println();
        out.println("WHOM TO SEE: " + a.whomToSee().who() + ", " + a.whomToSee().when());
        if (!a.plan().isEmpty()) {
            out.println();
            out.println("FIRST STEPS");
            for (SelfCareItem i :
                    a.plan().subList(0, Math.min(SHOWN_STEPS, a.plan().size()))) {
                out.println("- " + i.title()
                        + i.dose()
                                .map(d -> " (" + d.toLowerCase(Locale.ROOT) + ")")
                                .orElse("") + ": " + i.summary());
            }
        }
        if (!a.contextTips().isEmpty()) {
            out.println();
            out.println("FROM WHAT YOU TOLD US");
            a.contextTips().stream().limit(4).forEach(i -> out.println("- " + i.title() + ": " + i.summary()));
        }
        out.println();
        out.println(AssessmentJson.NOT_A_DIAGNOSIS);
        out.flush();
    }

    private String describe(Reason r) {
        String name = kb.finding(r.finding()).map(f -> f.said(r.present())).orElse("an answer");
        return trim(name) + String.format(Locale.ROOT, " (x%.1f)", r.likelihoodRatio());
    }

    /** The runner's own answers as sentences (never an id: a project finding has no contract meaning). */
    private List<String> names(List<String> findingIds) {
        return findingIds.stream()
                .map(id -> kb.finding(id).map(f -> trim(f.said(true))).orElse("a warning sign"))
                .toList();
    }

    private static String trim(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

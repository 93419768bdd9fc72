package org.runmend.report;

import java.util.Locale;
import org.runmend.activity.Figures;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;

/** The plain words both documents use for ids from the knowledge base. */
final class ReportWords {
    private final KnowledgeBase kb;

    ReportWords(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The region's name, or the text itself when it is not a region id. */
    String region(String idOrText) {
        return kb.region(idOrText).map(r -> r.name()).orElse(idOrText);
    }

    /** The question the runner was asked, or what the finding means, or its id. */
    String question(String findingId) {
        return kb.finding(findingId)
                .map(f -> f.question() != null ? f.question() : f.means() != null ? f.means() : f.id())
                .orElse(findingId);
    }

    /** A short statement of the finding (the contract's meaning where there is one). */
    String meaning(String findingId) {
        return kb.finding(findingId)
                .map(f -> f.means() != null ? f.means() : f.question() != null ? f.question() : f.id())
                .orElse(findingId);
    }

    boolean isRedFlag(String findingId) {
        return kb.finding(findingId).map(Finding::isRedFlag).orElse(false);
    }

    String triage(Triage level) {
        return level.id().toUpperCase(Locale.ROOT) + ": " + kb.advice(level).headline();
    }

    static String sex(String sex) {
        return sex == null ? "not stated" : sex;
    }

    static String percent(double probability) {
        return Figures.percent(probability);
    }

    static String days(Integer days) {
        if (days == null) {
            return "not stated";
        }
        return days == 1 ? "1 day" : days + " days";
    }
}

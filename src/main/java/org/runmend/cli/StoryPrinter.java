package org.runmend.cli;

import java.io.PrintWriter;
import org.runmend.intake.StoryReading;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;

/** What a story was understood to say, for a person at a terminal, each line with the words it came from. */
final class StoryPrinter {
    private final KnowledgeBase kb;
    private final PrintWriter out;

    StoryPrinter(KnowledgeBase kb, PrintWriter out) {
        this.kb = kb;
        this.out = out;
    }

    void print(StoryReading r) {
        if (r.isEmpty()) {
            out.println("Nothing in the story could be understood. Name where it hurts with --region.");
            return;
        }
        out.println("Understood from the story:");
        r.region()
                .ifPresent(v -> line(
                        "Where",
                        kb.region(v).map(x -> x.name()).orElse(v),
                        r.wordsFor("region").orElse(null)));
        r.side().ifPresent(v -> line("Side", v, r.wordsFor("side").orElse(null)));
        r.age().ifPresent(v -> line("Age", String.valueOf(v), r.wordsFor("age").orElse(null)));
        r.sex().ifPresent(v -> line("Sex", v, r.wordsFor("sex").orElse(null)));
        r.durationDays()
                .ifPresent(v -> line(
                        "How long",
                        v + (v == 1 ? " day" : " days"),
                        r.wordsFor("durationDays").orElse(null)));
        r.painScore()
                .ifPresent(v -> line(
                        "How bad", v + " out of 10", r.wordsFor("painScore").orElse(null)));
        r.findings().forEach((id, present) -> {
            Finding f = kb.finding(id).orElseThrow();
            line(present ? "Yes" : "No", f.said(present), r.wordsFor(id).orElse(null));
        });
    }

    private void line(String label, String value, String words) {
        out.println("  " + label + ": " + value + (words == null ? "" : "   (\"" + words + "\")"));
    }
}

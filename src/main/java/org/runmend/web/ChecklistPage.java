package org.runmend.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.interview.InterviewService;
import org.runmend.interview.Interviewer;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;

/**
 * The safety screen: every warning sign that could change what the runner should do now, on one
 * page of tick boxes. An item left unticked counts as no. {@code token} is the signed interview.
 */
public record ChecklistPage(Chrome chrome, String token, List<Finding> items, int number, String regionName,
                            List<AnsweredQuestion> answers) implements View {

    @Override
    public String template() {
        return "painchecks/checklist.jte";
    }

    static ChecklistPage of(Chrome chrome, KnowledgeBase kb, InterviewService.Turn turn, Interviewer.Checklist checklist) {
        return new ChecklistPage(chrome, turn.token(), checklist.items(), checklist.number(),
                QuestionPage.regionName(kb, turn.state()), AnsweredQuestion.of(kb, turn.state()));
    }

    /** The ticked boxes of the form, each a yes; the interview counts every other item as no. */
    static Map<String, String> ticked(List<String> findings) {
        Map<String, String> out = new LinkedHashMap<>();
        findings.forEach(f -> out.put(f, "yes"));
        return out;
    }

    public String text() {
        return Interviewer.CHECKLIST_TEXT;
    }

    public int maxQuestions() {
        return Interviewer.MAX_QUESTIONS;
    }
}

package org.runmend.web.painchecks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.interview.InterviewService;
import org.runmend.interview.Interviewer;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.web.Chrome;
import org.runmend.web.View;

/**
 * The safety screen: every warning sign that could change what the runner should do now, on one
 * page, each answered yes, no or not sure, with "None of these" for the usual case. An item left
 * blank counts as no. {@code token} is the signed interview.
 */
public record ChecklistPage(
        Chrome chrome, String token, List<Finding> items, int number, String regionName, List<AnsweredQuestion> answers)
        implements View {

    @Override
    public String template() {
        return "painchecks/checklist.jte";
    }

    static ChecklistPage of(
            Chrome chrome, KnowledgeBase kb, InterviewService.Turn turn, Interviewer.Checklist checklist) {
        return new ChecklistPage(
                chrome,
                turn.token(),
                checklist.items(),
                checklist.number(),
                QuestionPage.regionName(kb, turn.state()),
                AnsweredQuestion.of(kb, turn.state()));
    }

    /** The form field of one item's answer: {@code answer.<finding id>}. */
    static final String FIELD = "answer.";

    /**
     * The answers of the form: each item's yes, no or not sure ({@code answer.<id>}), and each
     * {@code item} field (the API's and older pages' ticked box) as yes. "None of these" sends the
     * same fields, so a yes or not sure chosen before pressing it is kept, never dropped; the
     * interview counts every item left blank as no.
     */
    static Map<String, String> answers(Map<String, List<String>> form) {
        Map<String, String> out = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(FIELD)
                    && !values.isEmpty()
                    && !values.get(values.size() - 1).isBlank()) {
                out.put(name.substring(FIELD.length()), values.get(values.size() - 1));
            }
        });
        form.getOrDefault("item", List.of()).forEach(f -> out.put(f, "yes"));
        return out;
    }

    public String text() {
        return Interviewer.CHECKLIST_TEXT;
    }

    public int maxQuestions() {
        return Interviewer.MAX_QUESTIONS;
    }
}

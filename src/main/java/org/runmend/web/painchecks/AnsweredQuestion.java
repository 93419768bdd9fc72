package org.runmend.web.painchecks;

import java.util.List;
import org.runmend.interview.Answer;
import org.runmend.interview.InterviewState;
import org.runmend.knowledge.KnowledgeBase;

/** One answer given so far, as the "your answers" list shows it, with what to post to change it. */
public record AnsweredQuestion(String finding, String question, String answer, String answerLabel, boolean fromLog) {

    static List<AnsweredQuestion> of(KnowledgeBase kb, InterviewState state) {
        return state.answers().stream()
                .map(a -> new AnsweredQuestion(
                        a.finding(),
                        kb.finding(a.finding()).map(f -> f.question()).orElse(a.finding()),
                        a.answer().id(),
                        label(a.answer()),
                        state.isFromLog(a.finding())))
                .toList();
    }

    static String label(Answer a) {
        return switch (a) {
            case YES -> "Yes";
            case NO -> "No";
            case UNKNOWN -> "Not sure";
        };
    }
}

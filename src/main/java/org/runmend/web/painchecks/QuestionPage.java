package org.runmend.web.painchecks;

import java.util.List;
import org.runmend.interview.InterviewService;
import org.runmend.interview.InterviewState;
import org.runmend.interview.Interviewer;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.web.Chrome;
import org.runmend.web.View;

/**
 * One interview question. {@code token} is the signed interview state that the forms post back;
 * {@code changing} holds the earlier answer when the runner came to change it, else null.
 */
public record QuestionPage(
        Chrome chrome,
        String token,
        Finding finding,
        String phase,
        int number,
        String regionId,
        String regionName,
        List<AnsweredQuestion> answers,
        String changing)
        implements View {

    @Override
    public String template() {
        return "painchecks/question.jte";
    }

    static QuestionPage of(Chrome chrome, KnowledgeBase kb, InterviewService.Turn turn, Interviewer.Ask ask) {
        return new QuestionPage(
                chrome,
                turn.token(),
                ask.finding(),
                ask.phase(),
                ask.number(),
                turn.state().region(),
                regionName(kb, turn.state()),
                AnsweredQuestion.of(kb, turn.state()),
                null);
    }

    /** The page for changing the answer to a question already asked. */
    static QuestionPage change(Chrome chrome, KnowledgeBase kb, InterviewService.Turn turn, Finding finding) {
        List<AnsweredQuestion> answers = AnsweredQuestion.of(kb, turn.state());
        int number = 1;
        String earlier = null;
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).finding().equals(finding.id())) {
                number = i + 1;
                earlier = answers.get(i).answerLabel();
            }
        }
        String phase = finding.isRedFlag() ? "screening" : finding.isContext() ? "context" : "discriminating";
        return new QuestionPage(
                chrome,
                turn.token(),
                finding,
                phase,
                number,
                turn.state().region(),
                regionName(kb, turn.state()),
                answers,
                earlier);
    }

    static String regionName(KnowledgeBase kb, InterviewState state) {
        return kb.region(state.region()).map(r -> r.name()).orElse(state.region());
    }

    /** What this part of the interview is about, in the runner's words. */
    public String phaseLabel() {
        return switch (phase) {
            case "screening" -> "Safety question";
            case "context" -> "About your running";
            default -> "About your pain";
        };
    }

    public int maxQuestions() {
        return Interviewer.MAX_QUESTIONS;
    }
}

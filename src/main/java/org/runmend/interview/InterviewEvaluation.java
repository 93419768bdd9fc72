package org.runmend.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.assessment.Case;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.Evaluation;
import org.runmend.assessment.PainCheck;
import org.runmend.knowledge.Finding;

/**
 * Scores the interview against worked cases, as {@link Evaluation} scores the batch: each case's
 * intake starts an interview, and a simulated runner answers what the case states and "not sure"
 * to the rest. On the checklist an item the case does not state is left unticked (no), or, with
 * {@code notSureOnChecklist}, answered "not sure" too.
 */
public final class InterviewEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The batch figures of the interview, and how many questions each case took. */
    public record Report(Evaluation.Report scores, List<Integer> questions) {
        public double medianQuestions() {
            List<Integer> sorted = questions.stream().sorted().toList();
            int n = sorted.size();
            if (n == 0) {
                return 0;
            }
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        }

        public int maxQuestions() {
            return questions.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private final Interviewer interviewer;
    private final CaseReader reader;
    private final boolean notSureOnChecklist;

    public InterviewEvaluation(PainCheck check, boolean notSureOnChecklist) {
        this.interviewer = new Interviewer(check);
        this.reader = new CaseReader(check.knowledge());
        this.notSureOnChecklist = notSureOnChecklist;
    }

    /** Runs one interview for a case, answering from its stated findings; returns the last step. */
    public Interviewer.Done interview(Case full) {
        InterviewState state = InterviewState.start(
                new Case(
                        full.id(),
                        full.age(),
                        full.sex(),
                        full.region(),
                        full.side(),
                        full.durationDays(),
                        full.painScore(),
                        Map.of()),
                Map.of());
        for (int guard = 0; guard <= Interviewer.MAX_QUESTIONS + 1; guard++) {
            Interviewer.Step step = interviewer.next(state);
            if (step instanceof Interviewer.Done done) {
                return done;
            }
            if (step instanceof Interviewer.Checklist checklist) {
                Map<String, Answer> given = new LinkedHashMap<>();
                for (Finding f : checklist.items()) {
                    Boolean stated = full.stated(f.id()).orElse(null);
                    if (stated != null) {
                        given.put(f.id(), stated ? Answer.YES : Answer.NO);
                    } else if (notSureOnChecklist) {
                        given.put(f.id(), Answer.UNKNOWN);
                    }
                }
                state = state.answerChecklist(
                        checklist.items().stream().map(Finding::id).toList(), given);
            } else {
                Interviewer.Ask ask = (Interviewer.Ask) step;
                Boolean stated = full.stated(ask.finding().id()).orElse(null);
                state = state.answer(
                        ask.finding().id(), stated == null ? Answer.UNKNOWN : stated ? Answer.YES : Answer.NO);
            }
        }
        throw new IllegalStateException(
                "the interview for " + full.id() + " did not end within " + (Interviewer.MAX_QUESTIONS + 1) + " steps");
    }

    /** Scores every non-blank line; a bad line is an outcome with an error, not a stop. */
    public Report run(List<String> lines) {
        List<Evaluation.Outcome> out = new ArrayList<>();
        List<Integer> questions = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String id = "line " + lineNo;
            try {
                JsonNode node = JSON.readTree(line);
                id = node.path("id").asText(id);
                Interviewer.Done done = interview(reader.read(node));
                out.add(Evaluation.score(id, node.path("expected"), done.assessment()));
                questions.add(done.questionsAsked());
            } catch (RuntimeException e) {
                out.add(new Evaluation.Outcome(id, null, null, List.of(), null, false, false, false, e.getMessage()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                out.add(new Evaluation.Outcome(
                        id,
                        null,
                        null,
                        List.of(),
                        null,
                        false,
                        false,
                        false,
                        "not valid JSON (" + e.getOriginalMessage() + ")"));
            }
        }
        return new Report(new Evaluation.Report(out), questions);
    }
}

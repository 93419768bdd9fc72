package org.runmend.interview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import org.runmend.assessment.Case;
import org.runmend.knowledge.Finding;

/**
 * Drives an interview to its end as a runner would: ticks the checklist items it believes
 * present, answers each question from what it knows (yes, no or not sure). Records every question
 * asked, so tests can see what came after what.
 */
final class SimulatedRunner {
    /** What one interview did: its last turn and the findings asked, in order (checklist items as one). */
    record Transcript(InterviewService.Turn end, java.util.List<Object> steps) {
        Interviewer.Done done() {
            return (Interviewer.Done) end.step();
        }
    }

    private SimulatedRunner() {}

    /**
     * Runs an interview for a case's intake, answering with {@code answer}: the runner's answer
     * to a finding, null for "not sure".
     */
    static Transcript run(InterviewService service, Case intake, Function<String, Boolean> answer) {
        return run(service, intake, answer, false);
    }

    /**
     * As {@link #run(InterviewService, Case, Function)}; with {@code notSureOnChecklist} a
     * checklist item the runner cannot answer is sent as "unknown" rather than left unticked.
     */
    static Transcript run(
            InterviewService service, Case intake, Function<String, Boolean> answer, boolean notSureOnChecklist) {
        InterviewService.Turn turn = service.start(intake);
        java.util.List<Object> steps = new java.util.ArrayList<>();
        int guard = 0;
        while (!(turn.step() instanceof Interviewer.Done)) {
            Assertions.assertThat(++guard)
                    .as("interview for %s does not end", intake.id())
                    .isLessThanOrEqualTo(Interviewer.MAX_QUESTIONS + 1);
            if (turn.step() instanceof Interviewer.Checklist checklist) {
                Map<String, String> ticked = new LinkedHashMap<>();
                for (Finding f : checklist.items()) {
                    Boolean a = answer.apply(f.id());
                    if (Boolean.TRUE.equals(a)) {
                        ticked.put(f.id(), "yes");
                    } else if (notSureOnChecklist) {
                        ticked.put(f.id(), a == null ? "unknown" : "no");
                    }
                }
                steps.add(checklist);
                turn = service.answerChecklist(turn.token(), ticked);
            } else {
                Interviewer.Ask ask = (Interviewer.Ask) turn.step();
                Boolean a = answer.apply(ask.finding().id());
                steps.add(ask.finding().id());
                turn = service.answer(turn.token(), ask.finding().id(), a == null ? "unknown" : a ? "yes" : "no");
            }
        }
        return new Transcript(turn, steps);
    }

    /** The intake of a case: everything but its findings. */
    static Case intake(Case full) {
        return new Case(
                full.id(),
                full.age(),
                full.sex(),
                full.region(),
                full.side(),
                full.durationDays(),
                full.painScore(),
                Map.of());
    }
}

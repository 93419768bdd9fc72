package org.runmend.interview;

import org.runmend.assessment.Case;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.assessment.PainCheck;
import org.runmend.knowledge.Finding;

/** Starts and continues interviews; what the web pages and the API share. */
public final class InterviewService {
    /** Where an interview stands after a move: its new handle, its state, and what comes next. */
    public record Turn(String token, InterviewState state, Interviewer.Step step) {}

    private final PainCheck check;
    private final Interviewer interviewer;
    private final InterviewToken tokens;

    public InterviewService(PainCheck check, InterviewToken tokens) {
        this.check = check;
        this.interviewer = new Interviewer(check);
        this.tokens = tokens;
    }

    /** Starts from the intake: age, sex, region, duration and pain score, no findings. */
    public Turn start(Case intake) {
        return start(intake, java.util.Map.of());
    }

    /** Starts with context findings pre-answered from the runner's training log. */
    public Turn start(Case intake, java.util.Map<String, Boolean> fromTrainingLog) {
        for (String f : fromTrainingLog.keySet()) {
            if (check.knowledge().finding(f).isEmpty()) {
                throw new IllegalArgumentException("training log answered unknown finding '" + f + "'");
            }
        }
        return turn(InterviewState.start(intake, fromTrainingLog));
    }

    /**
     * Starts from the runner's story: {@code fromStory} holds the findings it states (true) or
     * denies (false), which count as answered; the safety checklist still asks every red flag the
     * story does not state, and a story stating an emergency ends the interview at once.
     */
    public Turn start(
            Case intake,
            java.util.Map<String, Boolean> fromTrainingLog,
            String story,
            java.util.Map<String, Boolean> fromStory) {
        for (String f : fromStory.keySet()) {
            Finding finding = check.knowledge()
                    .finding(f)
                    .orElseThrow(() -> new IllegalArgumentException("story answered unknown finding '" + f + "'"));
            if (finding.isDerived()) {
                throw new IllegalArgumentException("story answered derived finding '" + f + "'");
            }
        }
        java.util.Map<String, Boolean> log = new java.util.LinkedHashMap<>(fromTrainingLog);
        fromStory.keySet().forEach(log::remove);
        return turn(InterviewState.start(intake, log, story, fromStory));
    }

    public Turn resume(String token) {
        return turn(tokens.verify(token));
    }

    /** Records an answer (or changes an earlier one) and moves on. */
    public Turn answer(String token, String findingId, String answer) {
        InterviewState state = tokens.verify(token);
        if (findingId == null || findingId.isBlank()) {
            throw new InvalidCaseException("finding", null, "is missing: name the finding the answer is for");
        }
        Finding f = check.knowledge()
                .finding(findingId)
                .orElseThrow(() -> new InvalidCaseException("finding", findingId, "unknown finding id"));
        if (f.isDerived()) {
            throw new InvalidCaseException("finding", findingId, "is worked out from the intake, not asked");
        }
        Answer a;
        try {
            a = Answer.ofId(answer);
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseException("answer", answer, "must be yes, no or unknown");
        }
        return turn(state.answer(findingId, a));
    }

    /**
     * Records the safety checklist: {@code answers} maps finding ids to yes, no or unknown (not sure); an item of the
     * checklist left out counts as no. Only findings on the checklist now shown are accepted.
     */
    public Turn answerChecklist(String token, java.util.Map<String, String> answers) {
        InterviewState state = tokens.verify(token);
        if (!(interviewer.next(state) instanceof Interviewer.Checklist checklist)) {
            throw new InvalidCaseException(
                    "answers",
                    null,
                    "there is no checklist to answer now: answer the question with finding and answer");
        }
        java.util.List<String> items =
                checklist.items().stream().map(Finding::id).toList();
        java.util.Map<String, Answer> given = new java.util.LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((id, value) -> {
                if (!items.contains(id)) {
                    throw new InvalidCaseException(
                            "answers." + id, id, "is not on the checklist (" + String.join(", ", items) + ")");
                }
                Answer a;
                try {
                    a = Answer.ofId(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidCaseException("answers." + id, value, "must be yes, no or unknown");
                }
                given.put(id, a);
            });
        }
        return turn(state.answerChecklist(items, given));
    }

    /**
     * The interview a kept check came from, answered again from its case: each stated finding
     * as yes or no, then the ones the runner was not sure of. With the same knowledge it ends
     * where the runner's did, so a saved check can be shown, and changed, like a fresh result.
     */
    public Turn replay(Case c, java.util.List<String> notSure) {
        return replay(c, notSure, null);
    }

    /** A kept check replayed, with the story it started from. */
    public Turn replay(Case c, java.util.List<String> notSure, String story) {
        InterviewState state = InterviewState.start(c, java.util.Map.of(), story, java.util.Map.of());
        for (java.util.Map.Entry<String, Boolean> e : c.findings().entrySet()) {
            state = state.answer(e.getKey(), e.getValue() ? Answer.YES : Answer.NO);
        }
        for (String f : notSure) {
            state = state.answer(f, Answer.UNKNOWN);
        }
        return turn(state);
    }

    /** Takes the last answer back. */
    public Turn back(String token) {
        return turn(tokens.verify(token).back());
    }

    private Turn turn(InterviewState state) {
        return new Turn(tokens.sign(state), state, interviewer.next(state));
    }
}

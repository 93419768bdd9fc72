package org.runmend.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.assessment.Case;

/**
 * Everything an interview knows so far: the intake (who, where, how long, how bad) and the
 * answers in the order given. Immutable; each change returns a new state. It is all the server
 * needs, so it travels in a signed token and any app instance can continue the interview.
 */
public record InterviewState(String id, Integer age, String sex, String region, Integer durationDays,
                             Integer painScore, List<Asked> answers, List<String> fromLog) {

    /** One question asked and its answer. */
    public record Asked(String finding, Answer answer) {
    }

    public InterviewState {
        answers = answers == null ? List.of() : List.copyOf(answers);
        fromLog = fromLog == null ? List.of() : List.copyOf(fromLog);
    }

    /**
     * A new interview whose context questions the runner's training log already answers; those
     * answers are marked {@link #fromLog} and the runner can change them like any other.
     */
    public static InterviewState start(String id, Integer age, String sex, String region, Integer durationDays,
                                       Integer painScore, Map<String, Boolean> fromTrainingLog) {
        List<Asked> answers = new ArrayList<>();
        fromTrainingLog.forEach((f, v) -> answers.add(new Asked(f, v ? Answer.YES : Answer.NO)));
        return new InterviewState(id, age, sex, region, durationDays, painScore, answers, List.copyOf(fromTrainingLog.keySet()));
    }

    /** Questions the runner answered, not counting those the training log answered. */
    public int questionsAnswered() {
        return (int) answers.stream().filter(a -> !fromLog.contains(a.finding())).count();
    }

    public boolean isFromLog(String finding) {
        return fromLog.contains(finding);
    }

    public boolean asked(String finding) {
        return answers.stream().anyMatch(a -> a.finding().equals(finding));
    }

    /** Records an answer; answering a question already asked changes that answer in place. */
    public InterviewState answer(String finding, Answer answer) {
        List<Asked> next = new ArrayList<>(answers);
        boolean replaced = false;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).finding().equals(finding)) {
                next.set(i, new Asked(finding, answer));
                replaced = true;
            }
        }
        if (!replaced) {
            next.add(new Asked(finding, answer));
        }
        List<String> log = fromLog.stream().filter(f -> !f.equals(finding)).toList();
        return new InterviewState(id, age, sex, region, durationDays, painScore, next, log);
    }

    /** Takes the last answer back (the Back button). */
    public InterviewState back() {
        if (answers.isEmpty() || fromLog.contains(answers.get(answers.size() - 1).finding())) {
            return this;
        }
        return new InterviewState(id, age, sex, region, durationDays, painScore, answers.subList(0, answers.size() - 1), fromLog);
    }

    public Case toCase() {
        Map<String, Boolean> findings = new LinkedHashMap<>();
        for (Asked a : answers) {
            if (a.answer() != Answer.UNKNOWN) {
                findings.put(a.finding(), a.answer().asFinding());
            }
        }
        return new Case(id, age, sex, region, durationDays, painScore, findings);
    }
}

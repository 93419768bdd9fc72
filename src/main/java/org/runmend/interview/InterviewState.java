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
public record InterviewState(
        String id,
        Integer age,
        String sex,
        String region,
        String side,
        Integer durationDays,
        Integer painScore,
        List<Asked> answers,
        List<String> fromLog,
        List<String> checklist,
        String story,
        List<String> fromStory) {

    /** One question asked and its answer. */
    public record Asked(String finding, Answer answer) {}

    public InterviewState {
        answers = answers == null ? List.of() : List.copyOf(answers);
        fromLog = fromLog == null ? List.of() : List.copyOf(fromLog);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        fromStory = fromStory == null ? List.of() : List.copyOf(fromStory);
    }

    /** A state without a story. */
    public InterviewState(
            String id,
            Integer age,
            String sex,
            String region,
            String side,
            Integer durationDays,
            Integer painScore,
            List<Asked> answers,
            List<String> fromLog,
            List<String> checklist) {
        this(id, age, sex, region, side, durationDays, painScore, answers, fromLog, checklist, null, List.of());
    }

    /**
     * A new interview that starts from the runner's own words: the findings the story states
     * count as answered (marked {@link #fromStory}, changeable like any answer), and the story is
     * kept with the check. A red flag the story denies is still on the safety checklist: only a
     * red flag the story states is taken as answered there (see {@link Interviewer#checklist}).
     */
    public static InterviewState start(
            Case intake, Map<String, Boolean> fromTrainingLog, String story, Map<String, Boolean> fromStory) {
        InterviewState base = start(intake, fromTrainingLog);
        List<Asked> answers = new ArrayList<>(base.answers);
        List<String> log = new ArrayList<>(base.fromLog);
        for (Map.Entry<String, Boolean> e : fromStory.entrySet()) {
            answers.removeIf(a -> a.finding().equals(e.getKey()));
            log.remove(e.getKey());
            answers.add(new Asked(e.getKey(), e.getValue() ? Answer.YES : Answer.NO));
        }
        return new InterviewState(
                base.id,
                base.age,
                base.sex,
                base.region,
                base.side,
                base.durationDays,
                base.painScore,
                answers,
                log,
                List.of(),
                story,
                List.copyOf(fromStory.keySet()));
    }

    /** Whether the runner's story gave this answer (and the runner has not changed it since). */
    public boolean isFromStory(String finding) {
        return fromStory.contains(finding);
    }

    /**
     * A new interview whose context questions the runner's training log already answers; those
     * answers are marked {@link #fromLog} and the runner can change them like any other.
     */
    public static InterviewState start(Case intake, Map<String, Boolean> fromTrainingLog) {
        List<Asked> answers = new ArrayList<>();
        fromTrainingLog.forEach((f, v) -> answers.add(new Asked(f, v ? Answer.YES : Answer.NO)));
        return new InterviewState(
                intake.id(),
                intake.age(),
                intake.sex(),
                intake.region(),
                intake.side(),
                intake.durationDays(),
                intake.painScore(),
                answers,
                List.copyOf(fromTrainingLog.keySet()),
                List.of());
    }

    /**
     * Questions the runner answered, not counting those the training log answered; the safety
     * checklist counts as one question however many items it has.
     */
    public int questionsAnswered() {
        int single = (int) answers.stream()
                .filter(a -> !fromLog.contains(a.finding())
                        && !fromStory.contains(a.finding())
                        && !checklist.contains(a.finding()))
                .count();
        return single + (checklist.isEmpty() ? 0 : 1);
    }

    /** Whether the safety checklist has been answered. */
    public boolean screened() {
        return !checklist.isEmpty();
    }

    /**
     * Records the safety checklist: the ticked items yes, every other item no (as the contract
     * says of an item left unticked). Answers given earlier to the same findings are replaced.
     */
    public InterviewState answerChecklist(List<String> items, Map<String, Answer> given) {
        InterviewState next = this;
        for (String item : items) {
            next = next.answer(item, given.getOrDefault(item, Answer.NO));
        }
        return new InterviewState(
                id,
                age,
                sex,
                region,
                side,
                durationDays,
                painScore,
                next.answers,
                next.fromLog,
                List.copyOf(items),
                story,
                next.fromStory);
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
        List<String> told = fromStory.stream().filter(f -> !f.equals(finding)).toList();
        return new InterviewState(
                id, age, sex, region, side, durationDays, painScore, next, log, checklist, story, told);
    }

    /** Takes the last answer back (the Back button); the checklist is taken back as a whole. */
    public InterviewState back() {
        if (answers.isEmpty()
                || fromLog.contains(answers.get(answers.size() - 1).finding())
                || fromStory.contains(answers.get(answers.size() - 1).finding())) {
            return this;
        }
        if (checklist.contains(answers.get(answers.size() - 1).finding())) {
            List<Asked> kept = new ArrayList<>();
            for (Asked a : answers) {
                if (!checklist.contains(a.finding())) {
                    kept.add(a);
                } else if (fromStory.contains(a.finding())) {
                    kept.add(a);
                }
            }
            return new InterviewState(
                    id, age, sex, region, side, durationDays, painScore, kept, fromLog, List.of(), story, fromStory);
        }
        return new InterviewState(
                id,
                age,
                sex,
                region,
                side,
                durationDays,
                painScore,
                answers.subList(0, answers.size() - 1),
                fromLog,
                checklist,
                story,
                fromStory);
    }

    public Case toCase() {
        Map<String, Boolean> findings = new LinkedHashMap<>();
        java.util.Set<String> unsure = new java.util.LinkedHashSet<>();
        for (Asked a : answers) {
            if (a.answer() != Answer.UNKNOWN) {
                findings.put(a.finding(), a.answer().asFinding());
            } else {
                unsure.add(a.finding());
            }
        }
        return new Case(id, age, sex, region, side, durationDays, painScore, findings, unsure);
    }
}

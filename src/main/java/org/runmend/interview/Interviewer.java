package org.runmend.interview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Case;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.RankedCondition;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.TriageFloor;
import org.runmend.knowledge.Triage;

/**
 * Chooses the next question of the adaptive interview, in three phases:
 * <ol>
 *   <li><b>Screening:</b> the red-flag questions that matter for the region (the floors whose
 *       {@code askIn} lists it), most urgent first; a floor that needs two findings asks its
 *       second only after a yes to the first.</li>
 *   <li><b>Discrimination:</b> the question with the highest expected information gain (Shannon,
 *       in bits) about which condition it is plus which triage level it needs, with P(yes)
 *       predicted from the current posterior. It stops when the leading condition is clear and no
 *       more urgent condition is still in play, when no question is worth asking, or at the cap.</li>
 *   <li><b>Context:</b> up to {@link #CONTEXT_QUESTIONS} questions about the causes behind the
 *       leading condition (shoes, surface, warm-up, training), because the plan depends on them.
 *       Skipped when the runner needs a doctor today.</li>
 * </ol>
 */
public final class Interviewer {
    /** At most this many questions before the result, context questions included. */
    public static final int MAX_QUESTIONS = 14;
    static final int MAX_DISCRIMINATING = 12;
    static final int CONTEXT_QUESTIONS = 2;
    /** The leading condition counts as settled at this posterior. */
    static final double SETTLED = 0.85;
    /** A more urgent condition is out of play below this posterior. */
    static final double OUT_OF_PLAY = 0.03;
    /** A question worth less than this, in bits, is not asked. */
    static final double MIN_GAIN = 0.03;

    /** What the interview does next: ask a question, or show the result. */
    public sealed interface Step permits Ask, Done {
    }

    /** Ask about {@code finding}; {@code phase} is screening, discriminating or context. */
    public record Ask(Finding finding, String phase, int number) implements Step {
    }

    public record Done(Assessment assessment, int questionsAsked) implements Step {
    }

    private final PainCheck check;
    private final KnowledgeBase kb;

    public Interviewer(PainCheck check) {
        this.check = check;
        this.kb = check.knowledge();
    }

    public Step next(InterviewState state) {
        int asked = state.questionsAnswered();
        Case c = state.toCase();
        if (asked < MAX_QUESTIONS) {
            Optional<Finding> screen = nextScreening(state);
            if (screen.isPresent()) {
                return new Ask(screen.get(), "screening", asked + 1);
            }
            List<RankedCondition> ranked = check.rank(c);
            Triage triage = check.triage(c, ranked);
            if (asked < MAX_DISCRIMINATING && !settled(ranked, triage)) {
                Optional<Finding> best = mostInformative(state, c, ranked);
                if (best.isPresent()) {
                    return new Ask(best.get(), "discriminating", asked + 1);
                }
            }
            if (!triage.isAbove(Triage.SOON)) {
                Optional<Finding> context = nextContext(state, ranked.get(0).condition());
                if (context.isPresent()) {
                    return new Ask(context.get(), "context", asked + 1);
                }
            }
        }
        return new Done(check.assess(c), asked);
    }

    /** The red-flag questions for the region, in floor order (the file lists emergencies first). */
    List<String> screeningQuestions(InterviewState state) {
        List<String> out = new ArrayList<>();
        for (TriageFloor floor : kb.triageFloors()) {
            if (!floor.askIn().contains(state.region())) {
                continue;
            }
            boolean gateOpen = true;
            for (String f : floor.allOf()) {
                if (!gateOpen) {
                    break;
                }
                out.add(f);
                gateOpen = answeredYes(state, f);
            }
            if (gateOpen) {
                out.addAll(floor.anyOf());
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    private Optional<Finding> nextScreening(InterviewState state) {
        return screeningQuestions(state).stream()
                .filter(f -> !state.asked(f))
                .findFirst()
                .flatMap(kb::finding);
    }

    private static boolean answeredYes(InterviewState state, String finding) {
        return state.answers().stream().anyMatch(a -> a.finding().equals(finding) && a.answer() == Answer.YES);
    }

    private static boolean settled(List<RankedCondition> ranked, Triage triage) {
        if (ranked.get(0).probability() < SETTLED) {
            return false;
        }
        return ranked.stream().noneMatch(rc -> rc.condition().triage().isAbove(triage) && rc.probability() >= OUT_OF_PLAY);
    }

    private Optional<Finding> mostInformative(InterviewState state, Case c, List<RankedCondition> ranked) {
        double baseline = entropy(ranked);
        Finding best = null;
        double bestGain = MIN_GAIN;
        for (Finding f : kb.findings()) {
            if (f.isDerived() || state.asked(f.id()) || c.stated(f.id()).isPresent()) {
                continue;
            }
            double pYes = 0;
            for (RankedCondition rc : ranked) {
                pYes += rc.probability() * PainCheck.likelihood(rc.condition(), f);
            }
            double expected = pYes * entropy(check.rank(c.with(f.id(), true)))
                    + (1 - pYes) * entropy(check.rank(c.with(f.id(), false)));
            double gain = baseline - expected;
            if (gain > bestGain) {
                bestGain = gain;
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Entropy of the condition posterior plus entropy of the triage level it implies: a question
     * is worth as much for settling how urgent it is as for settling what it is.
     */
    static double entropy(List<RankedCondition> ranked) {
        double h = 0;
        double[] byLevel = new double[Triage.values().length];
        for (RankedCondition rc : ranked) {
            h += term(rc.probability());
            byLevel[rc.condition().triage().ordinal()] += rc.probability();
        }
        for (double p : byLevel) {
            h += term(p);
        }
        return h;
    }

    private static double term(double p) {
        return p <= 0 ? 0 : -p * Math.log(p) / Math.log(2);
    }

    /** Context findings behind the leading condition's causes, in the order the knowledge lists them. */
    private Optional<Finding> nextContext(InterviewState state, Condition top) {
        Set<String> candidates = new LinkedHashSet<>();
        for (SelfCareItem i : kb.selfCareItems()) {
            if (i.kind().equals("cause") && (i.conditions().contains(top.id()) || i.regions().contains(state.region()))) {
                candidates.addAll(i.contextFindings());
            }
        }
        long askedHere = state.answers().stream().filter(a -> candidates.contains(a.finding())).count();
        if (askedHere >= CONTEXT_QUESTIONS) {
            return Optional.empty();
        }
        return candidates.stream().filter(f -> !state.asked(f)).findFirst().flatMap(kb::finding);
    }
}

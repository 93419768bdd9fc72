package org.runmend.interview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Case;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.RankedCondition;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.MustNotMissRule;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.SelfCareKind;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageFloor;

/**
 * Chooses the next question of the adaptive interview, in three phases:
 * <ol>
 *   <li><b>Safety screen:</b> first, in every region, one checklist of every red flag a triage
 *       floor can use there (see {@link #checklist}); then, for a floor that a ticked item has
 *       half-opened, its remaining findings one by one (fever, then pain at night, say). As soon
 *       as the answers fix {@code emergency} the interview ends, whatever else is unknown.</li>
 *   <li><b>Discrimination:</b> the question with the highest expected information gain (Shannon,
 *       in bits) about which condition it is plus which triage level it needs, with P(yes)
 *       predicted from the current posterior. It stops when the leading condition is clear and no
 *       more urgent condition is still in play, when no question is worth asking, or at the cap.</li>
 *   <li><b>Rule-out:</b> before the interview ends (and from question {@link #RULE_OUT_FROM} on,
 *       before further discrimination), every condition needing a doctor today or now that is
 *       more urgent than the triage so far and still {@link #STILL_POSSIBLE} likely gets its best
 *       rule-out question: what its must-not-miss rule needs (knowledge/must-not-miss.json), else
 *       the finding that moves it most. A rare danger is not left unasked because it is rare.</li>
 *   <li><b>Context:</b> up to {@link #CONTEXT_QUESTIONS} questions about the causes behind the
 *       leading condition (shoes, surface, warm-up, training), because the plan depends on them.
 *       Skipped when the runner needs a doctor today.</li>
 * </ol>
 */
public final class Interviewer {
    /** At most this many questions before the result, context questions included. */
    public static final int MAX_QUESTIONS = 14;
    /** What the safety checklist asks, above its items. */
    public static final String CHECKLIST_TEXT =
            "Before anything else: tick everything on this list that is true for you now."
                    + " Leave the rest unticked.";

    static final int MAX_DISCRIMINATING = 12;
    static final int CONTEXT_QUESTIONS = 2;
    /** The leading condition counts as settled at this posterior. */
    static final double SETTLED = 0.85;
    /** A more urgent condition is out of play below this posterior. */
    static final double OUT_OF_PLAY = 0.03;
    /** A question worth less than this, in bits, is not asked. */
    static final double MIN_GAIN = 0.03;
    /**
     * A condition needing a doctor today or now stays in play down to this probability: before
     * the interview ends it gets its best rule-out question.
     */
    static final double STILL_POSSIBLE = 0.01;
    /** From this question on, a pending rule-out question comes before further discrimination. */
    static final int RULE_OUT_FROM = 6;
    /** How many of a condition's best rule-out questions count: once one of them is answered, it has had its question. */
    static final int RULE_OUT_CANDIDATES = 2;

    /** What the interview does next: ask a question, show the safety checklist, or show the result. */
    public sealed interface Step permits Ask, Checklist, Done {}

    /** The safety screen: tick any that apply; an item left unticked counts as no. */
    public record Checklist(List<Finding> items, int number) implements Step {}

    /** Ask about {@code finding}; {@code phase} is screening, discriminating or context. */
    public record Ask(Finding finding, String phase, int number) implements Step {}

    public record Done(Assessment assessment, int questionsAsked) implements Step {}

    private final PainCheck check;
    private final KnowledgeBase kb;

    public Interviewer(PainCheck check) {
        this.check = check;
        this.kb = check.knowledge();
    }

    public Step next(InterviewState state) {
        int asked = state.questionsAnswered();
        Case c = state.toCase();
        if (check.floorLevel(c) == Triage.EMERGENCY) {
            return new Done(check.assess(c), asked);
        }
        if (!state.screened()) {
            List<Finding> items = checklist(state).stream()
                    .filter(f -> !state.asked(f) || (state.isFromStory(f) && !c.has(f)))
                    .map(f -> kb.finding(f).orElseThrow())
                    .toList();
            if (!items.isEmpty()) {
                return new Checklist(items, asked + 1);
            }
        }
        if (asked < MAX_QUESTIONS) {
            Optional<Finding> screen = nextScreening(state, c);
            if (screen.isPresent()) {
                return new Ask(screen.get(), "screening", asked + 1);
            }
            List<RankedCondition> ranked = check.rank(c);
            Triage triage = check.triage(c, ranked);
            boolean settled = settled(ranked, triage);
            Optional<Finding> ruleOut = mustNotMiss(state, c, ranked, triage);
            if (ruleOut.isPresent() && (settled || asked >= RULE_OUT_FROM)) {
                return new Ask(ruleOut.get(), "rule-out", asked + 1);
            }
            if (asked < MAX_DISCRIMINATING && !settled) {
                Optional<Finding> best = mostInformative(state, c, ranked).or(() -> ruleOut(state, c, ranked, triage));
                if (best.isPresent()) {
                    return new Ask(best.get(), "discriminating", asked + 1);
                }
            }
            if (ruleOut.isPresent()) {
                return new Ask(ruleOut.get(), "rule-out", asked + 1);
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

    /**
     * The safety checklist for the case's region and age, most urgent floor first: for every floor
     * that can apply there, the finding that fixes it alone, or else its red-flag findings; and,
     * where the floor's {@code askIn} names the region, the first finding it needs (a pop or snap
     * at the Achilles, say). Then the other red flags of the contract's red-flag group that a
     * condition needing a doctor today or now lists in this region (a recent flight or other clot
     * risk where a clot can show, say). The rest of a floor is asked once a ticked item has opened it.
     */
    public List<String> checklist(InterviewState state) {
        Set<String> out = new LinkedHashSet<>();
        for (TriageFloor floor : kb.triageFloors()) {
            if (!floor.canApply(state.region(), state.age(), state.painScore())) {
                continue;
            }
            List<String> all = floor.findings();
            if (all.size() == 1) {
                out.addAll(all);
                continue;
            }
            all.stream()
                    .filter(f -> kb.finding(f).map(Finding::isRedFlag).orElse(false))
                    .forEach(out::add);
            if (floor.askIn().contains(state.region()) && !floor.allOf().isEmpty()) {
                out.add(floor.allOf().get(0));
            }
        }
        for (Condition c : kb.conditionsIn(state.region())) {
            if (c.triage().isAbove(Triage.SOON)) {
                c.likelihoods().keySet().stream()
                        .filter(f -> kb.finding(f).map(Finding::isRedFlag).orElse(false))
                        .forEach(out::add);
            }
        }
        kb.findings().stream().filter(Finding::asksFirst).map(Finding::id).forEach(out::add);
        return out.stream().filter(f -> askable(state, f)).toList();
    }

    /**
     * The must-not-miss question: for the likeliest condition that needs a doctor today or now,
     * is more urgent than the triage so far and still has {@value #STILL_POSSIBLE} or more, the
     * best question not yet asked to rule it out, unless one of its best questions has been asked.
     */
    Optional<Finding> mustNotMiss(InterviewState state, Case c, List<RankedCondition> ranked, Triage triage) {
        Optional<Finding> opened = halfOpenRule(state, c, triage);
        if (opened.isPresent()) {
            return opened;
        }
        for (RankedCondition rc : ranked) {
            Condition cond = rc.condition();
            if (!cond.triage().isAbove(Triage.SOON)
                    || !cond.triage().isAbove(triage)
                    || rc.probability() < STILL_POSSIBLE) {
                continue;
            }
            List<String> best = ruleOutQuestions(cond, state, c);
            List<String> top = best.subList(0, Math.min(RULE_OUT_CANDIDATES, best.size()));
            if (top.stream().anyMatch(f -> state.asked(f) || c.stated(f).isPresent())) {
                continue;
            }
            Optional<Finding> next = top.stream().findFirst().flatMap(kb::finding);
            if (next.isPresent()) {
                return next;
            }
        }
        return Optional.empty();
    }

    /**
     * The next question of a must-not-miss rule that an answer has half-opened: the rule can apply
     * to this runner, would raise the triage, has a point or a required finding stated present
     * already, does not hold yet and still can (a "not sure" does not close it); its missing
     * required findings first, then its items by points.
     */
    private Optional<Finding> halfOpenRule(InterviewState state, Case c, Triage triage) {
        for (MustNotMissRule rule : kb.mustNotMiss()) {
            Triage needs = rule.condition() == null
                    ? rule.level()
                    : kb.condition(rule.condition()).map(Condition::triage).orElse(null);
            if (needs == null
                    || !needs.isAbove(triage)
                    || !rule.canApply(c.region(), c.age(), c.sex(), kb.regionsOf(rule))
                    || rule.holds(c, kb.regionsOf(rule))) {
                continue;
            }
            boolean denied = rule.requires().stream()
                            .anyMatch(f -> c.stated(f).map(v -> !v).orElse(false))
                    || (!rule.requiresAnyOf().isEmpty()
                            && rule.requiresAnyOf().stream()
                                    .allMatch(f -> c.stated(f).map(v -> !v).orElse(false)));
            int points = rule.points(c);
            // a "not sure" keeps a rule open but is no evidence for it: only a finding stated present starts it
            boolean started = points > 0
                    || rule.requires().stream().anyMatch(c::has)
                    || rule.requiresAnyOf().stream().anyMatch(c::has);
            if (denied || !started) {
                continue;
            }
            List<String> open = new ArrayList<>();
            rule.requires().stream().filter(f -> !c.has(f)).forEach(open::add);
            if (rule.requiresAnyOf().stream().noneMatch(c::has)) {
                open.addAll(rule.requiresAnyOf());
            }
            rule.items().stream()
                    .filter(i -> i.finding() != null && i.points() > 0 && !c.has(i.finding()))
                    .sorted(java.util.Comparator.comparingInt(i -> -i.points()))
                    .forEach(i -> open.add(i.finding()));
            int reachable = points
                    + rule.items().stream()
                            .filter(i -> i.finding() != null
                                    && i.points() > 0
                                    && !state.asked(i.finding())
                                    && c.stated(i.finding()).isEmpty())
                            .mapToInt(MustNotMissRule.Item::points)
                            .sum();
            if (reachable < rule.minPoints()) {
                continue;
            }
            Optional<Finding> next = open.stream()
                    .filter(f -> !state.asked(f)
                            && c.stated(f).isEmpty()
                            && askable(state, f)
                            && !check.knownFromIntake(c, f))
                    .findFirst()
                    .flatMap(kb::finding);
            if (next.isPresent()) {
                return next;
            }
        }
        return Optional.empty();
    }

    /**
     * A condition's rule-out questions, best first: the findings of the must-not-miss rules that
     * can apply to this runner (what a rule needs, then its items by points), then the findings
     * whose answer moves the condition most against its neighbours. Only questions this runner can
     * be asked, and not answered by the intake.
     */
    List<String> ruleOutQuestions(Condition cond, InterviewState state, Case c) {
        Set<String> out = new LinkedHashSet<>();
        for (MustNotMissRule rule : kb.mustNotMiss()) {
            if (cond.id().equals(rule.condition()) && rule.canApply(c.region(), c.age(), c.sex(), kb.regionsOf(rule))) {
                out.addAll(rule.requires());
                out.addAll(rule.requiresAnyOf());
                rule.items().stream()
                        .filter(i -> i.finding() != null && i.points() > 0)
                        .sorted(java.util.Comparator.comparingInt(i -> -i.points()))
                        .forEach(i -> out.add(i.finding()));
            }
        }
        var table = kb.likelihoods().region(c.region()).orElseThrow();
        int at = table.indexOf(cond.id());
        cond.likelihoods().keySet().stream()
                .sorted(java.util.Comparator.comparingDouble((String id) -> {
                            int fi = kb.likelihoods().findingIndex(id);
                            return -(Math.abs(Math.log(table.ratio(at, fi, true)))
                                    + Math.abs(Math.log(table.ratio(at, fi, false))));
                        })
                        .thenComparing(id -> id))
                .forEach(out::add);
        return out.stream()
                .filter(f ->
                        askable(state, f) && !kb.finding(f).orElseThrow().isDerived() && !check.knownFromIntake(c, f))
                .toList();
    }

    /** Whether the question makes sense for this runner (no testicle question for a woman, say). */
    private boolean askable(InterviewState state, String finding) {
        return kb.finding(finding).map(f -> f.askable(state.sex(), state.age())).orElse(false);
    }

    /**
     * A finding that could complete a floor above the current triage: the floor can apply, one
     * of its findings is already yes, and this one is not yet asked.
     */
    private Optional<Finding> nextScreening(InterviewState state, Case c) {
        Triage now = check.floorLevel(c);
        for (TriageFloor floor : kb.triageFloors()) {
            if (!floor.level().isAbove(now)
                    || !floor.canApply(state.region(), state.age(), state.painScore())
                    || floor.findings().stream().noneMatch(c::has)) {
                continue;
            }
            boolean anyOfMet = floor.anyOf().isEmpty() || floor.anyOf().stream().anyMatch(c::has);
            boolean allOfOpen = floor.allOf().stream().allMatch(f -> c.has(f) || !state.asked(f));
            if (!allOfOpen) {
                continue;
            }
            Optional<String> missing = floor.allOf().stream()
                    .filter(f -> !state.asked(f) && askable(state, f))
                    .findFirst();
            if (missing.isEmpty() && !anyOfMet) {
                missing = floor.anyOf().stream()
                        .filter(f -> !state.asked(f) && askable(state, f))
                        .findFirst();
            }
            if (missing.isPresent()) {
                return kb.finding(missing.get());
            }
        }
        return Optional.empty();
    }

    /**
     * When no question is worth much on average but a condition more urgent than the current
     * triage is still in play, the finding that best tells that condition from its neighbours:
     * a rare danger is not left unasked because it is rare.
     */
    private Optional<Finding> ruleOut(InterviewState state, Case c, List<RankedCondition> ranked, Triage triage) {
        var table = kb.likelihoods().region(c.region()).orElseThrow();
        Finding best = null;
        double bestWeight = 0;
        for (RankedCondition rc : ranked) {
            if (!rc.condition().triage().isAbove(triage) || rc.probability() < OUT_OF_PLAY) {
                continue;
            }
            int i = table.indexOf(rc.id());
            for (String id : rc.condition().likelihoods().keySet()) {
                Finding f = kb.finding(id).orElseThrow();
                if (f.isDerived()
                        || state.asked(id)
                        || c.stated(id).isPresent()
                        || !f.askable(c.sex(), c.age())
                        || check.knownFromIntake(c, id)) {
                    continue;
                }
                int fi = kb.likelihoods().findingIndex(id);
                double weight =
                        Math.abs(Math.log(table.ratio(i, fi, true))) + Math.abs(Math.log(table.ratio(i, fi, false)));
                if (weight > bestWeight) {
                    bestWeight = weight;
                    best = f;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean settled(List<RankedCondition> ranked, Triage triage) {
        if (ranked.get(0).probability() < SETTLED) {
            return false;
        }
        return ranked.stream()
                .noneMatch(rc -> rc.condition().triage().isAbove(triage) && rc.probability() >= OUT_OF_PLAY);
    }

    private Optional<Finding> mostInformative(InterviewState state, Case c, List<RankedCondition> ranked) {
        double baseline = entropy(ranked);
        Set<String> fromIntake = check.knownFromIntake(c);
        PainCheck.OneMore oneMore = check.oneMore(c);
        Finding best = null;
        double bestGain = MIN_GAIN;
        for (Finding f : kb.findings()) {
            if (f.isDerived()
                    || state.asked(f.id())
                    || c.stated(f.id()).isPresent()
                    || !f.askable(c.sex(), c.age())
                    || fromIntake.contains(f.id())) {
                continue;
            }
            double pYes = 0;
            for (RankedCondition rc : ranked) {
                pYes += rc.probability() * check.likelihood(c.region(), rc.condition(), f);
            }
            // the reasons of each ranking are not needed here: only its probabilities count
            double expected =
                    pYes * entropy(oneMore.rank(f.id(), true)) + (1 - pYes) * entropy(oneMore.rank(f.id(), false));
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
        Map<Triage, Double> byLevel = new EnumMap<>(Triage.class);
        for (Triage t : Triage.values()) {
            byLevel.put(t, 0.0);
        }
        for (RankedCondition rc : ranked) {
            h += term(rc.probability());
            byLevel.merge(rc.condition().triage(), rc.probability(), Double::sum);
        }
        for (double p : byLevel.values()) {
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
            if (i.kind() == SelfCareKind.CAUSE
                    && (i.conditions().contains(top.id()) || i.regions().contains(state.region()))) {
                candidates.addAll(i.contextFindings());
            }
        }
        long askedHere = state.answers().stream()
                .filter(a -> candidates.contains(a.finding()))
                .count();
        if (askedHere >= CONTEXT_QUESTIONS) {
            return Optional.empty();
        }
        return candidates.stream().filter(f -> !state.asked(f)).findFirst().flatMap(kb::finding);
    }
}

package org.runmend.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmend.knowledge.CaseFacts;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.LikelihoodModel;
import org.runmend.knowledge.MustNotMissRule;
import org.runmend.knowledge.PriorModifier;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.SelfCareKind;
import org.runmend.knowledge.Triage;

/**
 * The pain check: a naive Bayes ranking of the conditions that can show in the case's region,
 * followed by {@link TriageRules}. Pure and thread-safe; knows nothing of HTTP or the terminal.
 *
 * <p>posterior(c) is proportional to prior(c, region) x age/sex modifiers x the product, over
 * every stated finding f, of P(f | c) when present and 1 - P(f | c) when absent. P(f | c) is the
 * condition's likelihood where the knowledge base gives one and the finding's base rate otherwise,
 * so a finding the condition does not list is neutral between such conditions, and an unknown
 * finding changes nothing. This is the textbook use of likelihood ratios in sequence (Sackett et
 * al., Evidence-Based Medicine; McGee, Evidence-Based Physical Diagnosis, ch. 2), with the usual
 * assumption that findings are conditionally independent.
 */
public final class PainCheck {
    /** A reason is shown when its likelihood ratio moves the odds by at least this factor. */
    private static final double SHOWN_RATIO = 1.25;
    /** A plan the runner can follow at home: what to do first, then exercises, then when to get help. */
    private static final List<SelfCareKind> SELF_CARE_ORDER = List.of(
            SelfCareKind.REMEDY, SelfCareKind.EXERCISE, SelfCareKind.RETURN_TO_RUNNING, SelfCareKind.SEE_DOCTOR);

    /** The finding a case's {@code side} answers: pain on both sides, or on one. */
    static final String BOTH_SIDES = "both-sides";

    private final KnowledgeBase kb;
    private final TriageRules triageRules;

    public PainCheck(KnowledgeBase kb) {
        this.kb = kb;
        this.triageRules = new TriageRules(kb);
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    public Assessment assess(Case c) {
        List<RankedCondition> ranked = rank(c);
        TriageRules.Decision decision = triageRules.decide(c, ranked);
        ResultMessage message = ResultMessage.of(kb, c, ranked, decision.level(), decision.escalations());
        return new Assessment(
                c,
                ranked,
                decision.level(),
                decision.redFlags(),
                decision.escalations(),
                decision.alternatives(),
                message,
                plan(c, ranked, decision, message),
                contextTips(c));
    }

    /**
     * The posterior ranking alone, most likely first, without triage or plan: cheap enough to
     * call many times when choosing the next interview question.
     */
    public List<RankedCondition> rank(Case c) {
        return rank(c, true);
    }

    /**
     * The same ranking as {@link #rank}, the same probabilities in the same order, but without the
     * reasons: for the interview, which weighs the ranking after every question it could ask and
     * needs only the probabilities.
     */
    public List<RankedCondition> rankWithoutReasons(Case c) {
        return rank(c, false);
    }

    /**
     * The rankings of a case with one more finding answered, each as {@link #rankWithoutReasons}
     * of {@code c.with(finding, present)} would give it, worked out from what the case already
     * states: the interview weighs every question it could ask this way.
     */
    public OneMore oneMore(Case c) {
        return new OneMore(c);
    }

    /**
     * The case's ranking worked out up to its stated findings, once; {@link #rank(String, boolean)}
     * adds one finding and the intake's answers. The log-scores are summed in the order
     * {@link #rank(Case)} sums them (prior, age/sex, stated findings, the new one, the intake's),
     * so the probabilities are the same to the last bit.
     */
    public final class OneMore {
        private final Case c;
        private final LikelihoodModel.Region table;
        private final Set<String> evidenceIds;
        /** Per condition: log prior, age/sex modifiers and the case's stated findings. */
        private final double[] stated;
        /** The intake's answers (side, derived findings), after the stated ones. */
        private final int[] intake;

        private final boolean[] intakePresent;

        private OneMore(Case c) {
            this.c = c;
            Map<String, Boolean> evidence = evidence(c);
            this.evidenceIds = evidence.keySet();
            this.table = table(c);
            int n = table.size();
            int own = c.findings().size();
            int[] ids = new int[evidence.size()];
            boolean[] present = new boolean[evidence.size()];
            int k = 0;
            for (Map.Entry<String, Boolean> e : evidence.entrySet()) {
                ids[k] = kb.likelihoods().findingIndex(e.getKey());
                present[k] = e.getValue();
                k++;
            }
            this.intake = Arrays.copyOfRange(ids, own, ids.length);
            this.intakePresent = Arrays.copyOfRange(present, own, present.length);
            this.stated = new double[n];
            for (int i = 0; i < n; i++) {
                double log = logPrior(table, i, c);
                for (int j = 0; j < own; j++) {
                    double p = table.p(i, ids[j]);
                    log += Math.log(present[j] ? p : 1 - p);
                }
                stated[i] = log;
            }
        }

        /** The ranking of the case with {@code findingId} stated present or absent, without reasons. */
        public List<RankedCondition> rank(String findingId, boolean present) {
            if (evidenceIds.contains(findingId)) {
                // already stated or answered by the intake: the general way
                return rankWithoutReasons(c.with(findingId, present));
            }
            int added = kb.likelihoods().findingIndex(findingId);
            int n = table.size();
            double[] logScores = new double[n];
            for (int i = 0; i < n; i++) {
                double log = stated[i];
                double p = table.p(i, added);
                log += Math.log(present ? p : 1 - p);
                for (int j = 0; j < intake.length; j++) {
                    double q = table.p(i, intake[j]);
                    log += Math.log(intakePresent[j] ? q : 1 - q);
                }
                logScores[i] = log;
            }
            return ranked(table, keepInPlay(new WithOne(c, findingId, present), table, softmax(logScores)), null);
        }
    }

    /** What the rules read from {@code c.with(finding, present)}, without copying the case. */
    private record WithOne(Case c, String finding, boolean present) implements CaseFacts {
        @Override
        public String region() {
            return c.region();
        }

        @Override
        public Integer age() {
            return c.age();
        }

        @Override
        public String sex() {
            return c.sex();
        }

        @Override
        public String side() {
            return c.side();
        }

        @Override
        public Integer durationDays() {
            return c.durationDays();
        }

        @Override
        public Integer painScore() {
            return c.painScore();
        }

        @Override
        public boolean has(String findingId) {
            return findingId.equals(finding) ? present : c.has(findingId);
        }

        @Override
        public boolean unsure(String findingId) {
            return !findingId.equals(finding) && c.unsure(findingId);
        }
    }

    private List<RankedCondition> rank(Case c, boolean withReasons) {
        Map<String, Boolean> evidence = evidence(c);
        LikelihoodModel.Region table = table(c);
        int n = table.size();
        int[] stated = new int[evidence.size()];
        boolean[] present = new boolean[evidence.size()];
        int k = 0;
        for (Map.Entry<String, Boolean> e : evidence.entrySet()) {
            stated[k] = kb.likelihoods().findingIndex(e.getKey());
            present[k] = e.getValue();
            k++;
        }
        double[] logScores = new double[n];
        List<List<Reason>> reasons = new ArrayList<>(n);
        List<String> ids = List.copyOf(evidence.keySet());
        for (int i = 0; i < n; i++) {
            double log = logPrior(table, i, c);
            List<Reason> why = withReasons ? new ArrayList<>() : List.of();
            for (int j = 0; j < stated.length; j++) {
                double p = table.p(i, stated[j]);
                log += Math.log(present[j] ? p : 1 - p);
                if (!withReasons) {
                    continue;
                }
                double ratio = table.ratio(i, stated[j], present[j]);
                if (ratio >= SHOWN_RATIO || ratio <= 1 / SHOWN_RATIO) {
                    why.add(new Reason(ids.get(j), present[j], ratio));
                }
            }
            if (withReasons) {
                why.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(Math.log(r.likelihoodRatio()))));
            }
            logScores[i] = log;
            reasons.add(why);
        }
        return ranked(table, keepInPlay(c, table, softmax(logScores)), reasons);
    }

    /** The region's likelihood table; a region where no condition shows is the case's error. */
    private LikelihoodModel.Region table(Case c) {
        return kb.likelihoods()
                .region(c.region())
                .filter(t -> t.size() > 0)
                .orElseThrow(() -> new InvalidCaseException(
                        "region", c.region(), "no condition in the knowledge base shows there"));
    }

    /** Condition {@code i}'s log prior in the region, with the age and sex modifiers that apply to the case. */
    private static double logPrior(LikelihoodModel.Region table, int i, CaseFacts c) {
        double log = Math.log(table.prior(i));
        for (PriorModifier m : table.conditions().get(i).priorModifiers()) {
            if (m.appliesTo(c.age(), c.sex())) {
                log += Math.log(m.factor());
            }
        }
        return log;
    }

    /** The conditions with their posteriors, most likely first; {@code reasons} per condition, or null for none. */
    private static List<RankedCondition> ranked(
            LikelihoodModel.Region table, double[] posterior, List<List<Reason>> reasons) {
        List<RankedCondition> ranked = new ArrayList<>(posterior.length);
        for (int i = 0; i < posterior.length; i++) {
            ranked.add(new RankedCondition(
                    table.conditions().get(i), posterior[i], reasons == null ? List.of() : reasons.get(i)));
        }
        ranked.sort(Comparator.comparingDouble(RankedCondition::probability).reversed());
        return ranked;
    }

    /** The level the red-flag floors alone fix for a case: emergency ends an interview at once. */
    public Triage floorLevel(Case c) {
        return triageRules.floorLevel(c);
    }

    /** The triage a ranking leads to for a case (see {@link TriageRules}). */
    public Triage triage(Case c, List<RankedCondition> ranked) {
        return triageRules.decide(c, ranked).level();
    }

    /**
     * Whether the intake already answers a finding the case does not state: the side answers
     * "both sides?", the duration, pain score and age answer the derived findings. Such a finding
     * is never asked.
     */
    public boolean knownFromIntake(Case c, String findingId) {
        return !c.findings().containsKey(findingId) && evidence(c).containsKey(findingId);
    }

    /** Every finding {@link #knownFromIntake} answers for the case, worked out once. */
    public Set<String> knownFromIntake(Case c) {
        Set<String> out = new java.util.HashSet<>(evidence(c).keySet());
        out.removeAll(c.findings().keySet());
        return out;
    }

    /** The stated findings plus the derived ones (from duration, pain score and age). */
    Map<String, Boolean> evidence(Case c) {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>(c.findings());
        if (c.side() != null
                && !out.containsKey(BOTH_SIDES)
                && kb.finding(BOTH_SIDES).isPresent()) {
            out.put(BOTH_SIDES, c.side().equals("both"));
        }
        for (Finding f : kb.findings()) {
            if (!f.isDerived() || out.containsKey(f.id())) {
                continue;
            }
            Optional<Integer> value = switch (f.derived().field()) {
                case "durationDays" -> Optional.ofNullable(c.durationDays());
                case "painScore" -> Optional.ofNullable(c.painScore());
                case "age" -> Optional.ofNullable(c.age());
                default -> Optional.empty();
            };
            value.ifPresent(v -> out.put(f.id(), f.derived().holdsFor(v)));
        }
        return out;
    }

    /** P(f present | c) in the region: the condition's likelihood, or the finding's background rate there. */
    public double likelihood(String region, Condition c, Finding f) {
        LikelihoodModel.Region table = kb.likelihoods().region(region).orElseThrow();
        return table.p(table.indexOf(c.id()), kb.likelihoods().findingIndex(f.id()));
    }

    /**
     * Applies the must-not-miss rules that hold for the case: each keeps its condition at no less
     * than the rule's {@code keepsAtLeast}, taking the difference from the other conditions in
     * proportion, so a danger the rule cannot rule out is never ranked away by the naive Bayes
     * product of findings it does not model together (knowledge/must-not-miss.json).
     */
    private double[] keepInPlay(CaseFacts c, LikelihoodModel.Region table, double[] posterior) {
        double[] kept = new double[posterior.length];
        boolean any = false;
        for (MustNotMissRule rule : kb.rulesHolding(c)) {
            int i = rule.condition() == null ? -1 : table.indexOf(rule.condition());
            if (i >= 0 && rule.keepsAtLeast() != null && rule.keepsAtLeast() > kept[i]) {
                kept[i] = rule.keepsAtLeast();
                any = true;
            }
        }
        if (!any) {
            return posterior;
        }
        double raisedTo = 0;
        double others = 0;
        for (int i = 0; i < posterior.length; i++) {
            if (kept[i] > posterior[i]) {
                raisedTo += kept[i];
            } else {
                others += posterior[i];
            }
        }
        if (raisedTo >= 1 || others <= 0) {
            return posterior;
        }
        double scale = (1 - raisedTo) / others;
        double[] out = new double[posterior.length];
        for (int i = 0; i < posterior.length; i++) {
            out[i] = kept[i] > posterior[i] ? kept[i] : posterior[i] * scale;
        }
        return out;
    }

    static double[] softmax(double[] logs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logs) {
            max = Math.max(max, l);
        }
        double sum = 0;
        double[] out = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            out[i] = Math.exp(logs[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /**
     * The leading condition's plan. When the case needs a doctor today or now, only the
     * doctor-visit advice is offered: exercises wait until someone has examined the runner.
     * Entries for another region, entries whose advice the triage headline forbids, entries
     * written for pain of another age or score (no cold pack "for a fresh injury" on pain of three
     * weeks), and entries about a context the runner said no to are left out, so nothing in the
     * plan contradicts the headline or the runner's own answers.
     *
     * <p>When the triage is raised for a more urgent condition (one still plausible, or the one a
     * warning sign points to), the plan is the one safe for both: the leading condition's entries
     * written for the urgent one too, and the urgent one's doctor-visit advice instead of the
     * leading condition's (which was written for a milder case), so nothing tells the runner to
     * keep loading what may be a stress fracture or to wait two weeks for what needs a doctor today.
     * A warning sign that no ranked condition explains leaves only the headline's own advice. A
     * condition named by a must-not-miss rule counts among those it is raised for only when it is
     * more urgent than the leading one: a second cause at the leading one's level (a stress
     * fracture elsewhere in the foot) is no reason to keep wait-and-see advice on a raised result.
     * Advice to keep running is left out whenever a condition that needs a clinician is still
     * possible ({@link TriageRules#stillPossible}) or another entry says stop.
     */
    private List<SelfCareItem> plan(
            Case c, List<RankedCondition> ranked, TriageRules.Decision d, ResultMessage message) {
        Condition top = ranked.get(0).condition();
        Triage level = d.level();
        Map<String, Boolean> answers = evidence(c);
        List<Condition> raising = new java.util.ArrayList<>(d.alternatives().stream()
                .map(RankedCondition::condition)
                .filter(a -> a.triage().isAbove(top.triage()))
                .toList());
        if (message.ruleOut()
                && message.subject().triage().isAbove(top.triage())
                && !raising.contains(message.subject())) {
            raising.add(message.subject());
        }
        boolean raisedForOther = level.isAbove(top.triage())
                && d.escalations().stream()
                        .anyMatch(e -> e.level() == level
                                && (e.kind() == Escalation.Kind.RED_FLAG
                                        || e.kind() == Escalation.Kind.PLAUSIBLE_CONDITION
                                        || e.kind() == Escalation.Kind.MUST_NOT_MISS));
        Set<SelfCareItem> out = new LinkedHashSet<>();
        for (SelfCareItem i : kb.selfCareFor(top.id())) {
            boolean forRaising = raising.stream().allMatch(a -> i.conditions().contains(a.id()))
                    && !(raisedForOther && raising.isEmpty());
            boolean keep = isDoctorVisit(i) ? !raisedForOther || forRaising : forRaising;
            if (keep && SELF_CARE_ORDER.contains(i.kind()) && fits(i, c, level, answers)) {
                out.add(i);
            }
        }
        for (Condition a : raising) {
            kb.selfCareFor(a.id()).stream()
                    .filter(i -> isDoctorVisit(i) && fits(i, c, level, answers))
                    .forEach(out::add);
        }
        boolean stop = out.stream().anyMatch(i -> i.running() == SelfCareItem.Running.STOP);
        boolean caution = ranked.stream().skip(1).anyMatch(TriageRules::stillPossible);
        return out.stream()
                .filter(i -> !level.isAbove(Triage.SOON) || isDoctorVisit(i))
                .filter(i -> i.running() != SelfCareItem.Running.KEEP || (!stop && !caution))
                .sorted(Comparator.comparingInt(i -> SELF_CARE_ORDER.indexOf(i.kind())))
                .toList();
    }

    private static boolean isDoctorVisit(SelfCareItem i) {
        return i.kind() == SelfCareKind.SEE_DOCTOR;
    }

    /**
     * An entry fits when written for the region, allowed at the triage, written for pain of this
     * age and score, and not about a context the runner denied.
     */
    private static boolean fits(SelfCareItem i, Case c, Triage level, Map<String, Boolean> answers) {
        return i.fitsRegion(c.region())
                && i.fitsTriage(level)
                && i.fitsPain(c.durationDays(), c.painScore())
                && !i.deniedBy(answers);
    }

    /** Causes and prevention tips whose context findings the runner said yes to. */
    private List<SelfCareItem> contextTips(Case c) {
        Set<SelfCareItem> tips = new LinkedHashSet<>();
        for (SelfCareItem i : kb.selfCareItems()) {
            boolean tipKind = i.kind().isTip();
            boolean matches = i.contextFindings().stream().anyMatch(c::has);
            boolean fits = i.regions().isEmpty() || i.regions().contains(c.region());
            if (tipKind && matches && fits && !i.deniedBy(c.findings())) {
                tips.add(i);
            }
        }
        return List.copyOf(tips);
    }
}

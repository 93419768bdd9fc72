package org.runmend.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Likelihood;
import org.runmend.knowledge.PriorModifier;
import org.runmend.knowledge.SelfCareItem;
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
    private static final List<String> SELF_CARE_ORDER = List.of("remedy", "exercise", "return-to-running", "see-doctor");

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
        RankedCondition top = ranked.get(0);
        return new Assessment(c, ranked, decision.level(), decision.redFlags(), decision.reasons(),
                plan(c, top.condition(), decision.level()), contextTips(c, top.condition()));
    }

    /**
     * The posterior ranking alone, most likely first, without triage or plan: cheap enough to
     * call many times when choosing the next interview question.
     */
    public List<RankedCondition> rank(Case c) {
        Map<String, Boolean> evidence = evidence(c);
        List<Condition> candidates = kb.conditionsIn(c.region());
        if (candidates.isEmpty()) {
            throw new InvalidCaseException("region", c.region(), "no condition in the knowledge base shows there");
        }
        double[] logScores = new double[candidates.size()];
        List<List<Reason>> reasons = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Condition cond = candidates.get(i);
            double log = Math.log(cond.priors().get(c.region()));
            for (PriorModifier m : cond.priorModifiers()) {
                if (m.appliesTo(c.age(), c.sex())) {
                    log += Math.log(m.factor());
                }
            }
            List<Reason> why = new ArrayList<>();
            for (Map.Entry<String, Boolean> e : evidence.entrySet()) {
                Finding f = kb.finding(e.getKey()).orElseThrow();
                double p = likelihood(cond, f);
                boolean present = e.getValue();
                log += Math.log(present ? p : 1 - p);
                double ratio = present ? p / f.baseRate() : (1 - p) / (1 - f.baseRate());
                if (ratio >= SHOWN_RATIO || ratio <= 1 / SHOWN_RATIO) {
                    why.add(new Reason(f.id(), present, ratio));
                }
            }
            why.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(Math.log(r.likelihoodRatio()))));
            logScores[i] = log;
            reasons.add(why);
        }
        double[] posterior = softmax(logScores);
        List<RankedCondition> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ranked.add(new RankedCondition(candidates.get(i), posterior[i], reasons.get(i)));
        }
        ranked.sort(Comparator.comparingDouble(RankedCondition::probability).reversed());
        return ranked;
    }

    /** The triage a ranking leads to for a case (see {@link TriageRules}). */
    public Triage triage(Case c, List<RankedCondition> ranked) {
        return triageRules.decide(c, ranked).level();
    }

    /** The stated findings plus the derived ones (from duration, pain score and age). */
    Map<String, Boolean> evidence(Case c) {
        Map<String, Boolean> out = new java.util.LinkedHashMap<>(c.findings());
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

    /** P(f present | c): the condition's likelihood, or the finding's base rate. */
    public static double likelihood(Condition c, Finding f) {
        Likelihood l = c.likelihoods().get(f.id());
        return l != null ? l.p() : f.baseRate();
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
     * Entries for another region, entries whose advice the triage headline forbids, and entries
     * about a context the runner said no to are left out, so nothing in the plan contradicts the
     * headline or the runner's own answers.
     */
    private List<SelfCareItem> plan(Case c, Condition top, Triage level) {
        Map<String, Boolean> answers = evidence(c);
        List<SelfCareItem> items = kb.selfCareFor(top.id()).stream()
                .filter(i -> i.fitsRegion(c.region()) && i.fitsTriage(level) && !i.deniedBy(answers))
                .toList();
        if (level.isAbove(Triage.SOON)) {
            return items.stream().filter(i -> i.kind().equals("see-doctor")).toList();
        }
        return items.stream()
                .filter(i -> SELF_CARE_ORDER.contains(i.kind()))
                .sorted(Comparator.comparingInt(i -> SELF_CARE_ORDER.indexOf(i.kind())))
                .toList();
    }

    /** Causes and prevention tips whose context findings the runner said yes to. */
    private List<SelfCareItem> contextTips(Case c, Condition top) {
        Set<SelfCareItem> tips = new LinkedHashSet<>();
        for (SelfCareItem i : kb.selfCareItems()) {
            boolean tipKind = i.kind().equals("cause") || i.kind().equals("prevention");
            boolean matches = i.contextFindings().stream().anyMatch(c::has);
            boolean fits = i.regions().isEmpty() || i.regions().contains(c.region())
                    || i.conditions().contains(top.id());
            if (tipKind && matches && fits && !i.deniedBy(c.findings())) {
                tips.add(i);
            }
        }
        return List.copyOf(tips);
    }
}

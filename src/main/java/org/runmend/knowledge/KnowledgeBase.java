package org.runmend.knowledge;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated, immutable knowledge the pain check reasons with. Build it with
 * {@link KnowledgeLoader}; once built every reference in it resolves.
 */
public final class KnowledgeBase {
    private final Map<String, Region> regions;
    private final Map<String, Finding> findings;
    private final Map<String, Condition> conditions;
    private final Map<String, SelfCareItem> selfCare;
    private final Map<String, Seed> seeds;
    private final Map<Triage, TriageAdvice> triageAdvice;
    private final List<TriageFloor> triageFloors;
    private final List<MustNotMissRule> mustNotMiss;
    private final LibraryInfo library;
    private final BodyDrawing bodyMap;
    private final LikelihoodModel likelihoods;
    /** Each condition's self-care entries, most pressing kind first, worked out once. */
    private final Map<String, List<SelfCareItem>> selfCareByCondition = new java.util.HashMap<>();
    /**
     * Each must-not-miss rule's regions ({@link #regionsOf}), worked out once: the interview asks
     * for them for every rule in every ranking it weighs.
     */
    private final java.util.IdentityHashMap<MustNotMissRule, java.util.Set<String>> ruleRegions =
            new java.util.IdentityHashMap<>();

    KnowledgeBase(
            Map<String, Region> regions,
            Map<String, Finding> findings,
            Map<String, Condition> conditions,
            Map<String, SelfCareItem> selfCare,
            Map<String, Seed> seeds,
            Map<Triage, TriageAdvice> triageAdvice,
            List<TriageFloor> triageFloors,
            List<MustNotMissRule> mustNotMiss,
            LibraryInfo library,
            BodyDrawing bodyMap) {
        this.regions = regions;
        this.findings = findings;
        this.conditions = conditions;
        this.selfCare = selfCare;
        this.seeds = seeds;
        this.triageAdvice = triageAdvice;
        this.triageFloors = List.copyOf(triageFloors);
        this.mustNotMiss = List.copyOf(mustNotMiss);
        this.library = library;
        this.bodyMap = bodyMap;
        Map<String, List<Condition>> byRegion = new java.util.LinkedHashMap<>();
        regions.keySet().forEach(r -> byRegion.put(r, conditionsIn(r)));
        this.likelihoods = new LikelihoodModel(List.copyOf(findings.values()), byRegion);
        for (String id : conditions.keySet()) {
            selfCareByCondition.put(
                    id,
                    selfCare.values().stream()
                            .filter(i -> i.conditions().contains(id))
                            .sorted(Comparator.comparing(SelfCareItem::kind))
                            .toList());
        }
        for (MustNotMissRule rule : this.mustNotMiss) {
            ruleRegions.put(rule, regionsOfRule(rule));
        }
    }

    /** P(finding | condition) per region and the likelihood ratios against a condition's neighbours. */
    public LikelihoodModel likelihoods() {
        return likelihoods;
    }

    private static KnowledgeBase bundled;

    /**
     * The knowledge base shipped in the application, validated; loaded once per JVM and shared
     * after (it is read-only, and its files cannot change while the application runs).
     */
    public static synchronized KnowledgeBase bundled() {
        if (bundled == null) {
            bundled = KnowledgeLoader.fromClasspath().load();
        }
        return bundled;
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    public Collection<Finding> findings() {
        return findings.values();
    }

    public Collection<Condition> conditions() {
        return conditions.values();
    }

    public Collection<SelfCareItem> selfCareItems() {
        return selfCare.values();
    }

    public Collection<Seed> seeds() {
        return seeds.values();
    }

    public Optional<Region> region(String id) {
        return Optional.ofNullable(regions.get(id));
    }

    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    public Optional<Condition> condition(String id) {
        return Optional.ofNullable(conditions.get(id));
    }

    public Optional<SelfCareItem> selfCareItem(String id) {
        return Optional.ofNullable(selfCare.get(id));
    }

    /** The red-flag floors, in file order. */
    public List<TriageFloor> triageFloors() {
        return triageFloors;
    }

    /** The rules that keep a dangerous condition in play (must-not-miss.json), in file order. */
    public List<MustNotMissRule> mustNotMiss() {
        return mustNotMiss;
    }

    /** The regions where a rule applies: its own, or else its condition's. */
    public java.util.Set<String> regionsOf(MustNotMissRule rule) {
        java.util.Set<String> known = ruleRegions.get(rule);
        return known != null ? known : regionsOfRule(rule);
    }

    private java.util.Set<String> regionsOfRule(MustNotMissRule rule) {
        if (!rule.regions().isEmpty() || rule.condition() == null) {
            return java.util.Set.copyOf(rule.regions());
        }
        return condition(rule.condition()).map(c -> c.priors().keySet()).orElse(java.util.Set.of());
    }

    /** The rules that hold for a case: the dangerous conditions it cannot rule out. */
    public List<MustNotMissRule> rulesHolding(CaseFacts c) {
        return mustNotMiss.stream().filter(r -> r.holds(c, regionsOf(r))).toList();
    }

    /** The review date and runners' words for the guide library. */
    public LibraryInfo library() {
        return library;
    }

    /** The body map's drawings: the whole figure, its parts and their closer drawings (body-map.json). */
    public BodyDrawing bodyMap() {
        return bodyMap;
    }

    public Optional<Seed> seed(String file) {
        return Optional.ofNullable(seeds.get(file));
    }

    /**
     * Who made the claim an entry's evidence check answers, as a runner reads it: the first web
     * article the entry cites, by its title and date ("“Heel Pain After Running”, … (undated, web
     * article)"), else "A web article".
     */
    public String claimedBy(SelfCareItem item) {
        return item.sources().stream()
                .filter(Source::isSeed)
                .findFirst()
                .flatMap(s -> seed(s.seed()))
                .map(Seed::citation)
                .orElse("A web article");
    }

    public TriageAdvice advice(Triage level) {
        return triageAdvice.get(level);
    }

    /** The conditions that can show in a region, in knowledge-base order. */
    public List<Condition> conditionsIn(String regionId) {
        return conditions.values().stream().filter(c -> c.showsIn(regionId)).toList();
    }

    /**
     * The self-care entries written for a condition, most pressing kind first (see a doctor,
     * remedies, exercises, return to running, prevention, causes).
     */
    public List<SelfCareItem> selfCareFor(String conditionId) {
        List<SelfCareItem> known = selfCareByCondition.get(conditionId);
        return known != null ? known : List.of();
    }
}

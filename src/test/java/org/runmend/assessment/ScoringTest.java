package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Likelihood;
import org.runmend.knowledge.Region;

class ScoringTest {
    private static KnowledgeBase kb;
    private static PainCheck check;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        check = new PainCheck(kb);
    }

    private static Case empty(String region) {
        return new Case("t", 35, "female", region, 10, 4, Map.of());
    }

    private static Map<String, Double> posteriors(Case c) {
        return check.assess(c).conditions().stream()
                .collect(Collectors.toMap(RankedCondition::id, RankedCondition::probability));
    }

    @Test
    void probabilities_sum_to_one_in_every_region() {
        for (Region r : kb.regions()) {
            Case c = empty(r.id()).with("gradual-onset", true).with("swelling", false);
            assertThat(posteriors(c).values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .as(r.id())
                    .isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void a_finding_with_likelihood_ratio_above_one_raises_the_condition_against_the_rest() {
        int checked = 0;
        for (Region r : kb.regions()) {
            List<Condition> candidates = kb.conditionsIn(r.id());
            for (Condition c : candidates) {
                for (Map.Entry<String, Likelihood> e : c.likelihoods().entrySet()) {
                    Finding f = kb.finding(e.getKey()).orElseThrow();
                    if (f.isDerived()) {
                        continue;
                    }
                    double lr = kb.likelihoods()
                            .region(r.id())
                            .orElseThrow()
                            .ratio(candidates.indexOf(c), kb.likelihoods().findingIndex(f.id()), true);
                    // the odds of c against every other candidate must rise when f is present and
                    // P(f|c) is above P(f|other) for every other candidate
                    boolean highest = candidates.stream()
                            .filter(o -> !o.equals(c))
                            .allMatch(o -> check.likelihood(r.id(), o, f)
                                    < e.getValue().p());
                    if (lr <= 1 || !highest) {
                        continue;
                    }
                    double before = posteriors(empty(r.id())).get(c.id());
                    double after = posteriors(empty(r.id()).with(f.id(), true)).get(c.id());
                    assertThat(after)
                            .as("%s raises %s in %s", f.id(), c.id(), r.id())
                            .isGreaterThan(before);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void an_absent_finding_that_a_condition_usually_has_lowers_it() {
        Condition pf = kb.condition("plantar-fasciitis").orElseThrow();
        String strongest = pf.likelihoods().entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.p(), b.p())))
                .orElseThrow()
                .getKey();
        double before = posteriors(empty("heel-bottom")).get(pf.id());
        double after = posteriors(empty("heel-bottom").with(strongest, false)).get(pf.id());
        assertThat(after).isLessThan(before);
    }

    @Test
    void an_unknown_finding_changes_nothing() {
        for (Region r : kb.regions()) {
            Map<String, Double> base = posteriors(empty(r.id()).with("gradual-onset", true));
            Map<String, Double> withUnknown =
                    posteriors(empty(r.id()).with("gradual-onset", true).with("night-pain", null));
            assertThat(withUnknown).as(r.id()).isEqualTo(base);
        }
        // and a JSON null is read as unknown
        CaseReader reader = new CaseReader(kb);
        Case stated = reader.read("{\"id\":\"x\",\"region\":\"knee\",\"findings\":{\"night-pain\":null}}");
        assertThat(stated.findings()).isEmpty();
    }

    @Test
    void a_finding_no_candidate_lists_leaves_the_ranking_unchanged() {
        for (Region r : kb.regions()) {
            List<Condition> candidates = kb.conditionsIn(r.id());
            kb.findings().stream()
                    .filter(f -> !f.isDerived())
                    .filter(f ->
                            candidates.stream().noneMatch(c -> c.likelihoods().containsKey(f.id())))
                    .findFirst()
                    .ifPresent(f -> {
                        Map<String, Double> base = posteriors(empty(r.id()));
                        Map<String, Double> stated = posteriors(empty(r.id()).with(f.id(), true));
                        base.forEach((id, p) -> assertThat(stated.get(id))
                                .as(f.id() + " in " + r.id())
                                .isCloseTo(p, within(1e-12)));
                    });
        }
    }

    @Test
    void only_conditions_that_show_in_the_region_are_ranked() {
        for (Region r : kb.regions()) {
            assertThat(check.assess(empty(r.id())).conditions())
                    .allSatisfy(rc -> assertThat(rc.condition().showsIn(r.id())).isTrue());
        }
    }

    @Test
    void age_shapes_priors_where_the_condition_demands_it() {
        Map<String, Double> child = posteriors(new Case("c", 10, "male", "heel-back", 14, 4, Map.of()));
        Map<String, Double> adult = posteriors(new Case("a", 40, "male", "heel-back", 14, 4, Map.of()));
        assertThat(child.get("calcaneal-apophysitis")).isGreaterThan(5 * adult.get("calcaneal-apophysitis"));
        Map<String, Double> young = posteriors(new Case("y", 25, "male", "lower-back", 60, 4, Map.of()));
        Map<String, Double> old = posteriors(new Case("o", 60, "male", "lower-back", 60, 4, Map.of()));
        assertThat(young.get("axial-spondyloarthritis")).isGreaterThan(old.get("axial-spondyloarthritis"));
    }

    @Test
    void why_lists_the_findings_that_raised_or_lowered_a_condition() {
        Assessment a = check.assess(empty("heel-back").with("pop-or-snap", true).with("gradual-onset", false));
        RankedCondition rupture = a.conditions().stream()
                .filter(rc -> rc.id().equals("achilles-rupture"))
                .findFirst()
                .orElseThrow();
        assertThat(rupture.why()).contains("pop-or-snap");
        assertThat(rupture.reasons())
                .filteredOn(rs -> rs.finding().equals("pop-or-snap"))
                .first()
                .satisfies(rs -> assertThat(rs.raises()).isTrue());
    }

    @Test
    void softmax_is_stable_for_very_small_log_scores() {
        double[] p = PainCheck.softmax(new double[] {-2000, -2001, -3000});
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
        assertThat(p[0]).isGreaterThan(p[1]);
    }
}

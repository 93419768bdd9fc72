package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.MustNotMissRule;
import org.runmend.knowledge.Triage;

/**
 * Issue 16: when a must-not-miss rule says its condition cannot be ruled out, the result names it
 * and the triage follows, whatever the naive Bayes ranking says. Every rule is met in every region
 * where it applies, with nothing else stated that points to it.
 */
class MustNotMissTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final PainCheck CHECK = new PainCheck(KB);

    @Test
    void every_rule_that_holds_names_its_condition_and_sets_the_triage_in_every_region() {
        List<String> failures = new ArrayList<>();
        int met = 0;
        for (MustNotMissRule rule : KB.mustNotMiss()) {
            for (String region : KB.regionsOf(rule)) {
                Case c = meeting(rule, region);
                if (!rule.holds(c, KB.regionsOf(rule))) {
                    failures.add(rule.id() + " in " + region + ": could not build a case that meets it");
                    continue;
                }
                met++;
                Assessment a = CHECK.assess(c);
                Triage needs = rule.condition() == null ? rule.level() : KB.condition(rule.condition()).orElseThrow().triage();
                if (needs.isAbove(a.triage())) {
                    failures.add(rule.id() + " in " + region + ": triage " + a.triage() + ", needs " + needs);
                }
                if (a.triageReasons().stream().noneMatch(r -> r.contains("cannot be ruled out"))) {
                    failures.add(rule.id() + " in " + region + ": no reason says it cannot be ruled out");
                }
                if (rule.condition() != null) {
                    RankedCondition rc = a.conditions().stream().filter(x -> x.id().equals(rule.condition())).findFirst().orElseThrow();
                    boolean named = a.top().id().equals(rule.condition()) || a.alternatives().contains(rc);
                    if (!named || rc.probability() < rule.keepsAtLeast() - 1e-9) {
                        failures.add(rule.id() + " in " + region + ": " + rule.condition() + " at " + rc.probability()
                                + (named ? "" : ", not named"));
                    }
                }
            }
        }
        assertThat(met).isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    @Test
    void a_rule_that_does_not_hold_leaves_the_ranking_alone() {
        Case ordinary = new Case("calf-ache", 35, "female", "calf", "left", 2, 3,
                Map.of("delayed-soreness", true, "clot-risk", false, "rest-pain", false));
        Assessment a = CHECK.assess(ordinary);
        assertThat(KB.rulesHolding(ordinary)).isEmpty();
        assertThat(a.triage()).isEqualTo(Triage.SELF_CARE);
    }

    @Test
    void a_runner_on_the_pill_after_a_flight_with_calf_pain_at_rest_is_sent_for_a_clot_check_today() {
        Case c = new Case("flight", 29, "female", "calf", "right", 2, 5,
                Map.of("clot-risk", true, "rest-pain", true, "calf-swelling-one-side", false));
        Assessment a = CHECK.assess(c);
        assertThat(a.triage()).isEqualTo(Triage.URGENT);
        assertThat(a.conditions().stream().filter(rc -> rc.id().equals("dvt")).findFirst().orElseThrow().probability())
                .isGreaterThanOrEqualTo(0.15);
    }

    /** A case in the region with the rule's age and sex, every required finding and every positive item. */
    private static Case meeting(MustNotMissRule rule, String region) {
        Integer age = rule.ageAtLeast() != null ? rule.ageAtLeast() + 5 : rule.ageBelow() != null ? rule.ageBelow() - 3 : 40;
        String sex = rule.sex() != null ? rule.sex() : "male";
        String side = "left";
        Integer pain = 5;
        Map<String, Boolean> findings = new LinkedHashMap<>();
        rule.requires().forEach(f -> findings.put(f, true));
        if (!rule.requiresAnyOf().isEmpty()) {
            findings.put(rule.requiresAnyOf().get(0), true);
        }
        for (MustNotMissRule.Item i : rule.items()) {
            if (i.points() <= 0) {
                continue;
            }
            if (i.finding() != null) {
                findings.put(i.finding(), true);
            }
            if (i.side() != null) {
                side = i.side();
            }
            if (i.painScoreAtLeast() != null) {
                pain = Math.max(pain, i.painScoreAtLeast());
            }
        }
        return new Case("rule-" + rule.id() + "-" + region, age, sex, region, side, 3, pain, findings);
    }
}

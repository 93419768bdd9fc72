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
 * and the triage follows, whatever the naive Bayes ranking says (on an emergency the emergency
 * alone is the reason: a milder rule is not listed). Every rule is met in every region where it
 * applies, with nothing else stated that points to it. A "not sure" to what a rule requires keeps
 * it open unless the rule says otherwise.
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
                Triage needs = rule.condition() == null
                        ? rule.level()
                        : KB.condition(rule.condition()).orElseThrow().triage();
                if (needs.isAbove(a.triage())) {
                    failures.add(rule.id() + " in " + region + ": triage " + a.triage() + ", needs " + needs);
                }
                boolean said = a.triageReasons().stream().anyMatch(r -> r.contains("cannot be ruled out"));
                if (a.triage() == Triage.EMERGENCY && needs != Triage.EMERGENCY) {
                    // an emergency shows the emergency and its reason; a milder rule is no competing line
                    if (a.triageReasons().stream().anyMatch(r -> r.contains("(" + rule.name() + ")"))) {
                        failures.add(rule.id() + " in " + region + ": listed among the reasons of an emergency");
                    }
                } else if (!said) {
                    failures.add(rule.id() + " in " + region + ": no reason says it cannot be ruled out");
                }
                if (rule.condition() != null) {
                    RankedCondition rc = a.conditions().stream()
                            .filter(x -> x.id().equals(rule.condition()))
                            .findFirst()
                            .orElseThrow();
                    boolean named = a.top().id().equals(rule.condition())
                            || a.alternatives().contains(rc);
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
        Case ordinary = new Case(
                "calf-ache",
                35,
                "female",
                "calf",
                "left",
                2,
                3,
                Map.of("delayed-soreness", true, "clot-risk", false, "rest-pain", false));
        Assessment a = CHECK.assess(ordinary);
        assertThat(KB.rulesHolding(ordinary)).isEmpty();
        assertThat(a.triage()).isEqualTo(Triage.SELF_CARE);
    }

    @Test
    void a_runner_on_the_pill_after_a_flight_with_calf_pain_at_rest_is_sent_for_a_clot_check_today() {
        Case c = new Case(
                "flight",
                29,
                "female",
                "calf",
                "right",
                2,
                5,
                Map.of("clot-risk", true, "rest-pain", true, "calf-swelling-one-side", false));
        Assessment a = CHECK.assess(c);
        assertThat(a.triage()).isEqualTo(Triage.URGENT);
        assertThat(a.conditions().stream()
                        .filter(rc -> rc.id().equals("dvt"))
                        .findFirst()
                        .orElseThrow()
                        .probability())
                .isGreaterThanOrEqualTo(0.15);
    }

    @Test
    void a_not_sure_to_what_a_rule_requires_keeps_it_open_when_the_rest_is_stated() {
        Map<String, Boolean> rest = Map.of("resolves-after-stopping", true, "numbness-tingling", true);
        Case unsure = new Case(
                "unsure", 31, "female", "thigh-back", "left", 90, 6, rest, java.util.Set.of("fixed-distance-onset"));
        Case unasked = new Case("unasked", 31, "female", "thigh-back", "left", 90, 6, rest);
        Case denied = unasked.with("fixed-distance-onset", false);
        MustNotMissRule claudication = KB.mustNotMiss().stream()
                .filter(r -> r.id().equals("athlete-arterial-claudication"))
                .findFirst()
                .orElseThrow();
        assertThat(KB.rulesHolding(unsure)).contains(claudication);
        assertThat(KB.rulesHolding(unasked)).doesNotContain(claudication);
        assertThat(KB.rulesHolding(denied)).doesNotContain(claudication);
        Assessment a = CHECK.assess(unsure);
        assertThat(a.triage()).isEqualTo(Triage.URGENT);
        assertThat(a.triageReasons())
                .anyMatch(r -> r.contains("cannot be ruled out") && r.contains("you were not sure whether"));
        // with the rest of the rule unstated, a "not sure" alone is no evidence
        assertThat(KB.rulesHolding(new Case(
                        "alone",
                        31,
                        "female",
                        "thigh-back",
                        "left",
                        90,
                        6,
                        Map.of(),
                        java.util.Set.of("fixed-distance-onset"))))
                .doesNotContain(claudication);
    }

    @Test
    void a_not_sure_does_not_open_a_rule_made_only_for_runners_who_were_injured() {
        Case knee = new Case(
                "knee",
                62,
                "male",
                "knee",
                "left",
                30,
                4,
                Map.of("focal-bone-tenderness", true, "twisting-injury", false, "major-trauma", false),
                java.util.Set.of("sudden-onset"));
        assertThat(KB.rulesHolding(knee)).noneMatch(r -> r.id().equals("ottawa-knee"));
        assertThat(KB.rulesHolding(knee.with("sudden-onset", true))).anyMatch(r -> r.id().equals("ottawa-knee"));
    }

    /** A case in the region with the rule's age and sex, every required finding and every positive item. */
    private static Case meeting(MustNotMissRule rule, String region) {
        Integer age =
                rule.ageAtLeast() != null ? rule.ageAtLeast() + 5 : rule.ageBelow() != null ? rule.ageBelow() - 3 : 40;
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

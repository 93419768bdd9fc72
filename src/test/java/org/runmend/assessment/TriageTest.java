package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.knowledge.SelfCareKind;
import org.runmend.knowledge.Triage;

/** Every floor of the contract (knowledge/contract/README.md), written out here so the test checks the knowledge base against it. */
class TriageTest {
    private static KnowledgeBase kb;
    private static PainCheck check;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        check = new PainCheck(kb);
    }

    static Stream<Arguments> floors() {
        return Stream.of(
                Arguments.of("lower-back", Map.of("saddle-numbness", true), Triage.EMERGENCY),
                Arguments.of("lower-back", Map.of("bladder-bowel-change", true), Triage.EMERGENCY),
                Arguments.of("calf", Map.of("breathless-chest-pain", true), Triage.EMERGENCY),
                Arguments.of("thigh-back", Map.of("breathless-chest-pain", true), Triage.EMERGENCY),
                Arguments.of("shin", Map.of("breathless-chest-pain", true), Triage.EMERGENCY),
                Arguments.of(
                        "thigh-back",
                        Map.of("dark-urine", true, "severe-muscle-pain-weakness", true),
                        Triage.EMERGENCY),
                Arguments.of("calf", Map.of("dark-urine", true, "severe-muscle-pain-weakness", true), Triage.EMERGENCY),
                Arguments.of("knee", Map.of("cannot-bear-weight", true), Triage.URGENT),
                Arguments.of("foot-top", Map.of("cannot-bear-weight", true), Triage.URGENT),
                Arguments.of("calf", Map.of("calf-swelling-one-side", true), Triage.URGENT),
                Arguments.of("heel-back", Map.of("pop-or-snap", true, "cannot-tiptoe", true), Triage.URGENT),
                Arguments.of("calf", Map.of("pop-or-snap", true, "tendon-gap", true), Triage.URGENT),
                Arguments.of("lower-back", Map.of("fever-unwell", true), Triage.URGENT),
                Arguments.of(
                        "lower-back", Map.of("weight-loss-or-cancer-history", true, "night-pain", true), Triage.URGENT),
                Arguments.of("thigh-back", Map.of("leg-weakness", true), Triage.URGENT),
                Arguments.of("lower-back", Map.of("leg-weakness", true), Triage.URGENT));
    }

    @ParameterizedTest(name = "{0} with {1} is at least {2}")
    @MethodSource("floors")
    void red_flag_floors_always_hold(String region, Map<String, Boolean> findings, Triage floor) {
        // findings that argue for a harmless cause must not pull the case under the floor
        Case c = new Case("f", 30, "male", region, 2, 2, findings)
                .with("delayed-soreness", true)
                .with("gradual-onset", true);
        Assessment a = check.assess(c);
        assertThat(a.triage()).as(a.triageReasons().toString()).isGreaterThanOrEqualTo(floor);
        assertThat(a.redFlags()).containsAll(findings.keySet());
    }

    @Test
    void saddle_numbness_escalates_in_every_region() {
        for (Region r : kb.regions()) {
            Case c = new Case("s", 30, "female", r.id(), 2, 2, Map.of("saddle-numbness", true));
            assertThat(check.assess(c).triage()).as(r.id()).isEqualTo(Triage.EMERGENCY);
        }
    }

    @Test
    void pain_score_of_eight_or_more_is_at_least_soon() {
        Case mild = doms("calf", 3, 5);
        assertThat(check.assess(mild).triage()).isEqualTo(Triage.SELF_CARE);
        assertThat(check.assess(doms("calf", 3, 8)).triage()).isEqualTo(Triage.SOON);
        assertThat(check.assess(doms("calf", 3, 7)).triage()).isEqualTo(Triage.SELF_CARE);
    }

    @Test
    void pain_over_fourteen_days_lifts_self_care_to_soon() {
        assertThat(check.assess(patellofemoral(14)).triage()).isEqualTo(Triage.SELF_CARE);
        assertThat(check.assess(patellofemoral(15)).triage()).isEqualTo(Triage.SOON);
    }

    @Test
    void lower_back_pain_needs_over_twenty_eight_days_for_the_duration_floor() {
        assertThat(check.assess(backStrain(21)).triage()).isEqualTo(Triage.SELF_CARE);
        assertThat(check.assess(backStrain(28)).triage()).isEqualTo(Triage.SELF_CARE);
        assertThat(check.assess(backStrain(29)).triage()).isEqualTo(Triage.SOON);
    }

    @Test
    void triage_is_never_below_the_leading_condition() {
        for (Region r : kb.regions()) {
            Assessment a = check.assess(new Case("r", 35, "male", r.id(), 3, 3, Map.of()));
            assertThat(a.triage())
                    .as(r.id())
                    .isGreaterThanOrEqualTo(a.top().condition().triage());
        }
    }

    @Test
    void a_plausible_clot_escalates_a_calf_case_even_when_a_strain_leads() {
        Case c = new Case(
                "dvt",
                45,
                "female",
                "calf",
                4,
                4,
                Map.of("clot-risk", true, "gradual-onset", true, "redness-warmth", true));
        Assessment a = check.assess(c);
        assertThat(a.triage()).isGreaterThanOrEqualTo(Triage.URGENT);
        assertThat(a.redFlags()).contains("clot-risk");
    }

    @Test
    void urgent_cases_get_doctor_advice_not_exercises() {
        Case c = new Case(
                "u",
                50,
                "male",
                "heel-back",
                0,
                6,
                Map.of("pop-or-snap", true, "cannot-tiptoe", true, "sudden-onset", true));
        Assessment a = check.assess(c);
        assertThat(a.triage()).isEqualTo(Triage.URGENT);
        assertThat(a.plan()).isNotEmpty().allSatisfy(i -> assertThat(i.kind()).isEqualTo(SelfCareKind.SEE_DOCTOR));
    }

    private static Case doms(String region, int days, int pain) {
        return new Case(
                "d",
                30,
                "male",
                region,
                days,
                pain,
                Map.of(
                        "delayed-soreness",
                        true,
                        "both-sides",
                        true,
                        "sudden-onset",
                        false,
                        "calf-swelling-one-side",
                        false,
                        "dark-urine",
                        false,
                        "clot-risk",
                        false));
    }

    private static Case patellofemoral(int days) {
        return new Case(
                "p",
                28,
                "female",
                "knee",
                days,
                4,
                Map.of(
                        "kneecap-pain-stairs-sitting",
                        true,
                        "gradual-onset",
                        true,
                        "knee-swelling-rapid",
                        false,
                        "knee-locking-giving-way",
                        false,
                        "twisting-injury",
                        false));
    }

    private static Case backStrain(int days) {
        return new Case(
                "b",
                40,
                "male",
                "lower-back",
                days,
                4,
                Map.of(
                        "weak-core",
                        true,
                        "no-warmup",
                        true,
                        "leg-pain-below-knee",
                        false,
                        "night-pain",
                        false,
                        "fever-unwell",
                        false,
                        "saddle-numbness",
                        false,
                        "numbness-tingling",
                        false,
                        "morning-stiffness-long",
                        false,
                        "back-extension-pain",
                        false,
                        "rest-pain",
                        false));
    }

    @Test
    void long_pain_counts_the_days_each_region_gives_in_its_data() {
        TriageRules rules = new TriageRules(kb);
        assertThat(rules.longPainDays("lower-back"))
                .as("regions.json gives the lower back 28 days")
                .isEqualTo(28);
        assertThat(rules.longPainDays("knee"))
                .as("no days of its own: the triage's default")
                .isEqualTo(TriageRules.LONG_PAIN_DAYS);
        for (Region r : kb.regions()) {
            int days = rules.longPainDays(r.id());
            assertThat(r.longPainDays() == null ? TriageRules.LONG_PAIN_DAYS : r.longPainDays())
                    .isEqualTo(days);
        }
    }

    @Test
    void three_weeks_of_pain_is_long_for_a_knee_but_not_yet_for_the_lower_back() {
        Assessment knee = check.assess(new Case("k", 35, "female", "knee", 21, 3, Map.of()));
        Assessment back = check.assess(new Case("b", 35, "female", "lower-back", 21, 3, Map.of()));
        assertThat(knee.escalations()).anyMatch(e -> e.kind() == Escalation.Kind.LONG_PAIN);
        assertThat(back.escalations()).noneMatch(e -> e.kind() == Escalation.Kind.LONG_PAIN);
        assertThat(check.assess(new Case("b2", 35, "female", "lower-back", 29, 3, Map.of()))
                        .escalations())
                .anyMatch(e -> e.kind() == Escalation.Kind.LONG_PAIN);
    }
}

package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.Triage;

/**
 * No plan says two things at once: not "cut running" with "keep running", not a cold pack "for a
 * fresh injury" on pain of three weeks, not "keep running" while a cause that needs a clinician
 * is still possible. Checked on every worked case and on every region with many answer patterns,
 * durations and pain scores.
 */
class PlanConsistencyTest {
    private static KnowledgeBase kb;
    private static PainCheck check;
    private static List<Case> cases;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        check = new PainCheck(kb);
        cases = new ArrayList<>(WorkedCases.read(kb).cases());
        for (Region r : kb.regions()) {
            for (int pattern = 0; pattern < 4; pattern++) {
                Map<String, Boolean> findings = new LinkedHashMap<>();
                int i = 0;
                for (Finding f : kb.findings()) {
                    if (f.isDerived() || f.isRedFlag()) {
                        continue;
                    }
                    findings.put(
                            f.id(),
                            switch (pattern) {
                                case 0 -> false;
                                case 1 -> i % 5 == 0;
                                case 2 -> i % 2 == 0;
                                default -> i % 3 == 0;
                            });
                    i++;
                }
                for (int days : new int[] {1, 3, 4, 10, 21, 60}) {
                    for (int pain : new int[] {2, 5, 6, 7}) {
                        cases.add(new Case(
                                "plan", 35, pattern % 2 == 0 ? "female" : "male", r.id(), days, pain, findings));
                    }
                }
            }
        }
    }

    @Test
    void no_plan_tells_the_runner_both_to_stop_and_to_keep_running() {
        int stops = 0;
        int keeps = 0;
        for (Case c : cases) {
            List<SelfCareItem> plan = check.assess(c).plan();
            boolean stop = plan.stream().anyMatch(i -> i.running() == SelfCareItem.Running.STOP);
            boolean keep = plan.stream().anyMatch(i -> i.running() == SelfCareItem.Running.KEEP);
            assertThat(stop && keep).as(c + ": " + ids(plan)).isFalse();
            stops += stop ? 1 : 0;
            keeps += keep ? 1 : 0;
        }
        assertThat(stops).as("plans that say stop running").isPositive();
        assertThat(keeps).as("plans that say keep running").isPositive();
    }

    @Test
    void no_entry_is_offered_outside_the_pain_it_is_written_for() {
        int leftOut = 0;
        for (Case c : cases) {
            Assessment a = check.assess(c);
            for (SelfCareItem i : a.plan()) {
                assertThat(i.fitsPain(c.durationDays(), c.painScore()))
                        .as("%s on pain of %s days, %s/10", i.id(), c.durationDays(), c.painScore())
                        .isTrue();
            }
            boolean acuteOnly = kb.selfCareFor(a.top().id()).stream()
                    .anyMatch(i -> i.when().maxDays() != null && i.fitsRegion(c.region()));
            if (acuteOnly && c.durationDays() != null && c.durationDays() > 7 && a.triage() == Triage.SELF_CARE) {
                leftOut++;
            }
        }
        assertThat(leftOut)
                .as("self-care plans past the first days whose condition has an entry for fresh pain")
                .isPositive();
    }

    @Test
    void three_week_old_heel_pain_gets_no_cold_pack_for_a_fresh_injury() {
        Map<String, Boolean> heel =
                Map.of("first-steps-pain", true, "inner-heel-tenderness", true, "gradual-onset", true);
        Assessment fresh = check.assess(new Case("fresh", 40, "female", "heel-bottom", 2, 4, heel));
        Assessment old = check.assess(new Case("old", 40, "female", "heel-bottom", 21, 4, heel));
        assertThat(fresh.top().id()).isEqualTo("plantar-fasciitis");
        assertThat(ids(fresh.plan())).contains("remedy-cold-pack");
        assertThat(ids(old.plan())).doesNotContain("remedy-cold-pack");
    }

    @Test
    void the_heel_plan_says_settle_the_pain_first_or_keep_running_but_never_both() {
        Map<String, Boolean> heel =
                Map.of("first-steps-pain", true, "inner-heel-tenderness", true, "gradual-onset", true);
        List<String> mild = ids(check.assess(new Case("mild", 40, "female", "heel-bottom", 10, 4, heel))
                .plan());
        List<String> bad = ids(check.assess(new Case("bad", 40, "female", "heel-bottom", 10, 7, heel))
                .plan());
        assertThat(mild).contains("remedy-keep-active-reduced-load").doesNotContain("remedy-calm-heel-pain");
        assertThat(bad).contains("remedy-calm-heel-pain").doesNotContain("remedy-keep-active-reduced-load");
    }

    @Test
    void no_keep_running_advice_when_the_triage_is_soon_or_higher_or_a_cause_needing_a_clinician_is_still_possible() {
        int withheld = 0;
        for (Case c : cases) {
            Assessment a = check.assess(c);
            boolean keep = a.plan().stream().anyMatch(i -> i.running() == SelfCareItem.Running.KEEP);
            boolean caution = a.conditions().stream().skip(1).anyMatch(TriageRules::stillPossible);
            if (a.triage().isAbove(Triage.SELF_CARE) || caution) {
                assertThat(keep).as("%s (%s): %s", c, a.triage(), ids(a.plan())).isFalse();
            }
            if (caution && a.triage() == Triage.SELF_CARE) {
                withheld++;
            }
        }
        assertThat(withheld)
                .as("self-care results where a possible serious cause withholds keep-running advice")
                .isPositive();
    }

    @Test
    void a_triage_raised_for_an_urgent_cause_keeps_none_of_the_milder_causes_wait_and_see_advice() {
        int raised = 0;
        for (Case c : cases) {
            Assessment a = check.assess(c);
            if (!a.raisedForSomethingElse()) {
                continue;
            }
            raised++;
            for (SelfCareItem i : a.plan()) {
                assertThat(i.conditions())
                        .as("%s in the plan of %s raised to %s", i.id(), c.id(), a.triage())
                        .anyMatch(id -> !id.equals(a.top().id())
                                && kb.condition(id)
                                        .orElseThrow()
                                        .triage()
                                        .isAbove(a.top().condition().triage()));
            }
        }
        assertThat(raised).isPositive();
    }

    private static List<String> ids(List<SelfCareItem> plan) {
        return plan.stream().map(SelfCareItem::id).toList();
    }
}

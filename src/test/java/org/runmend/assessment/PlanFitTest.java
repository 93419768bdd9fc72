package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.Triage;

/** The plan fits the case: its region, its triage headline and the runner's own answers. */
class PlanFitTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final PainCheck CHECK = new PainCheck(KB);

    /** Every region with the answers all no, all yes (red flags aside), mixed, short and long, mild and severe. */
    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Region r : KB.regions()) {
            for (int pattern = 0; pattern < 4; pattern++) {
                Map<String, Boolean> findings = new LinkedHashMap<>();
                int i = 0;
                for (Finding f : KB.findings()) {
                    if (f.isDerived() || f.isRedFlag()) {
                        continue;
                    }
                    findings.put(
                            f.id(),
                            switch (pattern) {
                                case 0 -> false;
                                case 1 -> true;
                                case 2 -> i % 2 == 0;
                                default -> i % 3 == 0;
                            });
                    i++;
                }
                out.add(new Case(
                        "fit",
                        30 + pattern * 10,
                        pattern % 2 == 0 ? "female" : "male",
                        r.id(),
                        pattern * 40 + 2,
                        pattern < 2 ? 3 : 8,
                        findings));
            }
        }
        return out;
    }

    @Test
    void no_plan_entry_is_for_another_region() {
        for (Case c : cases()) {
            for (SelfCareItem i : CHECK.assess(c).plan()) {
                assertThat(i.fitsRegion(c.region()))
                        .as("%s in a %s plan", i.id(), c.region())
                        .isTrue();
            }
        }
    }

    @Test
    void no_plan_entry_contradicts_the_triage_headline() {
        int urgentPlans = 0;
        for (Case c : cases()) {
            Assessment a = CHECK.assess(c);
            for (SelfCareItem i : a.plan()) {
                assertThat(i.fitsTriage(a.triage()))
                        .as("%s under %s", i.id(), a.triage())
                        .isTrue();
            }
            if (a.triage().isAbove(Triage.SELF_CARE) && !a.plan().isEmpty()) {
                urgentPlans++;
            }
        }
        assertThat(urgentPlans)
                .as("cases with a plan under a stop-running headline")
                .isPositive();
    }

    @Test
    void keep_running_advice_is_left_out_when_the_headline_says_stop_running() {
        String keepRunning = "remedy-keep-active-reduced-load";
        int shownUnderSelfCare = 0;
        int leftOutUnderStop = 0;
        for (Case c : cases()) {
            Assessment a = CHECK.assess(c);
            List<String> plan = a.plan().stream().map(SelfCareItem::id).toList();
            boolean offered = KB.selfCareFor(a.top().id()).stream().anyMatch(i -> i.id().equals(keepRunning))
                    && KB.selfCareFor(a.top().id()).stream()
                            .anyMatch(i -> i.id().equals(keepRunning) && i.fitsRegion(c.region()));
            if (a.triage() == Triage.SELF_CARE && plan.contains(keepRunning)) {
                shownUnderSelfCare++;
            }
            if (a.triage().isAbove(Triage.SELF_CARE)) {
                assertThat(plan)
                        .as("plan under '%s'", KB.advice(a.triage()).headline())
                        .doesNotContain(keepRunning);
                if (offered) {
                    leftOutUnderStop++;
                }
            }
        }
        assertThat(shownUnderSelfCare)
                .as("self-care plans that keep running at a bearable load")
                .isPositive();
        assertThat(leftOutUnderStop)
                .as("stop-running plans whose condition would otherwise keep running")
                .isPositive();
    }

    @Test
    void advice_about_shoes_is_left_out_after_the_runner_says_the_shoes_are_fine() {
        Map<String, Boolean> findings = new LinkedHashMap<>(Map.of(
                "diffuse-shin-tenderness",
                true,
                "gradual-onset",
                true,
                "focal-bone-tenderness",
                false,
                "hop-pain",
                false));
        Case unasked = new Case("mtss", 30, "female", "shin", 20, 4, findings);
        assertThat(CHECK.assess(unasked).top().id()).isEqualTo("medial-tibial-stress-syndrome");
        assertThat(CHECK.assess(unasked).plan()).extracting(SelfCareItem::id).contains("remedy-replace-shoes");

        findings.put("unsuitable-shoes", false);
        Case fine = new Case("mtss", 30, "female", "shin", 20, 4, findings);
        assertThat(CHECK.assess(fine).plan()).extracting(SelfCareItem::id).doesNotContain("remedy-replace-shoes");

        findings.put("unsuitable-shoes", true);
        Case worn = new Case("mtss", 30, "female", "shin", 20, 4, findings);
        assertThat(CHECK.assess(worn).plan()).extracting(SelfCareItem::id).contains("remedy-replace-shoes");
    }

    @Test
    void the_heel_focused_calf_stretch_is_not_in_a_shin_plan() {
        for (Case c : cases()) {
            if (c.region().equals("shin")) {
                assertThat(CHECK.assess(c).plan()).extracting(SelfCareItem::id).doesNotContain("ex-calf-stretch");
            }
        }
    }

    @Test
    void every_reason_reads_as_a_sentence_not_a_question() {
        for (Finding f : KB.findings()) {
            for (boolean present : new boolean[] {true, false}) {
                String said = f.said(present);
                assertThat(said).as(f.id()).doesNotEndWith("?").endsWith(".");
                assertThat(said).as(f.id()).doesNotStartWith("You said").doesNotStartWith("From what you told us");
            }
        }
    }
}

package org.runmend.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.AppConfig;
import org.runmend.assessment.Case;
import org.runmend.assessment.PainCheck;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.knowledge.Triage;
import org.runmend.knowledge.TriageFloor;
import org.runmend.support.TestClock;

/**
 * The safety screen of contract version 2: a red flag never depends on the region picked, and
 * an answer that fixes emergency ends the interview at once.
 */
class SafetyScreenTest {
    private static KnowledgeBase kb;
    private static InterviewService service;
    private static Interviewer interviewer;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        PainCheck check = new PainCheck(kb);
        service = new InterviewService(
                check,
                new InterviewToken(
                        AppConfig.ephemeral(java.nio.file.Path.of("target")).secret(), TestClock.FIXED));
        interviewer = new Interviewer(check);
    }

    /** The smallest set of findings that sets the floor off: all of allOf and the first of anyOf. */
    private static Set<String> trigger(TriageFloor floor) {
        Set<String> out = new HashSet<>(floor.allOf());
        if (!floor.anyOf().isEmpty()) {
            out.add(floor.anyOf().get(0));
        }
        return out;
    }

    /** Floors the screen must find wherever they can apply: one finding alone, or a red flag among them. */
    private static boolean screenedEverywhere(TriageFloor floor) {
        return floor.findings().size() == 1
                || floor.findings().stream()
                        .anyMatch(f -> kb.finding(f).map(Finding::isRedFlag).orElse(false));
    }

    @Test
    void every_red_flag_floor_is_reached_through_the_interview_in_every_region_it_can_apply() {
        List<String> missed = new ArrayList<>();
        int driven = 0;
        for (TriageFloor floor : kb.triageFloors()) {
            for (Region region : kb.regions()) {
                int age = floor.ageBelow() != null
                        ? floor.ageBelow() - 4
                        : floor.ageAtLeast() != null ? floor.ageAtLeast() + 5 : 34;
                int pain = floor.painScoreAtLeast() != null ? floor.painScoreAtLeast() : 4;
                String sex = floor.findings().stream()
                        .map(f -> kb.finding(f).orElseThrow().askOnly())
                        .filter(a -> a != null && a.sex() != null)
                        .map(Finding.Audience::sex)
                        .findFirst()
                        .orElse("female");
                if (!floor.canApply(region.id(), age, pain)
                        || !(screenedEverywhere(floor) || floor.askIn().contains(region.id()))) {
                    continue;
                }
                Set<String> yes = trigger(floor);
                Case intake = new Case(
                        "rf-" + floor.id() + "-" + region.id(), age, sex, region.id(), "left", 3, pain, Map.of());
                SimulatedRunner.Transcript t = SimulatedRunner.run(service, intake, f -> yes.contains(f) ? true : null);
                Triage got = t.done().assessment().triage();
                driven++;
                if (floor.level().isAbove(got)) {
                    missed.add(floor.id() + " in " + region.id() + ": got " + got + " after "
                            + t.steps().size() + " steps");
                }
                if (floor.level() == Triage.EMERGENCY) {
                    Object last = t.steps().get(t.steps().size() - 1);
                    boolean endedOnTrigger = last instanceof Interviewer.Checklist c
                            ? c.items().stream().anyMatch(f -> yes.contains(f.id()))
                            : yes.contains(last);
                    assertThat(endedOnTrigger)
                            .as(
                                    "%s in %s: the interview went on after the answer that fixed emergency (%s)",
                                    floor.id(), region.id(), t.steps())
                            .isTrue();
                }
            }
        }
        System.out.println("[safety screen] " + driven + " floor-and-region interviews driven");
        assertThat(missed).as("floors not reached").isEmpty();
        assertThat(driven).isGreaterThan(kb.regions().size() * 10);
    }

    @Test
    void the_first_step_in_every_region_is_one_checklist_with_every_red_flag_a_floor_can_use_there() {
        for (Region region : kb.regions()) {
            Case intake = new Case("cl-" + region.id(), 30, "male", region.id(), null, 2, 3, Map.of());
            InterviewService.Turn first = service.start(intake);
            assertThat(first.step()).as(region.id()).isInstanceOf(Interviewer.Checklist.class);
            List<String> items = ((Interviewer.Checklist) first.step())
                    .items().stream().map(Finding::id).toList();
            for (TriageFloor floor : kb.triageFloors()) {
                if (!floor.canApply(region.id(), 30, 3)) {
                    continue;
                }
                for (String f : floor.findings()) {
                    if (kb.finding(f).orElseThrow().isRedFlag()
                            && kb.finding(f).orElseThrow().askable("male", 30)) {
                        assertThat(items)
                                .as("%s: red flag %s of floor %s", region.id(), f, floor.id())
                                .contains(f);
                    }
                }
            }
        }
    }

    @Test
    void an_emergency_answer_on_the_checklist_ends_the_interview_with_no_further_question() {
        Case intake = new Case("ce", 45, "male", "thigh-back", "both", 5, 6, Map.of());
        InterviewService.Turn first = service.start(intake);
        InterviewService.Turn next = service.answerChecklist(first.token(), Map.of("bladder-bowel-change", "yes"));
        assertThat(next.step()).isInstanceOf(Interviewer.Done.class);
        Interviewer.Done done = (Interviewer.Done) next.step();
        assertThat(done.assessment().triage()).isEqualTo(Triage.EMERGENCY);
        assertThat(done.questionsAsked()).isEqualTo(1);
    }

    @Test
    void an_unticked_checklist_item_counts_as_no_and_the_checklist_as_one_question() {
        Case intake = new Case("no", 30, "female", "knee", null, 5, 3, Map.of());
        InterviewService.Turn first = service.start(intake);
        List<String> items = ((Interviewer.Checklist) first.step())
                .items().stream().map(Finding::id).toList();
        InterviewService.Turn next = service.answerChecklist(first.token(), Map.of());
        assertThat(next.state().questionsAnswered()).isEqualTo(1);
        assertThat(next.state().toCase().findings())
                .containsAllEntriesOf(items.stream().collect(java.util.stream.Collectors.toMap(f -> f, f -> false)));
        assertThat(next.step()).isNotInstanceOf(Interviewer.Checklist.class);
        assertThat(interviewer.checklist(next.state())).isEqualTo(items);
    }

    @Test
    void a_half_opened_floor_asks_its_other_findings_before_anything_else() {
        Case intake = new Case("fever", 40, "male", "knee", null, 5, 5, Map.of());
        InterviewService.Turn first = service.start(intake);
        InterviewService.Turn next = service.answerChecklist(first.token(), Map.of("fever-unwell", "yes"));
        assertThat(next.step()).isInstanceOf(Interviewer.Ask.class);
        Interviewer.Ask ask = (Interviewer.Ask) next.step();
        assertThat(ask.phase()).isEqualTo("screening");
        assertThat(List.of("rest-pain", "night-pain", "swelling", "redness-warmth"))
                .contains(ask.finding().id());
    }
}

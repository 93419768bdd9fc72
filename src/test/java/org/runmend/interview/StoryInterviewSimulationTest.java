package org.runmend.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runmend.AppConfig;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Case;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.RankedCondition;
import org.runmend.intake.StoryReader;
import org.runmend.intake.StoryReading;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;
import org.runmend.support.Shared;
import org.runmend.support.TestClock;

/**
 * End to end on the 80 dev stories: the story is sent with the form fields that come with it
 * (age, sex, region, side, duration, pain score), its findings count as answered, then the
 * interview is answered only with what the story states (gold findings) and "not sure"
 * otherwise, the safety checklist included. Prints top-3, under-triage and the questions asked
 * after the story. The figures depend on the knowledge holding the contract's version 3 findings.
 */
class StoryInterviewSimulationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    record Run(
            String id,
            boolean top3,
            boolean dangerousUnder,
            int questions,
            String top,
            Triage triage,
            Triage expected) {}

    @Test
    void story_then_interview_finds_the_cause_with_few_questions_and_never_under_triages() throws IOException {
        KnowledgeBase kb = KnowledgeBase.bundled();
        PainCheck check = new PainCheck(kb);
        StoryReader reader = StoryReader.bundled(kb);
        InterviewService service = new InterviewService(
                check,
                new InterviewToken(
                        AppConfig.ephemeral(java.nio.file.Path.of("target")).secret(), TestClock.FIXED));
        List<Run> runs = new ArrayList<>();
        for (String line : Files.readAllLines(Shared.devStories())) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            Map<String, Boolean> gold = new LinkedHashMap<>();
            n.path("findings")
                    .properties()
                    .forEach(e -> gold.put(e.getKey(), e.getValue().asBoolean()));
            Case intake = new Case(
                    n.get("id").asText(),
                    n.hasNonNull("age") ? n.get("age").asInt() : null,
                    n.hasNonNull("sex") ? n.get("sex").asText() : null,
                    n.get("region").asText(),
                    n.hasNonNull("side") ? n.get("side").asText() : null,
                    n.get("durationDays").asInt(),
                    n.get("painScore").asInt(),
                    Map.of());
            StoryReading reading = reader.read(n.get("story").asText(), TODAY, intake.region());
            InterviewService.Turn turn =
                    service.start(intake, Map.of(), n.get("story").asText(), reading.findings());
            int guard = 0;
            while (!(turn.step() instanceof Interviewer.Done)) {
                assertThat(++guard).isLessThanOrEqualTo(Interviewer.MAX_QUESTIONS + 1);
                if (turn.step() instanceof Interviewer.Checklist checklist) {
                    Map<String, String> answers = new LinkedHashMap<>();
                    for (Finding f : checklist.items()) {
                        Boolean g = gold.get(f.id());
                        answers.put(f.id(), g == null ? "unknown" : g ? "yes" : "no");
                    }
                    turn = service.answerChecklist(turn.token(), answers);
                } else {
                    String f = ((Interviewer.Ask) turn.step()).finding().id();
                    Boolean g = gold.get(f);
                    turn = service.answer(turn.token(), f, g == null ? "unknown" : g ? "yes" : "no");
                }
            }
            Interviewer.Done done = (Interviewer.Done) turn.step();
            Assessment a = done.assessment();
            List<String> acceptable =
                    new ArrayList<>(List.of(n.get("expected").get("condition").asText()));
            n.get("expected").path("alsoAcceptable").forEach(x -> acceptable.add(x.asText()));
            Triage expected = Triage.ofId(n.get("expected").get("triage").asText());
            boolean top3 =
                    a.conditions().stream().limit(3).map(RankedCondition::id).anyMatch(acceptable::contains);
            runs.add(new Run(
                    intake.id(),
                    top3,
                    expected.isAbove(Triage.SOON) && expected.isAbove(a.triage()),
                    done.questionsAsked(),
                    a.top().id(),
                    a.triage(),
                    expected));
        }
        double top3 = runs.stream().filter(Run::top3).count() / (double) runs.size();
        List<Integer> q = new ArrayList<>(runs.stream().map(Run::questions).toList());
        Collections.sort(q);
        double median = q.size() % 2 == 1 ? q.get(q.size() / 2) : (q.get(q.size() / 2 - 1) + q.get(q.size() / 2)) / 2.0;
        runs.stream()
                .filter(r -> !r.top3() || r.dangerousUnder())
                .forEach(r -> System.out.println("  story miss " + r.id() + " top " + r.top() + " triage "
                        + r.triage().id() + " (expected " + r.expected().id() + ") after " + r.questions()
                        + " questions"));
        List<String> under =
                runs.stream().filter(Run::dangerousUnder).map(Run::id).toList();
        System.out.printf(
                Locale.ROOT,
                "[story + interview on %d dev stories] top-3 %.1f%% | urgent or emergency sent lower: %s | questions after the story: median %.1f, max %d%n",
                runs.size(),
                100 * top3,
                under,
                median,
                q.get(q.size() - 1));
        assertThat(under).as("urgent or emergency stories under-triaged").isEmpty();
        assertThat(top3).as("top-3").isGreaterThanOrEqualTo(0.92);
        assertThat(median).as("median questions after the story").isLessThanOrEqualTo(5);
    }
}

package org.runmend.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.runmend.AppConfig;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Case;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.RankedCondition;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;
import org.runmend.support.Shared;
import org.runmend.support.TestClock;

/**
 * A simulated runner for each dev vignette: the interview asks, the vignette answers what it
 * states and "not sure" otherwise (a checklist item it does not state is left unticked, which
 * counts as no). Scored like the batch, which sees every stated finding, against issue 16's bar.
 */
class InterviewSimulationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(
            String id,
            boolean batchTop3,
            boolean batchTriage,
            boolean top1,
            boolean top3,
            boolean exactTriage,
            boolean dangerousUnder,
            int questions) {}

    @Test
    void interview_comes_close_to_the_full_information_batch_with_few_questions() throws IOException {
        KnowledgeBase kb = KnowledgeBase.bundled();
        PainCheck check = new PainCheck(kb);
        CaseReader reader = new CaseReader(kb);
        InterviewService service = new InterviewService(
                check,
                new InterviewToken(
                        AppConfig.ephemeral(java.nio.file.Path.of("target")).secret(), TestClock.FIXED));
        List<Run> runs = new ArrayList<>();
        for (String line : Files.readAllLines(Shared.devCases())) {
            JsonNode node = JSON.readTree(line);
            Case full = reader.read(node);
            String expected = node.get("expected").get("condition").asText();
            Triage expectedTriage =
                    Triage.ofId(node.get("expected").get("triage").asText());
            Assessment batch = check.assess(full);

            List<String> acceptable = new ArrayList<>(List.of(expected));
            node.get("expected").path("alsoAcceptable").forEach(n -> acceptable.add(n.asText()));
            Interviewer.Done done = SimulatedRunner.run(
                            service,
                            SimulatedRunner.intake(full),
                            f -> full.stated(f).orElse(null))
                    .done();
            Assessment a = done.assessment();
            runs.add(new Run(
                    full.id(),
                    top3(batch, acceptable),
                    batch.triage() == expectedTriage,
                    acceptable.contains(a.top().id()),
                    top3(a, acceptable),
                    a.triage() == expectedTriage,
                    expectedTriage.isAbove(Triage.SOON) && expectedTriage.isAbove(a.triage()),
                    done.questionsAsked()));
        }
        double n = runs.size();
        double batchTop3 = runs.stream().filter(Run::batchTop3).count() / n;
        double batchTriage = runs.stream().filter(Run::batchTriage).count() / n;
        double top3 = runs.stream().filter(Run::top3).count() / n;
        double top1 = runs.stream().filter(Run::top1).count() / n;
        double triage = runs.stream().filter(Run::exactTriage).count() / n;
        List<Integer> questions =
                new ArrayList<>(runs.stream().map(Run::questions).toList());
        Collections.sort(questions);
        double median = questions.size() % 2 == 1
                ? questions.get(questions.size() / 2)
                : (questions.get(questions.size() / 2 - 1) + questions.get(questions.size() / 2)) / 2.0;
        System.out.printf(
                Locale.ROOT,
                "[interview on dev vignettes] top-1 %.1f%% | top-3 %.1f%% (batch %.1f%%) | exact triage %.1f%% (batch %.1f%%) | questions median %.1f, max %d%n",
                100 * top1,
                100 * top3,
                100 * batchTop3,
                100 * triage,
                100 * batchTriage,
                median,
                questions.get(questions.size() - 1));
        runs.stream()
                .filter(r -> !r.top3() || !r.exactTriage())
                .forEach(r -> System.out.println("  interview miss " + r.id() + (r.top3() ? "" : " (not in top 3)")
                        + (r.exactTriage() ? "" : " (triage)") + " after " + r.questions() + " questions"));

        assertThat(runs.stream().filter(Run::dangerousUnder).map(Run::id).toList())
                .as("urgent or emergency cases under-triaged by the interview")
                .isEmpty();
        assertThat(top3).as("interview top-3").isGreaterThanOrEqualTo(0.95);
        assertThat(top1).as("interview top-1").isGreaterThanOrEqualTo(0.85);
        assertThat(triage).as("interview exact triage").isGreaterThanOrEqualTo(0.90);
        assertThat(median).as("median questions").isLessThanOrEqualTo(8);
    }

    private static boolean top3(Assessment a, List<String> acceptable) {
        return a.conditions().stream().limit(3).map(RankedCondition::id).anyMatch(acceptable::contains);
    }
}

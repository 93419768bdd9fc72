package org.runmend.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmend.AppConfig;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Case;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.PainCheck;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;
import org.runmend.support.Shared;
import org.runmend.support.TestClock;

/**
 * Issue 16: a runner who knows only what the case states. Every urgent and emergency dev case is
 * driven through the interview answering the case's stated findings and "not sure" to everything
 * else, on the checklist too; none may end lower than its expected triage.
 */
class NotSureRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void no_urgent_or_emergency_case_ends_lower_when_the_runner_is_not_sure_of_everything_unstated()
            throws IOException {
        KnowledgeBase kb = KnowledgeBase.bundled();
        PainCheck check = new PainCheck(kb);
        CaseReader reader = new CaseReader(kb);
        InterviewService service = new InterviewService(
                check,
                new InterviewToken(
                        AppConfig.ephemeral(java.nio.file.Path.of("target")).secret(), TestClock.FIXED));
        List<String> lower = new ArrayList<>();
        int driven = 0;
        for (String line : Files.readAllLines(Shared.devCases())) {
            JsonNode node = JSON.readTree(line);
            Triage expected = Triage.ofId(node.get("expected").get("triage").asText());
            if (!expected.isAbove(Triage.SOON)) {
                continue;
            }
            Case full = reader.read(node);
            SimulatedRunner.Transcript t = SimulatedRunner.run(
                    service, SimulatedRunner.intake(full), f -> full.stated(f).orElse(null), true);
            Assessment a = t.done().assessment();
            driven++;
            if (expected.isAbove(a.triage())) {
                lower.add(full.id() + ": " + a.triage() + " for " + expected + " after " + t.steps());
            }
        }
        System.out.println(
                "[not-sure runner] " + driven + " urgent or emergency interviews, " + lower.size() + " lower");
        assertThat(driven).isEqualTo(63);
        assertThat(lower).as("urgent or emergency cases that ended lower").isEmpty();
    }
}

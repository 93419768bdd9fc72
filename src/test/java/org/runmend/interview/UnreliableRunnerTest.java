package org.runmend.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
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
 * A runner who is unsure or wrong: for every dev vignette, under several seeds, half of the
 * stated findings that are not red flags are answered "not sure" and one in ten of the rest is
 * answered the wrong way round. Red flags, here every finding a triage floor looks at (the
 * contract's red-flag group and the signs its floors use, such as being unable to bear weight),
 * are answered as stated: they are what the safety screen asks first, in plain words. The items of
 * the must-not-miss rules may be answered "not sure" like any other finding, but never the wrong
 * way round: a rule is a published pattern, and a runner who denies its sign has given the answers
 * on which its source says the danger is ruled out (the rule's "not sure" handling is what this
 * test holds). The pain check must still send no urgent or emergency case home, and keep the
 * expected condition in its top three.
 */
class UnreliableRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long[] SEEDS = {11, 23, 37, 41, 59};

    @Test
    void an_unreliable_runner_is_never_under_triaged_when_urgent_and_top_3_stays_above_90_percent() throws IOException {
        KnowledgeBase kb = KnowledgeBase.bundled();
        PainCheck check = new PainCheck(kb);
        CaseReader reader = new CaseReader(kb);
        java.util.Set<String> redFlags = new java.util.HashSet<>();
        kb.triageFloors().forEach(floor -> redFlags.addAll(floor.findings()));
        kb.findings().stream().filter(f -> f.isRedFlag()).forEach(f -> redFlags.add(f.id()));
        java.util.Set<String> ruleItems = new java.util.HashSet<>();
        kb.mustNotMiss().forEach(rule -> ruleItems.addAll(rule.findings()));
        InterviewService service = new InterviewService(
                check,
                new InterviewToken(
                        AppConfig.ephemeral(java.nio.file.Path.of("target")).secret(), TestClock.FIXED));
        int runs = 0;
        int top3 = 0;
        List<String> dangerous = new ArrayList<>();
        for (String line : Files.readAllLines(Shared.devCases())) {
            JsonNode node = JSON.readTree(line);
            Case full = reader.read(node);
            Triage expected = Triage.ofId(node.get("expected").get("triage").asText());
            List<String> acceptable = new ArrayList<>(
                    List.of(node.get("expected").get("condition").asText()));
            node.get("expected").path("alsoAcceptable").forEach(n -> acceptable.add(n.asText()));
            for (long seed : SEEDS) {
                Random random = new Random(seed * 1_000_003L + full.id().hashCode());
                Map<String, Boolean> told = new HashMap<>();
                full.findings().forEach((f, v) -> {
                    if (redFlags.contains(f)) {
                        told.put(f, v);
                    } else if (random.nextDouble() < 0.5) {
                        told.put(f, null);
                    } else {
                        boolean wrongWayRound = random.nextDouble() < 0.1 && !ruleItems.contains(f);
                        told.put(f, wrongWayRound ? !v : v);
                    }
                });
                Assessment a = SimulatedRunner.run(service, SimulatedRunner.intake(full), told::get)
                        .done()
                        .assessment();
                runs++;
                if (a.conditions().stream().limit(3).map(RankedCondition::id).anyMatch(acceptable::contains)) {
                    top3++;
                }
                if (expected.isAbove(Triage.SOON) && expected.isAbove(a.triage())) {
                    dangerous.add(full.id() + " seed " + seed + ": " + a.triage() + " for " + expected + ", told "
                            + told
                            + "; interview ended on " + a.input().findings() + " ranking "
                            + a.conditions().stream()
                                    .limit(4)
                                    .map(rc -> rc.id() + String.format(Locale.ROOT, " %.3f", rc.probability()))
                                    .toList());
                }
            }
        }
        double share = (double) top3 / runs;
        System.out.printf(
                Locale.ROOT,
                "[unreliable runner] %d interviews | top-3 %.1f%% | urgent or emergency under-triaged %d%n",
                runs,
                100 * share,
                dangerous.size());
        dangerous.forEach(d -> System.out.println("  under-triaged " + d));
        assertThat(dangerous).as("urgent or emergency cases under-triaged").isEmpty();
        assertThat(share).as("top-3").isGreaterThanOrEqualTo(0.90);
    }
}

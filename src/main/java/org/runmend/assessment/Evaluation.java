package org.runmend.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.runmend.knowledge.Triage;

/**
 * Scores the pain check against worked cases that carry {@code expected}: top-1, top-3, exact
 * triage, under- and over-triage. A case counts as found when the expected condition, or one of
 * its {@code alsoAcceptable}, is in the top 1 or top 3; strict top-1 counts the expected
 * condition alone.
 */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scored case. {@code error} is set when the case could not be assessed. */
    public record Outcome(
            String id,
            String expectedCondition,
            Triage expectedTriage,
            List<String> top3,
            Triage triage,
            boolean top1,
            boolean strictTop1,
            boolean inTop3,
            String error) {
        public boolean underTriaged() {
            return triage != null && expectedTriage != null && expectedTriage.isAbove(triage);
        }

        public boolean overTriaged() {
            return triage != null && expectedTriage != null && triage.isAbove(expectedTriage);
        }

        public boolean exactTriage() {
            return triage != null && triage == expectedTriage;
        }

        public boolean miss() {
            return error != null || !top1 || !exactTriage();
        }
    }

    /** The figures over all cases. */
    public record Report(List<Outcome> outcomes) {
        public int cases() {
            return outcomes.size();
        }

        public double top1() {
            return share(outcomes.stream().filter(Outcome::top1).count());
        }

        /** Top-1 counting only the expected condition, not its {@code alsoAcceptable}. */
        public double strictTop1() {
            return share(outcomes.stream().filter(Outcome::strictTop1).count());
        }

        public double top3() {
            return share(outcomes.stream().filter(Outcome::inTop3).count());
        }

        public double exactTriage() {
            return share(outcomes.stream().filter(Outcome::exactTriage).count());
        }

        public long underTriaged() {
            return outcomes.stream().filter(Outcome::underTriaged).count();
        }

        public long overTriaged() {
            return outcomes.stream().filter(Outcome::overTriaged).count();
        }

        /** Under-triaged cases whose expected level is urgent or emergency: must be zero. */
        public long dangerousUnderTriage() {
            return outcomes.stream()
                    .filter(Outcome::underTriaged)
                    .filter(o -> o.expectedTriage().isAbove(Triage.SOON))
                    .count();
        }

        public long errors() {
            return outcomes.stream().filter(o -> o.error() != null).count();
        }

        private double share(long n) {
            return outcomes.isEmpty() ? 0 : (double) n / outcomes.size();
        }

        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "cases %d | top-1 %.1f%% (strict %.1f%%) | top-3 %.1f%% | exact triage %.1f%% | under-triage %d (urgent/emergency %d) | over-triage %d | errors %d",
                    cases(),
                    100 * top1(),
                    100 * strictTop1(),
                    100 * top3(),
                    100 * exactTriage(),
                    underTriaged(),
                    dangerousUnderTriage(),
                    overTriaged(),
                    errors());
        }
    }

    private final PainCheck check;
    private final CaseReader reader;

    public Evaluation(PainCheck check) {
        this.check = check;
        this.reader = new CaseReader(check.knowledge());
    }

    /** Scores every non-blank line; a bad line is an outcome with an error, not a stop. */
    public Report run(List<String> lines) {
        List<Outcome> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String id = "line " + lineNo;
            String expectedCondition = null;
            Triage expectedTriage = null;
            try {
                JsonNode node = JSON.readTree(line);
                id = node.path("id").asText(id);
                JsonNode expected = node.path("expected");
                expectedCondition = expected.path("condition").asText(null);
                expectedTriage = expected.hasNonNull("triage")
                        ? Triage.ofId(expected.get("triage").asText())
                        : null;
                out.add(score(id, expected, check.assess(reader.read(node))));
            } catch (RuntimeException e) {
                out.add(new Outcome(
                        id, expectedCondition, expectedTriage, List.of(), null, false, false, false, e.getMessage()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                out.add(new Outcome(
                        id,
                        null,
                        null,
                        List.of(),
                        null,
                        false,
                        false,
                        false,
                        "not valid JSON (" + e.getOriginalMessage() + ")"));
            }
        }
        return new Report(out);
    }

    /** How one result fares against a case line's {@code expected} (condition, alsoAcceptable, triage). */
    public static Outcome score(String id, JsonNode expected, Assessment a) {
        String expectedCondition = expected.path("condition").asText(null);
        Triage expectedTriage = expected.hasNonNull("triage")
                ? Triage.ofId(expected.get("triage").asText())
                : null;
        List<String> acceptable = new ArrayList<>();
        acceptable.add(expectedCondition);
        expected.path("alsoAcceptable").forEach(n -> acceptable.add(n.asText()));
        List<String> ranked = a.conditions().stream().map(RankedCondition::id).toList();
        List<String> top3 = ranked.subList(0, Math.min(3, ranked.size()));
        return new Outcome(
                id,
                expectedCondition,
                expectedTriage,
                top3,
                a.triage(),
                acceptable.contains(ranked.get(0)),
                ranked.get(0).equals(expectedCondition),
                top3.stream().anyMatch(acceptable::contains),
                null);
    }
}

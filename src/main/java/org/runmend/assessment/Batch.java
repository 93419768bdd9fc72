package org.runmend.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import org.runmend.intake.StoryReader;

/**
 * The batch interface of the contract: one case per line (JSON Lines) in, one result per line out,
 * in the same order. A bad line yields {@code {"id": ..., "error": "line N: ..."}} and the batch
 * goes on. By default each result carries the contract's fields (id, ranked conditions with
 * probability, why and likelihood ratios, triage, red flags); {@code full} adds the texts for
 * people (names, triage reasons, advice, whom to see, the plan and tips). A line may carry
 * {@code story}, the runner's own words: its findings are read from it, and findings stated in the
 * line win.
 */
public final class Batch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    /** What a batch did: lines assessed and lines refused. */
    public record Counts(int assessed, int invalid) {}

    private final PainCheck check;
    private final CaseReader reader;
    private final AssessmentJson json;
    private final boolean full;

    public Batch(PainCheck check, boolean full) {
        this.check = check;
        this.reader = new CaseReader(check.knowledge(), () -> StoryReader.bundled(check.knowledge()));
        this.json = new AssessmentJson(check.knowledge());
        this.full = full;
    }

    public Counts run(BufferedReader in, Writer out) throws IOException {
        int assessed = 0;
        int invalid = 0;
        int lineNo = 0;
        String line;
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setRootValueSeparator(null);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Assessment a;
                try {
                    a = check.assess(reader.read(line));
                } catch (InvalidCaseException e) {
                    invalid++;
                    JSON.writeTree(g, AssessmentJson.error(idOf(line), "line " + lineNo + ": " + e.getMessage()));
                    g.flush();
                    out.write('\n');
                    continue;
                }
                if (full) {
                    JSON.writeTree(g, json.toJson(a));
                } else {
                    AssessmentJson.writeContract(g, a);
                }
                g.flush();
                out.write('\n');
                assessed++;
            }
        }
        out.flush();
        return new Counts(assessed, invalid);
    }

    /** The id of a line that failed, when the line is JSON enough to have one. */
    private static String idOf(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.hasNonNull("id") && node.get("id").isTextual()
                    ? node.get("id").asText()
                    : null;
        } catch (IOException e) {
            return null;
        }
    }
}

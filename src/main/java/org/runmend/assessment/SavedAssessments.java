package org.runmend.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.store.Ids;
import org.runmend.store.NotFoundException;
import org.runmend.store.RunnerOwned;

/**
 * Pain checks a signed-in runner chose to keep: the case as answered and the result as shown,
 * so the report for a clinician shows what the runner saw even after the knowledge changes.
 */
public final class SavedAssessments implements RunnerOwned {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kept check. */
    public record Saved(
            String id,
            Instant at,
            String region,
            String triage,
            String topCondition,
            JsonNode caseJson,
            JsonNode resultJson,
            String story) {}

    private final Jdbi jdbi;
    private final AssessmentJson resultJson;
    private final Clock clock;

    public SavedAssessments(Database db, KnowledgeBase kb, Clock clock) {
        this.jdbi = db.jdbi();
        this.resultJson = new AssessmentJson(kb);
        this.clock = clock;
    }

    public String save(String runnerId, Assessment a) {
        return save(runnerId, a, List.of());
    }

    /**
     * Keeps a check, once: the same case (interview id and answers) saved again by the same runner
     * returns the id it was kept under. {@code notSure} are the findings the runner answered "not
     * sure"; the case keeps them as null (the contract's "stated as unknown"), so the interview can
     * be replayed.
     */
    public String save(String runnerId, Assessment a, List<String> notSure) {
        return save(runnerId, a, notSure, null);
    }

    /** Keeps a check with the story it started from, the runner's own words (null when there was none). */
    public String save(String runnerId, Assessment a, List<String> notSure, String story) {
        String id = Ids.next();
        Case c = a.input();
        ObjectNode caseNode = JSON.createObjectNode();
        caseNode.put("id", c.id());
        if (c.age() != null) {
            caseNode.put("age", c.age());
        }
        caseNode.put("sex", c.sex());
        caseNode.put("region", c.region());
        if (c.side() != null) {
            // the side is an answer too (the pain check reads "both sides" from it): without it a saved
            // check would be worked out again from fewer answers and show other percentages
            caseNode.put("side", c.side());
        }
        if (c.durationDays() != null) {
            caseNode.put("durationDays", c.durationDays());
        }
        if (c.painScore() != null) {
            caseNode.put("painScore", c.painScore());
        }
        ObjectNode findings = caseNode.putObject("findings");
        c.findings().forEach(findings::put);
        java.util.stream.Stream.concat(notSure.stream(), c.unsure().stream())
                .distinct()
                .filter(f -> !c.findings().containsKey(f))
                .forEach(findings::putNull);
        try {
            String caseText = JSON.writeValueAsString(caseNode);
            String resultText = JSON.writeValueAsString(resultJson.toJson(a));
            String hash = sha256(caseText);
            java.util.Optional<String> kept = keptAs(runnerId, hash);
            if (kept.isPresent()) {
                return kept.get();
            }
            try {
                jdbi.useHandle(
                        h -> h.createUpdate("INSERT INTO assessments (id, runner_id, created_at, region, triage, "
                                        + "top_condition, case_json, result_json, case_hash, story) "
                                        + "VALUES (:id, :r, :at, :region, :triage, :top, :c, :res, :hash, :story)")
                                .bind("id", id)
                                .bind("r", runnerId)
                                .bind("at", clock.millis())
                                .bind("region", c.region())
                                .bind("triage", a.triage().id())
                                .bind("top", a.top().id())
                                .bind("c", caseText)
                                .bind("res", resultText)
                                .bind("hash", hash)
                                .bind("story", story == null || story.isBlank() ? null : story)
                                .execute());
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException raced) {
                // the same check saved at the same moment by another request: that one is kept
                return keptAs(runnerId, hash).orElseThrow(() -> raced);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    private java.util.Optional<String> keptAs(String runnerId, String hash) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT id FROM assessments WHERE runner_id = :r AND case_hash = :hash")
                        .bind("r", runnerId)
                        .bind("hash", hash)
                        .mapTo(String.class)
                        .findFirst());
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first. */
    public List<Saved> list(String runnerId) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM assessments WHERE runner_id = :r ORDER BY created_at DESC")
                        .bind("r", runnerId)
                        .map((rs, ctx) -> read(rs))
                        .list());
    }

    public Saved get(String runnerId, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM assessments WHERE runner_id = :r AND id = :id")
                        .bind("r", runnerId)
                        .bind("id", id)
                        .map((rs, ctx) -> read(rs))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("pain check", id));
    }

    private static Saved read(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return new Saved(
                    rs.getString("id"),
                    Instant.ofEpochMilli(rs.getLong("created_at")),
                    rs.getString("region"),
                    rs.getString("triage"),
                    rs.getString("top_condition"),
                    JSON.readTree(rs.getString("case_json")),
                    JSON.readTree(rs.getString("result_json")),
                    rs.getString("story"));
        } catch (IOException e) {
            throw new UncheckedIOException("a saved pain check is damaged", e);
        }
    }

    @Override
    public List<String> runnerTables() {
        return List.of("assessments");
    }

    /** Without {@code case_hash}: it only says "kept already", it is no data of the runner's. */
    @Override
    public Map<String, List<Map<String, Object>>> exportRows(Handle h, String runnerId) {
        List<Map<String, Object>> rows =
                RunnerOwned.rows(h, "SELECT * FROM assessments WHERE runner_id = :r", runnerId);
        rows.forEach(row -> row.remove("case_hash"));
        return Map.of("assessments", rows);
    }

    @Override
    public void deleteRows(Handle h, String runnerId) {
        h.createUpdate("DELETE FROM assessments WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
    }
}

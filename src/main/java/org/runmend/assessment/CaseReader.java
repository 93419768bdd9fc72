package org.runmend.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.runmend.intake.StoryReader;
import org.runmend.intake.StoryReading;
import org.runmend.knowledge.KnowledgeBase;

/**
 * Turns untrusted JSON (case.schema.json) into a {@link Case}, checking every id against the
 * knowledge base. Fields the check does not use ({@code expected}, {@code source}, {@code note})
 * are ignored.
 */
public final class CaseReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KnowledgeBase kb;
    private final java.util.function.Supplier<StoryReader> stories;

    /** A reader that ignores a case's {@code story}. */
    public CaseReader(KnowledgeBase kb) {
        this(kb, (java.util.function.Supplier<StoryReader>) null);
    }

    /**
     * A reader that also reads a case's {@code story} (the runner's own words): what the story
     * states fills the fields the case leaves out, and findings stated in the case win over the
     * story's (case.schema.json). A story is read without a date, so "since Saturday" is not counted.
     */
    public CaseReader(KnowledgeBase kb, StoryReader stories) {
        this(kb, stories == null ? null : () -> stories);
    }

    /**
     * The same, with the story reader made only when a case first carries a story: building it
     * takes a second or two, which a batch without stories need not pay.
     */
    public CaseReader(KnowledgeBase kb, java.util.function.Supplier<StoryReader> stories) {
        this.kb = kb;
        this.stories = stories;
    }

    /** The story of a case, checked: null when there is none; too long or not text is refused naming the field. */
    public static String story(JsonNode node) {
        JsonNode n = node == null ? null : node.get("story");
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new InvalidCaseException(
                    "story", n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT), "must be text");
        }
        if (n.asText().length() > StoryReader.MAX_LENGTH) {
            throw new InvalidCaseException(
                    "story",
                    n.asText().length() + " characters",
                    "must be at most " + StoryReader.MAX_LENGTH + " characters long");
        }
        return n.asText();
    }

    /**
     * A copy of {@code node} with what the story read gives: region (only when the case has none),
     * side, age, sex, duration and pain score where the case leaves them out, and the story's
     * findings under the case's own.
     */
    public static ObjectNode withReading(ObjectNode node, StoryReading r) {
        ObjectNode out = node.deepCopy();
        r.region()
                .ifPresent(v -> putIfAbsent(out, "region", JSON.getNodeFactory().textNode(v)));
        r.side().ifPresent(v -> putIfAbsent(out, "side", JSON.getNodeFactory().textNode(v)));
        r.sex().ifPresent(v -> putIfAbsent(out, "sex", JSON.getNodeFactory().textNode(v)));
        r.age()
                .filter(a -> a >= 5 && a <= 100)
                .ifPresent(v -> putIfAbsent(out, "age", JSON.getNodeFactory().numberNode(v)));
        r.durationDays()
                .ifPresent(v ->
                        putIfAbsent(out, "durationDays", JSON.getNodeFactory().numberNode(v)));
        r.painScore()
                .ifPresent(
                        v -> putIfAbsent(out, "painScore", JSON.getNodeFactory().numberNode(v)));
        if (out.has("findings") && out.get("findings").isObject()) {
            ObjectNode merged = JSON.createObjectNode();
            r.findings().forEach(merged::put);
            out.get("findings").properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
            out.set("findings", merged);
        }
        out.remove("story");
        return out;
    }

    private static void putIfAbsent(ObjectNode node, String field, JsonNode value) {
        if (!node.hasNonNull(field)) {
            node.set(field, value);
        }
    }

    /** Parses one line or document; throws {@link InvalidCaseException} naming the field. */
    public Case read(String json) {
        return read(parseOne(json, "case"));
    }

    public Case read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidCaseException("case", null, "expected a JSON object");
        }
        String story = story(node);
        if (story != null && stories != null) {
            JsonNode tapped = node.get("region");
            String region = tapped != null
                            && tapped.isTextual()
                            && kb.region(tapped.asText()).isPresent()
                    ? tapped.asText()
                    : null;
            node = withReading((ObjectNode) node, stories.get().read(story, null, region));
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || idNode.isNull()) {
            throw new InvalidCaseException("id", null, "is missing");
        }
        if (!idNode.isTextual()) {
            throw new InvalidCaseException(
                    "id", idNode.getNodeType().toString().toLowerCase(java.util.Locale.ROOT), "must be a string");
        }
        String id = idNode.asText();
        if (id.length() > Case.MAX_ID_LENGTH) {
            throw new InvalidCaseException(
                    "id", id.length() + " characters", "must be at most " + Case.MAX_ID_LENGTH + " characters long");
        }
        JsonNode regionNode = node.get("region");
        if (regionNode == null || regionNode.isNull()) {
            throw new InvalidCaseException("region", null, "is missing (one of " + regionIds() + ")");
        }
        if (!regionNode.isTextual()) {
            throw new InvalidCaseException("region", regionNode.toString(), "must be a region id string");
        }
        String region = regionNode.asText();
        if (kb.region(region).isEmpty()) {
            throw new InvalidCaseException("region", region, "unknown region (one of " + regionIds() + ")");
        }
        Integer age = optionalInt(node, "age");
        Integer duration = optionalInt(node, "durationDays");
        Integer pain = optionalInt(node, "painScore");
        String sex = null;
        JsonNode sexNode = node.get("sex");
        if (sexNode != null && !sexNode.isNull()) {
            sex = sexNode.asText();
            if (!sexNode.isTextual() || !(sex.equals("female") || sex.equals("male"))) {
                throw new InvalidCaseException(
                        "sex", sexNode.isTextual() ? sex : sexNode.toString(), "must be female, male or null");
            }
        }
        String side = null;
        JsonNode sideNode = node.get("side");
        if (sideNode != null && !sideNode.isNull()) {
            side = sideNode.asText();
            if (!sideNode.isTextual() || !Case.SIDES.contains(side)) {
                throw new InvalidCaseException(
                        "side", sideNode.isTextual() ? side : sideNode.toString(), "must be left, right, both or null");
            }
        }
        JsonNode findingsNode = node.get("findings");
        if (findingsNode == null || findingsNode.isNull()) {
            throw new InvalidCaseException("findings", null, "is missing (use {} when nothing is known)");
        }
        if (!findingsNode.isObject()) {
            throw new InvalidCaseException(
                    "findings", findingsNode.toString(), "must be an object of finding id -> true/false");
        }
        Map<String, Boolean> findings = new LinkedHashMap<>();
        java.util.Set<String> unsure = new java.util.LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        findingsNode.properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (kb.finding(e.getKey()).isEmpty()) {
                throw new InvalidCaseException("findings", e.getKey(), "unknown finding id");
            }
            if (e.getValue().isNull()) {
                unsure.add(e.getKey()); // stated as unknown: the runner is not sure
                continue;
            }
            if (!e.getValue().isBoolean()) {
                throw new InvalidCaseException(
                        "findings." + e.getKey(), e.getValue().toString(), "must be true, false or null");
            }
            findings.put(e.getKey(), e.getValue().booleanValue());
        }
        return new Case(id, age, sex, region, side, duration, pain, findings, unsure);
    }

    /**
     * Exactly one JSON value: anything after it but white space (a case followed by garbage, or by
     * a second case) is refused, naming {@code field}.
     */
    public static JsonNode parseOne(String text, String field) {
        try (com.fasterxml.jackson.core.JsonParser p = JSON.getFactory().createParser(text)) {
            JsonNode node = JSON.readTree(p);
            if (node == null || node.isMissingNode()) {
                throw new InvalidCaseException(field, null, "is empty: send one JSON object");
            }
            boolean more;
            try {
                more = p.nextToken() != null;
            } catch (JsonProcessingException e) {
                more = true;
            }
            if (more) {
                throw new InvalidCaseException(
                        field, null, "has more after the JSON value ends: send exactly one JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException(field, null, jsonProblem(e));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The parser's message without its source excerpt (which would echo the input back). */
    public static String jsonProblem(JsonProcessingException e) {
        String msg = String.valueOf(e.getOriginalMessage());
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "...";
        }
        return "not valid JSON (" + msg + ")";
    }

    private static Integer optionalInt(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InvalidCaseException(
                    field,
                    v.isTextual() ? v.asText() : v.isNumber() ? v.numberValue() : v.toString(),
                    "must be a whole number");
        }
        return v.intValue();
    }

    private String regionIds() {
        return String.join(", ", kb.regions().stream().map(r -> r.id()).toList());
    }
}

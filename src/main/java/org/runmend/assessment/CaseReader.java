package org.runmend.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.runmend.knowledge.KnowledgeBase;

/**
 * Turns untrusted JSON (case.schema.json) into a {@link Case}, checking every id against the
 * knowledge base. Fields the check does not use ({@code expected}, {@code source}, {@code note})
 * are ignored.
 */
public final class CaseReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KnowledgeBase kb;

    public CaseReader(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Parses one line or document; throws {@link InvalidCaseException} naming the field. */
    public Case read(String json) {
        return read(parseOne(json, "case"));
    }

    public Case read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidCaseException("case", null, "expected a JSON object");
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || idNode.isNull()) {
            throw new InvalidCaseException("id", null, "is missing");
        }
        if (!idNode.isTextual()) {
            throw new InvalidCaseException("id", idNode.getNodeType().toString().toLowerCase(java.util.Locale.ROOT),
                    "must be a string");
        }
        String id = idNode.asText();
        if (id.length() > Case.MAX_ID_LENGTH) {
            throw new InvalidCaseException("id", id.length() + " characters",
                    "must be at most " + Case.MAX_ID_LENGTH + " characters long");
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
                throw new InvalidCaseException("sex", sexNode.isTextual() ? sex : sexNode.toString(),
                        "must be female, male or null");
            }
        }
        String side = null;
        JsonNode sideNode = node.get("side");
        if (sideNode != null && !sideNode.isNull()) {
            side = sideNode.asText();
            if (!sideNode.isTextual() || !Case.SIDES.contains(side)) {
                throw new InvalidCaseException("side", sideNode.isTextual() ? side : sideNode.toString(),
                        "must be left, right, both or null");
            }
        }
        JsonNode findingsNode = node.get("findings");
        if (findingsNode == null || findingsNode.isNull()) {
            throw new InvalidCaseException("findings", null, "is missing (use {} when nothing is known)");
        }
        if (!findingsNode.isObject()) {
            throw new InvalidCaseException("findings", findingsNode.toString(), "must be an object of finding id -> true/false");
        }
        Map<String, Boolean> findings = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = findingsNode.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (kb.finding(e.getKey()).isEmpty()) {
                throw new InvalidCaseException("findings", e.getKey(), "unknown finding id");
            }
            if (e.getValue().isNull()) {
                continue; // stated as unknown
            }
            if (!e.getValue().isBoolean()) {
                throw new InvalidCaseException("findings." + e.getKey(), e.getValue().toString(),
                        "must be true, false or null");
            }
            findings.put(e.getKey(), e.getValue().booleanValue());
        }
        return new Case(id, age, sex, region, side, duration, pain, findings);
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
                throw new InvalidCaseException(field, null, "has more after the JSON value ends: send exactly one JSON object");
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
            throw new InvalidCaseException(field, v.isTextual() ? v.asText() : v.isNumber() ? v.numberValue() : v.toString(),
                    "must be a whole number");
        }
        return v.intValue();
    }

    private String regionIds() {
        return String.join(", ", kb.regions().stream().map(r -> r.id()).toList());
    }
}

package org.runmend.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.runmend.assessment.Case;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.knowledge.Region;

/**
 * The intake form after the body map: age, sex, how long and how bad, as typed. Each field is
 * checked on its own by {@link CaseReader}, so the runner sees every problem at once, each
 * message naming its field.
 *
 * @param errors field id (as in case.schema.json) to a message that starts with the field's label
 */
public record IntakeForm(Region region, String side, String age, String sex, String durationDays, String painScore,
                         Map<String, String> errors) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The label of each field, as the form shows it and as error messages name it. */
    public static final Map<String, String> LABELS = Map.of(
            "age", "Age",
            "sex", "Sex",
            "side", "Which side",
            "durationDays", "How long it has hurt",
            "painScore", "How bad it is");

    public IntakeForm {
        errors = Map.copyOf(errors);
    }

    /** An empty form; {@code side} is the side picked on the body map, if any. */
    static IntakeForm blank(Region region, String side) {
        return new IntakeForm(region, Case.SIDES.contains(side) ? side : "", "", "", "", "", Map.of());
    }

    static String href(String regionId) {
        return "/check/intake?region=" + URLEncoder.encode(regionId, StandardCharsets.UTF_8);
    }

    /** The message for one field, or null when it is fine. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors in the order of the form. */
    public Map<String, String> orderedErrors() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : new String[] {"side", "age", "sex", "durationDays", "painScore"}) {
            if (errors.containsKey(f)) {
                out.put(f, errors.get(f));
            }
        }
        return out;
    }

    /** This form with its errors filled in; the case when there are none. */
    Optional<Case> validate(CaseReader reader, Map<String, String> errorsOut) {
        number(reader, "age", age, "Enter your age in years", errorsOut);
        number(reader, "durationDays", durationDays, "Enter how many days it has hurt (0 if it started today)", errorsOut);
        number(reader, "painScore", painScore, "Enter a number from 0 (no pain) to 10 (the worst pain you can imagine)", errorsOut);
        String sexValue = switch (sex == null ? "" : sex) {
            case "female", "male" -> sex;
            case "unsaid" -> null;
            case "" -> {
                errorsOut.put("sex", LABELS.get("sex") + ": choose female, male or prefer not to say.");
                yield null;
            }
            default -> {
                check(reader, "sex", JSON.getNodeFactory().textNode(sex), errorsOut);
                yield null;
            }
        };
        String sideValue = side == null || side.isBlank() || side.equals("unsaid") ? null : side;
        if (sideValue != null) {
            check(reader, "side", JSON.getNodeFactory().textNode(sideValue), errorsOut);
        }
        if (!errorsOut.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode c = base();
        c.put("side", sideValue);
        c.put("age", Integer.parseInt(age.trim()));
        c.put("durationDays", Integer.parseInt(durationDays.trim()));
        c.put("painScore", Integer.parseInt(painScore.trim()));
        c.put("sex", sexValue);
        return Optional.of(reader.read(c));
    }

    IntakeForm withErrors(Map<String, String> errors) {
        return new IntakeForm(region, side, age, sex, durationDays, painScore, errors);
    }

    private void number(CaseReader reader, String field, String value, String whenMissing, Map<String, String> errorsOut) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            errorsOut.put(field, LABELS.get(field) + ": " + lowerFirst(whenMissing) + ".");
            return;
        }
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = JSON.getNodeFactory().numberNode(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            node = JSON.getNodeFactory().textNode(v);
        }
        check(reader, field, node, errorsOut);
    }

    /** Runs the case reader on a case with only this field set, and keeps its complaint. */
    private void check(CaseReader reader, String field, com.fasterxml.jackson.databind.JsonNode value,
                       Map<String, String> errorsOut) {
        ObjectNode c = base();
        c.set(field, value);
        try {
            reader.read(c);
        } catch (InvalidCaseException e) {
            errorsOut.put(field, LABELS.get(field) + ": " + problem(e) + " (you entered " + value.asText() + ").");
        }
    }

    private ObjectNode base() {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", "web-" + java.util.UUID.randomUUID());
        c.put("region", region.id());
        c.putObject("findings");
        return c;
    }

    /** The problem part of "field 'value': problem"; problems themselves hold no ": ". */
    private static String problem(InvalidCaseException e) {
        String m = e.getMessage();
        int at = m.lastIndexOf(": ");
        return at < 0 ? m : m.substring(at + 2);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

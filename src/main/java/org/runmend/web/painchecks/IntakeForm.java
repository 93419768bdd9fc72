package org.runmend.web.painchecks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.runmend.assessment.Case;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.knowledge.Region;
import org.runmend.web.FormErrors;

/**
 * The intake form after the body map: age, sex, how long and how bad, as typed. Each field is
 * checked on its own by {@link CaseReader}, so the runner sees every problem at once, each
 * message naming its field. The form checks itself ({@link #validate}).
 *
 * @param errors by field id (as in case.schema.json), each message starting with the field's label
 */
public record IntakeForm(
        Region region, String side, String age, String sex, String durationDays, String painScore, FormErrors errors) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The label of each field, as the form shows it and as error messages name it. */
    public static final Map<String, String> LABELS = Map.of(
            "age", "Age",
            "sex", "Sex",
            "side", "Which side",
            "durationDays", "How long it has hurt",
            "painScore", "How bad it is");

    private static final FormErrors NO_ERRORS = FormErrors.inOrder("side", "age", "sex", "durationDays", "painScore");

    public IntakeForm {
        Objects.requireNonNull(errors, "errors");
    }

    /** The form as posted, not yet checked. */
    static IntakeForm posted(
            Region region, String side, String age, String sex, String durationDays, String painScore) {
        return new IntakeForm(region, side, age, sex, durationDays, painScore, NO_ERRORS);
    }

    /** An empty form; {@code side} is the side picked on the body map, if any. */
    static IntakeForm blank(Region region, String side) {
        return new IntakeForm(region, side != null && Case.SIDES.contains(side) ? side : "", "", "", "", "", NO_ERRORS);
    }

    static String href(String regionId) {
        return "/check/intake?region=" + URLEncoder.encode(regionId, StandardCharsets.UTF_8);
    }

    /** The intake form for a region with the side picked on the body map. */
    static String href(String regionId, String side) {
        return href(regionId) + "&side=" + URLEncoder.encode(side, StandardCharsets.UTF_8);
    }

    /** The case as typed, or what is wrong with it; each field is checked by the case reader. */
    FormErrors.Checked<Case> validate(CaseReader reader) {
        FormErrors e = NO_ERRORS;
        e = number(reader, "age", age, "Enter your age in years", e);
        e = number(reader, "durationDays", durationDays, "Enter how many days it has hurt (0 if it started today)", e);
        e = number(
                reader,
                "painScore",
                painScore,
                "Enter a number from 0 (no pain) to 10 (the worst pain you can imagine)",
                e);
        String sexValue = "female".equals(sex) || "male".equals(sex) ? sex : null;
        if (sex == null || sex.isEmpty()) {
            e = e.add("sex", LABELS.get("sex") + ": choose female, male or prefer not to say.");
        } else if (sexValue == null && !sex.equals("unsaid")) {
            e = check(reader, "sex", JSON.getNodeFactory().textNode(sex), e);
        }
        String sideValue = side == null || side.isBlank() || side.equals("unsaid") ? null : side;
        if (sideValue != null) {
            e = check(reader, "side", JSON.getNodeFactory().textNode(sideValue), e);
        }
        if (!e.isEmpty()) {
            return FormErrors.Checked.invalid(e);
        }
        ObjectNode c = base();
        c.put("side", sideValue);
        c.put("age", Integer.parseInt(age.trim()));
        c.put("durationDays", Integer.parseInt(durationDays.trim()));
        c.put("painScore", Integer.parseInt(painScore.trim()));
        c.put("sex", sexValue);
        return FormErrors.Checked.valid(reader.read(c));
    }

    IntakeForm withErrors(FormErrors errors) {
        return new IntakeForm(region, side, age, sex, durationDays, painScore, errors);
    }

    private FormErrors number(CaseReader reader, String field, String value, String whenMissing, FormErrors e) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            return e.add(field, LABELS.get(field) + ": " + lowerFirst(whenMissing) + ".");
        }
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = JSON.getNodeFactory().numberNode(Integer.parseInt(v));
        } catch (NumberFormatException ex) {
            node = JSON.getNodeFactory().textNode(v);
        }
        return check(reader, field, node, e);
    }

    /** Runs the case reader on a case with only this field set, and keeps its complaint. */
    private FormErrors check(
            CaseReader reader, String field, com.fasterxml.jackson.databind.JsonNode value, FormErrors e) {
        ObjectNode c = base();
        c.set(field, value);
        try {
            reader.read(c);
            return e;
        } catch (InvalidCaseException ex) {
            return e.add(field, LABELS.get(field) + ": " + problem(ex) + " (you entered " + value.asText() + ").");
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

package org.runmend.web.painchecks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.runmend.intake.StoryReading;

/**
 * What a story was understood to say, as the API answers it: {@code region, side, age, sex,
 * durationDays, painScore}, each only when the story gives it, {@code findings} (id to true or
 * false), {@code evidence} (one entry per finding with the words it came from), {@code words}
 * (the words each field came from) and, when nothing was understood, a {@code message}.
 */
public final class StoryJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Said when a story gave nothing RunMend could use. */
    static final String NOTHING_UNDERSTOOD =
            "Nothing in these words could be understood: pick where it hurts on the body map and answer the questions instead.";

    private StoryJson() {}

    public static ObjectNode toJson(StoryReading r) {
        ObjectNode out = JSON.createObjectNode();
        r.region().ifPresent(v -> out.put("region", v));
        r.side().ifPresent(v -> out.put("side", v));
        r.age().ifPresent(v -> out.put("age", v));
        r.sex().ifPresent(v -> out.put("sex", v));
        r.durationDays().ifPresent(v -> out.put("durationDays", v));
        r.painScore().ifPresent(v -> out.put("painScore", v));
        ObjectNode findings = out.putObject("findings");
        r.findings().forEach(findings::put);
        var evidence = out.putArray("evidence");
        ObjectNode words = JSON.createObjectNode();
        for (StoryReading.Evidence e : r.evidence()) {
            if (StoryReading.FIELDS.contains(e.finding())) {
                words.put(e.finding(), e.text());
            } else {
                evidence.addObject()
                        .put("finding", e.finding())
                        .put("present", e.present())
                        .put("text", e.text());
            }
        }
        if (!words.isEmpty()) {
            out.set("words", words);
        }
        if (r.isEmpty()) {
            out.put("message", NOTHING_UNDERSTOOD);
        }
        return out;
    }
}

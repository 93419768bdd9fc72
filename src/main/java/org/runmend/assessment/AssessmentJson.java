package org.runmend.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.TriageAdvice;

/**
 * Writes an {@link Assessment} in the contract's result shape (result.schema.json), plus the
 * fields a person needs: names, reasons with likelihood ratios, what to do, and the plan.
 */
public final class AssessmentJson {
    public static final String NOT_A_DIAGNOSIS = "RunMend suggests possible causes from what you told it; "
            + "it is not a diagnosis and does not replace an examination by a clinician.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KnowledgeBase kb;

    public AssessmentJson(KnowledgeBase kb) {
        this.kb = kb;
    }

    public ObjectNode toJson(Assessment a) {
        ObjectNode out = JSON.createObjectNode();
        out.put("id", a.input().id());
        ArrayNode conditions = out.putArray("conditions");
        for (RankedCondition rc : a.conditions()) {
            ObjectNode c = conditions.addObject();
            c.put("id", rc.id());
            c.put("name", rc.condition().name());
            c.put("probability", Math.round(rc.probability() * 10000) / 10000.0);
            ArrayNode why = c.putArray("why");
            rc.why().forEach(why::add);
            ArrayNode reasons = c.putArray("reasons");
            for (Reason r : rc.reasons()) {
                ObjectNode rn = reasons.addObject();
                rn.put("finding", r.finding());
                rn.put("present", r.present());
                rn.put("likelihoodRatio", Math.round(r.likelihoodRatio() * 100) / 100.0);
                rn.put("effect", r.raises() ? "raises" : "lowers");
            }
        }
        out.put("triage", a.triage().id());
        ArrayNode flags = out.putArray("redFlags");
        a.redFlags().forEach(flags::add);
        ArrayNode triageReasons = out.putArray("triageReasons");
        a.triageReasons().forEach(triageReasons::add);
        ArrayNode alternatives = out.putArray("alternatives");
        for (RankedCondition rc : a.alternatives()) {
            alternatives
                    .addObject()
                    .put("id", rc.id())
                    .put("name", rc.condition().name())
                    .put("probability", Math.round(rc.probability() * 10000) / 10000.0)
                    .put("triage", rc.condition().triage().id());
        }
        TriageAdvice advice = kb.advice(a.triage());
        ResultMessage m = a.message();
        ObjectNode adviceNode = out.putObject("advice");
        adviceNode.put("headline", m.headline());
        adviceNode.put("because", m.because());
        if (m.nextStep() != null) {
            adviceNode.put("nextStep", m.nextStep());
        }
        adviceNode.put("doNow", advice.doNow());
        adviceNode.put("seekHelpIf", advice.seekHelpIf());
        ObjectNode see = out.putObject("see");
        see.put("who", m.see().who());
        see.put("when", m.see().when());
        see.put("level", m.see().level().id());
        ArrayNode plan = out.putArray("plan");
        a.plan().forEach(i -> plan.add(item(i)));
        ArrayNode tips = out.putArray("contextTips");
        a.contextTips().forEach(i -> tips.add(item(i)));
        out.put("disclaimer", NOT_A_DIAGNOSIS);
        return out;
    }

    /** The batch lists at least this many conditions (the contract asks for the top 3)... */
    static final int SHOWN_AT_LEAST = 3;
    /** ...and every other condition at least this likely; the rest round to 0.0% and are left out. */
    static final double SHOWN_FROM = 0.0005;

    /**
     * The contract's fields only (result.schema.json), streamed: id, the ranked conditions with
     * probability, why and each reason's likelihood ratio (at least the top 3, then every one of
     * 0.05% or more), triage and red flags.
     */
    public static void writeContract(com.fasterxml.jackson.core.JsonGenerator g, Assessment a)
            throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("id", a.input().id());
        g.writeArrayFieldStart("conditions");
        int written = 0;
        for (RankedCondition rc : a.conditions()) {
            if (written >= SHOWN_AT_LEAST && rc.probability() < SHOWN_FROM) {
                break;
            }
            written++;
            g.writeStartObject();
            g.writeStringField("id", rc.id());
            g.writeNumberField("probability", Math.round(rc.probability() * 10000) / 10000.0);
            g.writeArrayFieldStart("why");
            for (Reason r : rc.reasons()) {
                g.writeString(r.finding());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reasons");
            for (Reason r : rc.reasons()) {
                g.writeStartObject();
                g.writeStringField("finding", r.finding());
                g.writeBooleanField("present", r.present());
                g.writeNumberField("likelihoodRatio", Math.round(r.likelihoodRatio() * 100) / 100.0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("triage", a.triage().id());
        g.writeArrayFieldStart("redFlags");
        for (String f : a.redFlags()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    public static ObjectNode error(String id, String message) {
        ObjectNode out = JSON.createObjectNode();
        if (id == null) {
            out.putNull("id");
        } else {
            out.put("id", id);
        }
        out.put("error", message);
        return out;
    }

    private JsonNode item(SelfCareItem i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", i.id());
        n.put("kind", i.kind().id());
        n.put("title", i.title());
        n.put("summary", i.summary());
        if (i.holdSeconds() != null) {
            n.put("holdSeconds", i.holdSeconds());
        }
        if (i.sets() != null) {
            n.put("sets", i.sets());
        }
        if (i.reps() != null) {
            n.put("reps", i.reps());
        }
        ArrayNode steps = n.putArray("steps");
        i.steps().forEach(steps::add);
        ArrayNode sources = n.putArray("sources");
        i.sources().forEach(s -> sources.add(s.label(kb)));
        return n;
    }
}

package org.runmend.web.painchecks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.assessment.PainCheck;
import org.runmend.intake.StoryReader;
import org.runmend.intake.StoryReading;
import org.runmend.interview.InterviewService;
import org.runmend.interview.Interviewer;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.web.RequestBodies;

/**
 * The pain check's JSON API ({@code /api/v1/…}): one case assessed, a story read, an interview
 * started and answered, and the knowledge base's regions, findings and conditions. Its errors are
 * thrown ({@link InvalidCaseException} naming the field) and answered as JSON by {@code Errors}.
 */
public final class PainCheckApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KnowledgeBase kb;
    private final PainCheck check;
    private final CaseReader reader;
    private final AssessmentJson resultJson;
    private final InterviewService interviews;
    private final StoryReader stories;
    private final Clock clock;

    public PainCheckApi(
            KnowledgeBase kb, PainCheck check, InterviewService interviews, StoryReader stories, Clock clock) {
        this.kb = kb;
        this.check = check;
        this.reader = new CaseReader(kb);
        this.resultJson = new AssessmentJson(kb);
        this.interviews = interviews;
        this.stories = stories;
        this.clock = clock;
    }

    /** One whole case (every finding answered) assessed at once: the triage and the ranked possible causes. */
    public void assess(Context ctx) {
        String body = RequestBodies.text(ctx);
        if (body.isBlank()) {
            throw new InvalidCaseException("body", null, "is empty: send one case as JSON (case.schema.json)");
        }
        json(ctx, 200, resultJson.toJson(check.assess(reader.read(body))));
    }

    /** {@code {story, region?}} in; what the story states out, each part only where the story gives it. */
    public void readStory(Context ctx) {
        ObjectNode body = jsonBody(ctx);
        String story = CaseReader.story(body);
        String tapped = tappedRegion(body);
        StoryReading r =
                stories.read(story == null ? "" : story, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), tapped);
        json(ctx, 200, StoryJson.toJson(r));
    }

    /** The region sent with a story, checked; null when none was sent. */
    private String tappedRegion(ObjectNode body) {
        JsonNode region = body.get("region");
        if (region == null || region.isNull()) {
            return null;
        }
        if (!region.isTextual() || kb.region(region.asText()).isEmpty()) {
            throw new InvalidCaseException(
                    "region",
                    region.asText(region.toString()),
                    "unknown region (one of "
                            + String.join(
                                    ", ", kb.regions().stream().map(r -> r.id()).toList()) + ")");
        }
        return region.asText();
    }

    /** An interview started from an intake (with or without a story): the first question and its token. */
    public void startInterview(Context ctx) {
        ObjectNode intake = jsonBody(ctx);
        if (!intake.hasNonNull("id")) {
            intake.put("id", "interview-" + UUID.randomUUID());
        }
        if (intake.has("findings")) {
            throw new InvalidCaseException(
                    "findings",
                    null,
                    "are asked by the interview; send only age, sex, region, side, durationDays, painScore and story");
        }
        intake.putObject("findings");
        String story = CaseReader.story(intake);
        if (story == null || story.isBlank()) {
            intake.remove("story");
            json(ctx, 201, turnJson(interviews.start(reader.read(intake))));
            return;
        }
        StoryReading r =
                stories.read(story, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), tappedRegion(intake));
        if (r.region().isEmpty()) {
            throw new InvalidCaseException(
                    "region", null, "is missing, and the story does not say where it hurts: send region");
        }
        ObjectNode filled = CaseReader.withReading(intake, r);
        filled.putObject("findings");
        json(ctx, 201, turnJson(interviews.start(reader.read(filled), Map.of(), story, r.findings())));
    }

    /** One answer, or a checklist's answers, to the interview the path's token names: the next question or the result. */
    public void answerInterview(Context ctx) {
        ObjectNode body = jsonBody(ctx);
        if (body.has("answers")) {
            JsonNode answers = body.get("answers");
            if (!answers.isObject()) {
                throw new InvalidCaseException(
                        "answers",
                        answers.toString(),
                        "must be an object of finding id -> \"yes\", \"no\" or \"unknown\" (the checklist form)");
            }
            Map<String, String> given = new LinkedHashMap<>();
            answers.properties().forEach(e -> {
                if (!e.getValue().isTextual()) {
                    throw new InvalidCaseException(
                            "answers." + e.getKey(), e.getValue().toString(), "must be \"yes\", \"no\" or \"unknown\"");
                }
                given.put(e.getKey(), e.getValue().asText());
            });
            json(ctx, 200, turnJson(interviews.answerChecklist(ctx.pathParam("id"), given)));
            return;
        }
        String finding = body.hasNonNull("finding") ? body.get("finding").asText() : null;
        String answer = body.hasNonNull("answer") ? body.get("answer").asText() : null;
        json(ctx, 200, turnJson(interviews.answer(ctx.pathParam("id"), finding, answer)));
    }

    private ObjectNode turnJson(InterviewService.Turn turn) {
        ObjectNode out;
        if (turn.step() instanceof Interviewer.Done done) {
            out = resultJson.toJson(done.assessment());
            out.put("done", true);
            out.put("questionsAsked", done.questionsAsked());
        } else if (turn.step() instanceof Interviewer.Checklist checklist) {
            out = JSON.createObjectNode();
            out.put("done", false);
            out.put("questionsAsked", turn.state().questionsAnswered());
            ObjectNode q = out.putObject("question");
            q.put("kind", "checklist");
            q.put("text", Interviewer.CHECKLIST_TEXT);
            q.put("number", checklist.number());
            ArrayNode items = q.putArray("items");
            for (Finding f : checklist.items()) {
                items.addObject().put("finding", f.id()).put("text", f.question());
            }
        } else {
            Interviewer.Ask ask = (Interviewer.Ask) turn.step();
            Finding f = ask.finding();
            out = JSON.createObjectNode();
            out.put("done", false);
            out.put("questionsAsked", turn.state().questionsAnswered());
            ObjectNode q = out.putObject("question");
            q.put("kind", "question");
            q.put("finding", f.id());
            q.put("text", f.question());
            q.put("help", f.help());
            q.put("phase", ask.phase());
            q.put("number", ask.number());
            q.putArray("answers").add("yes").add("no").add("unknown");
        }
        out.put("interview", turn.token());
        return out;
    }

    private static ObjectNode jsonBody(Context ctx) {
        String body = RequestBodies.text(ctx);
        if (body.isBlank()) {
            throw new InvalidCaseException("body", null, "is empty: send a JSON object");
        }
        JsonNode node = CaseReader.parseOne(body, "body");
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidCaseException("body", null, "must be a JSON object");
        }
        return object;
    }

    /** The knowledge base's body regions. */
    public void regions(Context ctx) {
        json(ctx, 200, JSON.valueToTree(kb.regions()));
    }

    /** The knowledge base's findings, each with its question. */
    public void findings(Context ctx) {
        json(ctx, 200, JSON.valueToTree(kb.findings()));
    }

    /** The knowledge base's conditions: name, ICD-10 code, triage level, description and the regions with a prior for each. */
    public void conditions(Context ctx) {
        json(ctx, 200, conditionsJson());
    }

    private ArrayNode conditionsJson() {
        ArrayNode out = JSON.createArrayNode();
        kb.conditions().forEach(c -> {
            ObjectNode n = out.addObject();
            n.put("id", c.id());
            n.put("name", c.name());
            n.put("icd10", c.icd10());
            n.put("triage", c.triage().id());
            n.put("description", c.description());
            n.set("regions", JSON.valueToTree(c.priors().keySet()));
        });
        return out;
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }
}

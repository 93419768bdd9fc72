package org.runmend.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.assessment.PainCheck;
import org.runmend.knowledge.KnowledgeBase;

/**
 * The web app and REST API. Built from its dependencies so that {@code main}, the CLI and tests
 * wire it the same way; handlers are thin and every typed error is mapped here, in one place.
 */
public final class WebApp {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KnowledgeBase kb;
    private final PainCheck check;
    private final CaseReader reader;
    private final AssessmentJson resultJson;
    private final Javalin javalin;

    public WebApp(KnowledgeBase kb) {
        this.kb = kb;
        this.check = new PainCheck(kb);
        this.reader = new CaseReader(kb);
        this.resultJson = new AssessmentJson(kb);
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.html(HomePage.render(kb)));
            config.routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
            config.routes.post("/api/v1/assessments", this::assess);
            config.routes.get("/api/v1/regions", ctx -> json(ctx, 200, JSON.valueToTree(kb.regions())));
            config.routes.get("/api/v1/findings", ctx -> json(ctx, 200, JSON.valueToTree(kb.findings())));
            config.routes.get("/api/v1/conditions", ctx -> json(ctx, 200, conditions()));
            config.routes.exception(InvalidCaseException.class, (e, ctx) -> {
                ObjectNode body = AssessmentJson.error(null, e.getMessage());
                body.put("field", e.field());
                json(ctx, 400, body);
            });
            config.routes.error(404, "application/json", ctx -> json(ctx, 404,
                    AssessmentJson.error(null, "no such endpoint: " + ctx.method() + " " + ctx.path())));
        });
    }

    private void assess(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new InvalidCaseException("body", null, "is empty: send one case as JSON (case.schema.json)");
        }
        json(ctx, 200, resultJson.toJson(check.assess(reader.read(body))));
    }

    private ArrayNode conditions() {
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

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}

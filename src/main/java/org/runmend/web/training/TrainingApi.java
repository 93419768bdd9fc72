package org.runmend.web.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.runmend.accounts.SignedIn;
import org.runmend.training.ActivitySummaryJson;
import org.runmend.training.ImportService;
import org.runmend.training.LoadReport;
import org.runmend.training.StoredActivity;
import org.runmend.training.TrainingService;
import org.runmend.web.RequestBodies;
import org.runmend.web.RunnerContext;
import org.runmend.web.Security;
import org.runmend.web.WebSettings;

/**
 * The training log over JSON, for scripts and other apps. Uses the session cookie; state-changing
 * calls need the {@code X-CSRF-Token} header (see {@link Security}).
 */
public final class TrainingApi {
    static final int PAGE = 100;
    static final int MAX_PAGE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TrainingService training;
    private final ImportService imports;
    private final WebSettings settings;

    /** The load's flag sentences give distances in the runner's units ({@link RunnerContext}). */
    public TrainingApi(TrainingService training, ImportService imports, WebSettings settings) {
        this.training = training;
        this.imports = imports;
        this.settings = settings;
    }

    /** The request body is one file or ZIP; {@code ?name=} gives its file name (it tells the format). */
    public void importOne(Context ctx) throws java.io.IOException {
        SignedIn s = Security.require(ctx);
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw new BadRequestResponse("query parameter 'name' is missing: give the file name, e.g. ?name=run.fit");
        }
        ImportService.Summary summary;
        // to a temporary file first, within the upload limit: a slow or endless body holds no memory
        java.nio.file.Path file = RequestBodies.spool(ctx, settings);
        try (var in = java.nio.file.Files.newInputStream(file)) {
            summary = imports.importUpload(s.runner().id(), name, in);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("imported", summary.imported());
        out.put("duplicates", summary.duplicates());
        out.set("failed", JSON.valueToTree(summary.failed()));
        out.set("warnings", JSON.valueToTree(summary.warnings()));
        out.set("ids", JSON.valueToTree(summary.importedIds()));
        ctx.status(summary.failed().isEmpty() ? 200 : 422)
                .contentType("application/json")
                .result(out.toString());
    }

    /**
     * One page of the runner's activities, newest first, summaries only: {@code ?offset=} (default 0)
     * and {@code ?limit=} (default {@link #PAGE}, at most {@link #MAX_PAGE}). The body stays a JSON
     * array; {@code X-Total-Count} gives the number of activities and {@code Link: <...>; rel="next"}
     * the next page while there is one.
     */
    public void list(Context ctx) {
        SignedIn s = Security.require(ctx);
        int offset = param(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = param(ctx, "limit", PAGE, 1, MAX_PAGE);
        String runner = s.runner().id();
        int total = training.activities().count(runner);
        ArrayNode out = JSON.createArrayNode();
        for (StoredActivity a : training.activities().list(runner, limit, offset)) {
            ActivitySummaryJson.write(out.addObject(), a);
        }
        ctx.header("X-Total-Count", String.valueOf(total));
        if ((long) offset + limit < total) {
            ctx.header(
                    "Link", "</api/v1/activities?offset=" + (offset + limit) + "&limit=" + limit + ">; rel=\"next\"");
        }
        ctx.contentType("application/json").result(out.toString());
    }

    private static int param(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BadRequestResponse("query parameter '" + name + "' must be a whole number from " + min + " to " + max
                + "; it was '" + (raw.length() > 20 ? raw.substring(0, 20) + "..." : raw) + "'");
    }

    /** The load analysis of the last 8 weeks: the findings it adds to a pain check and the risk flags, with their sentences. */
    public void load(Context ctx) {
        RunnerContext me = RunnerContext.of(ctx);
        LoadReport r = training.report(me.id(), 8, me.zone(), me.units());
        ObjectNode out = JSON.createObjectNode();
        out.set("contextFindings", JSON.valueToTree(r.contextFindings()));
        ArrayNode flags = out.putArray("flags");
        r.flags()
                .forEach(f -> flags.addObject()
                        .put("kind", f.kind().name())
                        .put("cause", f.causeId())
                        .put("finding", f.contextFinding())
                        .put("explanation", f.explanation()));
        ctx.contentType("application/json").result(out.toString());
    }
}

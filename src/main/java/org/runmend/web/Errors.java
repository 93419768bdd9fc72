package org.runmend.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Locale;
import org.runmend.accounts.AccountException;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.InvalidCaseException;
import org.runmend.interview.InterviewToken;
import org.runmend.store.NotFoundException;
import org.runmend.store.StorageBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the web app answers, mapped in one place: handlers throw (the store's
 * {@link NotFoundException}, {@link InvalidCaseException}, {@link PageRefused}, …) and the
 * exception handlers registered here answer, with JSON under {@code /api/} and otherwise the
 * site's one problem page ({@code painchecks/problem.jte}). A page that shows its own form again
 * after a refused account action takes the status from here too ({@link #accountRefused}).
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The title of the site's one 404 page. */
    private static final String NOT_FOUND = "Page not found";
    /** Request attribute set once {@link #problem} has answered, so the 404 error handler leaves that answer alone. */
    private static final String PROBLEM_SHOWN = "problemShown";

    private Errors() {}

    /** The exception and error handlers of the whole app. */
    static void register(RoutesConfig routes, Templates templates, WebSettings settings) {
        routes.exception(RequestBodies.TooLarge.class, (e, ctx) -> {
            ctx.header("Connection", "close");
            problem(ctx, templates, 413, "Too large", e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (DiskFull.isCause(e)) {
                LOG.error("The disk (or database) is full: {} {} could not be saved", ctx.method(), ctx.path(), e);
                ctx.header("Retry-After", "300");
                problem(
                        ctx,
                        templates,
                        503,
                        "RunMend's disk is full",
                        "Nothing was saved, because the server's disk is full. What was saved before is safe. "
                                + "Try again later; if you run this RunMend, free some disk space.");
            } else if (tooLargeUpload(e)) {
                problem(
                        ctx,
                        templates,
                        413,
                        "Too large",
                        RequestBodies.uploadTooLarge(settings).getMessage());
            } else if (malformedMultipart(e)) {
                LOG.info("Malformed multipart body on {} {}: {}", ctx.method(), ctx.path(), rootMessage(e));
                ctx.header("Connection", "close");
                problem(
                        ctx,
                        templates,
                        400,
                        "The upload could not be read",
                        "The files did not arrive as a well-formed upload form. Choose them again and upload once more.");
            } else {
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                problem(
                        ctx,
                        templates,
                        500,
                        "Something went wrong",
                        "RunMend could not answer this request. The error was logged on the server.");
            }
        });
        routes.exception(
                ForbiddenResponse.class,
                (e, ctx) -> problem(ctx, templates, 403, "This form could not be sent", e.getMessage()));
        routes.exception(StaleForm.Refused.class, (e, ctx) -> {
            ctx.attribute(PROBLEM_SHOWN, true);
            ctx.status(403).html(templates.render(new StalePage(Chrome.of(ctx), e.form(), "", null)));
        });
        // a record not there (or another runner's) gets the site's one 404 page, naming what was missing
        routes.exception(
                NotFoundException.class,
                (e, ctx) -> problem(ctx, templates, 404, NOT_FOUND, capitalise(e.getMessage()) + "."));
        routes.exception(PageRefused.class, (e, ctx) -> problem(ctx, templates, e.status(), e.title(), e.getMessage()));
        routes.exception(StorageBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", "30");
            problem(ctx, templates, 503, "Busy for a moment", "The " + e.getMessage() + ".");
        });
        // a bad interview token or a tampered answer: JSON naming the field for the API, a page for people
        routes.exception(InterviewToken.InvalidTokenException.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/")) {
                ObjectNode body = AssessmentJson.error(null, e.getMessage());
                body.put("field", "interview");
                json(ctx, 400, body);
            } else {
                problem(ctx, templates, 400, "This pain check cannot continue", capitalise(e.getMessage()) + ".");
            }
        });
        routes.exception(InvalidCaseException.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/")) {
                ObjectNode body = AssessmentJson.error(null, e.getMessage());
                body.put("field", e.field());
                json(ctx, 400, body);
            } else {
                problem(ctx, templates, 400, "This answer could not be used", capitalise(e.getMessage()) + ".");
            }
        });
        routes.error(404, "application/json", ctx -> {
            if (ctx.attribute(PROBLEM_SHOWN) == null) {
                json(ctx, 404, AssessmentJson.error(null, "no such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
        // an address nothing answers gets the same page, unless an exception handler above has already written it
        routes.error(404, "html", ctx -> {
            if (ctx.attribute(PROBLEM_SHOWN) == null) {
                problem(ctx, templates, 404, NOT_FOUND, "There is no page at " + ctx.path() + ".");
            }
        });
    }

    /**
     * An account action refused ({@code AccountException}) on a page that shows its form again: the
     * status, 429 with {@code Retry-After} after too many attempts, else {@code otherwise}.
     */
    public static void accountRefused(Context ctx, AccountException e, int otherwise) {
        ctx.status(e.kind() == AccountException.Kind.TOO_MANY_ATTEMPTS ? 429 : otherwise);
        e.retryAfter().ifPresent(d -> ctx.header("Retry-After", String.valueOf(Math.max(1, d.toSeconds()))));
    }

    /** A message from the core as the start of a sentence. */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether the multipart parser refused an upload for its size. */
    private static boolean tooLargeUpload(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (msg.contains("exceeds max")
                    || msg.contains("max file size")
                    || msg.contains("max request size")
                    || msg.contains("exceeds the maximum")
                    || msg.contains("too large")
                    || msg.contains("413")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a multipart body could not be parsed (no boundary, a broken part header, a body cut
     * short): the client's fault, answered 400, never a 500 with a stack trace.
     */
    static boolean malformedMultipart(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (type.endsWith("BadMessageException")
                    || type.endsWith("EofException")
                    || msg.contains("multipart")
                    || msg.contains("multi part")
                    || msg.contains("boundary")
                    || msg.contains("part header")
                    || msg.contains("early eof")
                    || msg.contains("incomplete parts")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** An error as JSON for the API, as a page for people. */
    private static void problem(Context ctx, Templates templates, int status, String title, String message) {
        ctx.attribute(PROBLEM_SHOWN, true);
        Security.headers(ctx);
        if (ctx.path().startsWith("/api/")) {
            json(ctx, status, AssessmentJson.error(null, message));
        } else {
            ctx.status(status).html(templates.render(Problem.of(ctx, title, message)));
        }
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

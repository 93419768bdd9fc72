package org.runmend.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.runmend.activity.Units;

/**
 * The signed-in runner of one request as the pages need them: read once per request (the first
 * time a page asks, from the {@link RunnerTime} a before-handler attaches to every request) and
 * kept on the request, so no page reads the runner's settings again.
 *
 * @param id    the runner's id; the stores scope every lookup by it
 * @param units the distances they read, km or miles (their setting)
 * @param zone  the zone they count days in ({@link RunnerTime#zone})
 * @param today their today in that zone, from the app's one clock
 */
public record RunnerContext(String id, Units units, ZoneId zone, LocalDate today) {
    private static final String ATTRIBUTE = "runmend.runner";

    public RunnerContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(today, "today");
    }

    /** The request's runner; a request without one is sent to log in first ({@link Security#require}). */
    public static RunnerContext of(Context ctx) {
        String id = Security.require(ctx).runner().id();
        RunnerContext known = ctx.attribute(ATTRIBUTE);
        if (known == null) {
            known = RunnerTime.of(ctx).contextOf(ctx, id);
            ctx.attribute(ATTRIBUTE, known);
        }
        return known;
    }
}

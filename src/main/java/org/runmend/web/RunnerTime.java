package org.runmend.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.runmend.accounts.RunnerSettings;

/**
 * The runner's today and time zone for a request, from the app's one clock. The zone is the
 * signed-in runner's setting; a runner who never set one gets the zone their browser reports (the
 * {@value #COOKIE} cookie runmend.js sets), and without that UTC. Every page that shows or checks a
 * runner's date asks here, so a test with a fixed clock fixes every page's today.
 */
public final class RunnerTime {
    /** The cookie runmend.js sets to the browser's IANA zone id. */
    static final String COOKIE = "tz";
    /** The request attribute holding the zone once looked up: a page asks for it several times. */
    private static final String ZONE = "runmend.zone";
    /** The request attribute holding this, set by {@link #attach} before every request. */
    private static final String ATTRIBUTE = "runmend.runnerTime";

    private final Clock clock;
    private final RunnerSettings settings;

    RunnerTime(Clock clock, RunnerSettings settings) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** A before-handler: the request's {@link RunnerContext} is made from here, once, when a page first asks. */
    public void attach(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** The runner time {@link #attach} set on the request. */
    static RunnerTime of(Context ctx) {
        RunnerTime time = ctx.attribute(ATTRIBUTE);
        if (time == null) {
            throw new IllegalStateException(
                    "no runner time on " + ctx.path() + ": the route table (Routes) attaches it before every request");
        }
        return time;
    }

    /** The signed-in runner's context, read from their settings. */
    RunnerContext contextOf(Context ctx, String runnerId) {
        return new RunnerContext(runnerId, settings.units(runnerId), zone(ctx), today(ctx));
    }

    /** The zone the request's runner counts days in, read from the database once per request. */
    public ZoneId zone(Context ctx) {
        ZoneId known = ctx.attribute(ZONE);
        if (known == null) {
            known = Security.current(ctx)
                    .flatMap(s -> settings.zone(s.runner().id()))
                    .or(() -> browserZone(ctx))
                    .orElse(ZoneOffset.UTC);
            ctx.attribute(ZONE, known);
        }
        return known;
    }

    /** The runner's today. */
    public LocalDate today(Context ctx) {
        return LocalDate.now(clock.withZone(zone(ctx)));
    }

    /** The zone the browser reported, when it is one {@link ZoneId} knows. */
    static Optional<ZoneId> browserZone(Context ctx) {
        return RunnerSettings.parseZone(ctx.cookie(COOKIE));
    }
}

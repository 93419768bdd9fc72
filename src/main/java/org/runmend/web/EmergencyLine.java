package org.runmend.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.runmend.accounts.EmergencyLines;
import org.runmend.accounts.RunnerSettings;

/**
 * The emergency and advice numbers a request is shown, by the pain check's urgent result and the
 * settings page alike: the signed-in runner's country (their setting), else the country their
 * browser's language names, else 112.
 */
public final class EmergencyLine {
    private EmergencyLine() {}

    /** The request's lines: the signed-in runner's country, else the browser's language, else 112. */
    public static EmergencyLines.Line of(Context ctx, RunnerSettings settings) {
        Optional<String> chosen = Security.current(ctx)
                .flatMap(s -> settings.emergencyRegion(s.runner().id()));
        return EmergencyLines.of(chosen.or(() -> EmergencyLines.regionOf(ctx.header("Accept-Language")))
                .orElse(null));
    }

    /** Whether the runner chose the country in their settings. */
    public static boolean chosen(Context ctx, RunnerSettings settings) {
        return Security.current(ctx)
                .flatMap(s -> settings.emergencyRegion(s.runner().id()))
                .isPresent();
    }
}

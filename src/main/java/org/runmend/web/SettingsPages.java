package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Units;

/** The runner's display settings: distances in kilometres or miles. */
final class SettingsPages {
    private final RunnerSettings settings;
    private final Templates templates = new Templates();

    SettingsPages(RunnerSettings settings) {
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get("/settings", ctx -> show(ctx, 200, null, "saved".equals(ctx.queryParam("notice"))));
        routes.post("/settings", this::save);
    }

    private void show(Context ctx, int status, String error, boolean saved) {
        String runner = Security.require(ctx).runner().id();
        ctx.status(status).html(templates.render("accounts/settings.jte", Map.<String, Object>of(
                "units", settings.units(runner).symbol(), "error", Optional.ofNullable(error).orElse(""),
                "saved", saved)));
    }

    private void save(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        Units units;
        try {
            units = Units.parse(ctx.formParam("units"));
        } catch (IllegalArgumentException e) {
            show(ctx, 400, "Distances: choose kilometres or miles.", false);
            return;
        }
        settings.setUnits(runner, units);
        ctx.redirect("/settings?notice=saved");
    }
}

package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Units;

/** The runner's display settings: distances in kilometres or miles. */
public final class SettingsPages {
    /**
     * The settings page.
     *
     * @param units the unit symbol chosen now ("km" or "mi")
     * @param error why the last change was refused, or empty
     * @param saved whether a change was just saved
     */
    public record Page(Chrome chrome, String units, String error, boolean saved) implements View {
        @Override
        public String template() {
            return "accounts/settings.jte";
        }
    }

    private final RunnerSettings settings;
    private final Templates templates;

    SettingsPages(Templates templates, RunnerSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get("/settings", ctx -> show(ctx, 200, null, "saved".equals(ctx.queryParam("notice"))));
        routes.post("/settings", this::save);
    }

    private void show(Context ctx, int status, String error, boolean saved) {
        String runner = Security.require(ctx).runner().id();
        ctx.status(status).html(templates.render(new Page(Chrome.of(ctx), settings.units(runner).symbol(),
                Optional.ofNullable(error).orElse(""), saved)));
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

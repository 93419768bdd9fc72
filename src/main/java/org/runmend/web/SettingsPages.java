package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Units;

/** The runner's settings: distances in kilometres or miles, and the time zone their days are counted in. */
final class SettingsPages {
    /** The zone ids offered in the form's list: the regions (Europe/Berlin, ...) and UTC, sorted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
            .sorted().toList();
    private final RunnerSettings settings;
    private final RunnerTime time;
    private final Templates templates = new Templates();

    SettingsPages(RunnerSettings settings, RunnerTime time) {
        this.settings = settings;
        this.time = time;
    }

    void register(RoutesConfig routes) {
        routes.get("/settings", ctx -> show(ctx, 200, null, null, null, "saved".equals(ctx.queryParam("notice"))));
        routes.post("/settings", this::save);
    }

    /** The form; {@code zoneShown} is what the zone field holds (the runner's zone unless a bad one was sent). */
    private void show(Context ctx, int status, String error, String zoneError, String zoneShown, boolean saved) {
        String runner = Security.require(ctx).runner().id();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("units", settings.units(runner).symbol());
        params.put("zone", zoneShown != null ? zoneShown : time.zone(ctx).getId());
        params.put("zoneStored", settings.zone(runner).isPresent());
        params.put("zones", ZONES);
        params.put("error", Optional.ofNullable(error).orElse(""));
        params.put("zoneError", Optional.ofNullable(zoneError).orElse(""));
        params.put("saved", saved);
        ctx.status(status).html(templates.render("accounts/settings.jte", params));
    }

    /** Saves what was sent; a form without the zone field leaves the zone as it was. */
    private void save(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        String unitsError = null;
        Units units = null;
        try {
            units = Units.parse(ctx.formParam("units"));
        } catch (IllegalArgumentException e) {
            unitsError = "Distances: choose kilometres or miles.";
        }
        String zoneText = ctx.formParam("zone");
        Optional<ZoneId> zone = RunnerSettings.parseZone(zoneText);
        String zoneError = null;
        if (zoneText != null && zone.isEmpty()) {
            zoneError = zoneText.isBlank() ? "Time zone: choose one from the list, like Europe/Berlin."
                    : "Time zone: \"" + shorten(zoneText.strip()) + "\" is not a time zone RunMend knows; choose one from the list, "
                    + "like Europe/Berlin or America/New_York.";
        }
        if (unitsError != null || zoneError != null) {
            show(ctx, 400, unitsError, zoneError, zoneText, false);
            return;
        }
        settings.setUnits(runner, units);
        if (zone.isPresent()) {
            settings.setZone(runner, zone.get());
        }
        ctx.redirect("/settings?notice=saved");
    }

    private static String shorten(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}

package org.runmend.web.accounts;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.runmend.accounts.EmergencyLines;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Units;
import org.runmend.web.Chrome;
import org.runmend.web.EmergencyLine;
import org.runmend.web.Notice;
import org.runmend.web.RunnerTime;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;

/**
 * The runner's settings: distances in kilometres or miles, the time zone their days are counted in,
 * and the country whose emergency numbers urgent results offer to call.
 */
public final class SettingsPages {
    /** The zone ids offered in the form's list: the regions (Europe/Berlin, ...) and UTC, sorted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id ->
                    id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
            .sorted()
            .toList();

    /**
     * The settings page.
     *
     * @param units      the unit symbol chosen now ("km" or "mi")
     * @param zone       what the zone field holds: the runner's zone, or the bad one just sent
     * @param zoneStored whether the runner chose a zone (otherwise it is the browser's)
     * @param zones      the zone ids offered in the field's list
     * @param error      why the units were refused, or empty
     * @param zoneError  why the zone was refused, or empty
     * @param saved      whether a change was just saved
     * @param emergencyRegion the country whose numbers urgent results offer to call (the setting, else the browser's)
     * @param countries  the countries offered, with their numbers
     * @param maxHr      the maximum heart rate field as stored or typed ("" when unset); likewise restingHr, birthYear
     * @param hrError    why the heart-rate figures were refused, or empty
     */
    public record Page(
            Chrome chrome,
            String units,
            String zone,
            boolean zoneStored,
            List<String> zones,
            String error,
            String zoneError,
            boolean saved,
            String emergencyRegion,
            List<EmergencyLines.Line> countries,
            String maxHr,
            String restingHr,
            String birthYear,
            String hrError)
            implements View {
        @Override
        public String template() {
            return "accounts/settings.jte";
        }
    }

    private final RunnerSettings settings;
    private final RunnerTime time;
    private final Templates templates;

    public SettingsPages(Templates templates, RunnerSettings settings, RunnerTime time) {
        this.templates = templates;
        this.settings = settings;
        this.time = time;
    }

    /** The settings form; after a save ({@code ?notice=saved}) it says so. */
    public void form(Context ctx) {
        show(
                ctx,
                200,
                null,
                null,
                null,
                Notice.in(ctx).filter(Notice.SAVED::equals).isPresent());
    }

    /** The form; {@code zoneShown} is what the zone field holds (the runner's zone unless a bad one was sent). */
    private void show(Context ctx, int status, String error, String zoneError, String zoneShown, boolean saved) {
        RunnerSettings.HeartRate hr =
                settings.heartRate(Security.require(ctx).runner().id());
        show(
                ctx,
                status,
                error,
                zoneError,
                zoneShown,
                saved,
                new String[] {text(hr.max()), text(hr.resting()), text(hr.birthYear())},
                null);
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    private void show(
            Context ctx,
            int status,
            String error,
            String zoneError,
            String zoneShown,
            boolean saved,
            String[] hr,
            String hrError) {
        String runner = Security.require(ctx).runner().id();
        ctx.status(status)
                .html(templates.render(new Page(
                        Chrome.of(ctx),
                        settings.units(runner).symbol(),
                        zoneShown != null ? zoneShown : time.zone(ctx).getId(),
                        settings.zone(runner).isPresent(),
                        ZONES,
                        Optional.ofNullable(error).orElse(""),
                        Optional.ofNullable(zoneError).orElse(""),
                        saved,
                        EmergencyLine.of(ctx, settings).region(),
                        EmergencyLines.all(),
                        hr[0],
                        hr[1],
                        hr[2],
                        Optional.ofNullable(hrError).orElse(""))));
    }

    /** Saves what was sent; a form without the zone field leaves the zone as it was. */
    public void save(Context ctx) {
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
            zoneError = zoneText.isBlank()
                    ? "Time zone: choose one from the list, like Europe/Berlin."
                    : "Time zone: \"" + shorten(zoneText.strip())
                            + "\" is not a time zone RunMend knows; choose one from the list, "
                            + "like Europe/Berlin or America/New_York.";
        }
        String region = ctx.formParam("emergency");
        if (region != null && !EmergencyLines.known(region)) {
            unitsError = unitsError != null ? unitsError : "Emergency numbers: choose a country from the list.";
        }
        String[] hrText = {
            trim(ctx.formParam("maxHr")), trim(ctx.formParam("restingHr")), trim(ctx.formParam("birthYear"))
        };
        String hrError = null;
        RunnerSettings.HeartRate hr = null;
        if (ctx.formParam("maxHr") != null) {
            int year = time.today(ctx).getYear();
            try {
                Integer max = whole(
                        hrText[0],
                        100,
                        230,
                        "Maximum heart rate: enter beats per minute from 100 to 230, or leave it empty.");
                Integer rest = whole(
                        hrText[1],
                        25,
                        120,
                        "Resting heart rate: enter beats per minute from 25 to 120, or leave it empty.");
                Integer born = whole(
                        hrText[2], year - 100, year - 10, "Year of birth: enter a year like 1985, or leave it empty.");
                if (rest != null && max != null && rest >= max - 20) {
                    throw new IllegalArgumentException(
                            "Resting heart rate: it must be at least 20 below your maximum.");
                }
                hr = new RunnerSettings.HeartRate(max, rest, born);
            } catch (IllegalArgumentException e) {
                hrError = e.getMessage();
            }
        }
        if (unitsError != null || zoneError != null || hrError != null) {
            show(ctx, 400, unitsError, zoneError, zoneText, false, hrText, hrError);
            return;
        }
        if (hr != null) {
            settings.setHeartRate(runner, hr);
        }
        settings.setUnits(runner, units);
        if (zone.isPresent()) {
            settings.setZone(runner, zone.get());
        }
        if (region != null) {
            settings.setEmergencyRegion(runner, region);
        }
        ctx.redirect(Notice.SAVED.after("/settings"));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** A whole number in a range, or null for an empty field; the message says what is wrong. */
    private static Integer whole(String text, int min, int max, String message) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                throw new IllegalArgumentException(message);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(message, e);
        }
    }

    private static String shorten(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}

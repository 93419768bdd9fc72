package org.runmend.web;

import static org.runmend.web.RunnerPages.notice;
import static org.runmend.web.RunnerPages.runner;
import static org.runmend.web.RunnerPages.signedIn;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.runmend.activity.Distance;
import org.runmend.training.Shoe;
import org.runmend.training.TrainingService;

/** The runner's shoes: every pair with how far it has been run, adding a pair, the default pair, retiring, reminders. */
final class ShoePages {
    private final TrainingService training;
    private final ZoneId zone;
    private final Templates templates;

    /** @param zone the zone a new pair's first day is checked in (the server's) */
    ShoePages(TrainingService training, ZoneId zone, Templates templates) {
        this.training = training;
        this.zone = zone;
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        routes.get("/shoes", signedIn(ctx -> shoesPage(ctx, 200, "", LocalDate.now(zone).toString(), "", Map.of())));
        routes.post("/shoes", signedIn(this::addShoe));
        routes.post("/shoes/{id}/default", signedIn(ctx -> {
            training.shoes().makeDefault(runner(ctx), ctx.pathParam("id"));
            ctx.redirect("/shoes?notice=shoe-default");
        }));
        routes.post("/shoes/{id}/retire", signedIn(ctx -> {
            training.shoes().retire(runner(ctx), ctx.pathParam("id"));
            ctx.redirect("/shoes?notice=shoe-retired");
        }));
        routes.post("/shoes/{id}/alert", signedIn(this::setAlert));
    }

    private void shoesPage(Context ctx, int status, String name, String start, String alert, Map<String, String> errors) {
        String runner = runner(ctx);
        ShoesPage page = new ShoesPage(training.shoeWear(runner), name, start, alert, errors,
                errors.isEmpty() ? notice(ctx) : null);
        ctx.status(status).html(templates.render("training/shoes.jte", page));
    }

    private void addShoe(Context ctx) {
        String runner = runner(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").trim();
        String start = Optional.ofNullable(ctx.formParam("start")).orElse("").trim();
        String alert = Optional.ofNullable(ctx.formParam("alert")).orElse("").trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("name", "Name: give the pair a name of 1 to 100 characters, like \"Blue trail shoes\".");
        }
        LocalDate startDate = null;
        try {
            LocalDate today = LocalDate.now(zone);
            startDate = start.isEmpty() ? today : LocalDate.parse(start);
            if (startDate.isAfter(today.plusDays(1)) || startDate.isBefore(today.minusYears(50))) {
                errors.put("start", "First run in them: enter a day within the last 50 years, up to today (you entered "
                        + start + ").");
            }
        } catch (DateTimeParseException e) {
            errors.put("start", "First run in them: enter a date as YYYY-MM-DD (you entered " + start + ").");
        }
        Distance alertDistance = alertDistance(alert, "Reminder distance", errors, "alert");
        if (!errors.isEmpty()) {
            shoesPage(ctx, 400, name, start, alert, errors);
            return;
        }
        training.shoes().add(runner, name, startDate, alertDistance, "on".equals(ctx.formParam("makeDefault")));
        ctx.redirect("/shoes?notice=shoe-added");
    }

    private void setAlert(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        Shoe shoe = training.shoes().get(runner, id);
        String alert = Optional.ofNullable(ctx.formParam("alert")).orElse("").trim();
        Map<String, String> errors = new LinkedHashMap<>();
        Distance d = alertDistance(alert, "Reminder distance for " + shoe.name(), errors, "alert-" + id);
        if (!errors.isEmpty() || alert.isEmpty()) {
            if (alert.isEmpty()) {
                errors.put("alert-" + id, "Reminder distance for " + shoe.name() + ": enter a number of kilometres.");
            }
            shoesPage(ctx, 400, "", LocalDate.now(zone).toString(), "", errors);
            return;
        }
        training.shoes().setAlert(runner, id, d);
        ctx.redirect("/shoes?notice=shoe-alert");
    }

    /** Kilometres from 1 to 5000; blank is the 700 km default. */
    private static Distance alertDistance(String value, String label, Map<String, String> errors, String key) {
        if (value.isEmpty()) {
            return Shoe.DEFAULT_ALERT;
        }
        try {
            double km = Double.parseDouble(value.replace(',', '.'));
            if (km >= 1 && km <= 5000) {
                return Distance.ofKilometres(km);
            }
            errors.put(key, label + ": must be between 1 and 5000 km (you entered " + value + ").");
        } catch (NumberFormatException e) {
            errors.put(key, label + ": enter a number of kilometres, like 700 (you entered " + value + ").");
        }
        return Shoe.DEFAULT_ALERT;
    }
}

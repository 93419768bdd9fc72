package org.runmend.web;

import static org.runmend.web.RunnerPages.notice;
import static org.runmend.web.RunnerPages.runner;
import static org.runmend.web.RunnerPages.signedIn;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
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
        routes.get("/shoes", signedIn(ctx -> shoesPage(ctx, 200, ShoeForm.blank(LocalDate.now(zone)), ShoeForm.noErrors())));
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

    private void shoesPage(Context ctx, int status, ShoeForm form, FormErrors errors) {
        ShoesPage page = new ShoesPage(training.shoeWear(runner(ctx)), form, errors, errors.isEmpty() ? notice(ctx) : null);
        ctx.status(status).html(templates.render("training/shoes.jte", page));
    }

    private void addShoe(Context ctx) {
        String runner = runner(ctx);
        ShoeForm form = ShoeForm.posted(ctx);
        FormErrors.Checked<ShoeForm.NewPair> pair = form.validate(LocalDate.now(zone));
        if (!pair.isValid()) {
            shoesPage(ctx, 400, form, pair.errors());
            return;
        }
        ShoeForm.NewPair p = pair.value();
        training.shoes().add(runner, p.name(), p.start(), p.alert(), p.makeDefault());
        ctx.redirect("/shoes?notice=shoe-added");
    }

    private void setAlert(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        Shoe shoe = training.shoes().get(runner, id);
        FormErrors.Checked<Distance> alert = ShoeForm.reminder(shoe, Optional.ofNullable(ctx.formParam("alert")).orElse("").trim());
        if (!alert.isValid()) {
            shoesPage(ctx, 400, ShoeForm.blank(LocalDate.now(zone)), alert.errors());
            return;
        }
        training.shoes().setAlert(runner, id, alert.value());
        ctx.redirect("/shoes?notice=shoe-alert");
    }
}

package org.runmend.web;

import static org.runmend.web.RunnerPages.notice;
import static org.runmend.web.RunnerPages.runner;
import static org.runmend.web.RunnerPages.signedIn;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Distance;
import org.runmend.activity.Units;
import org.runmend.training.Shoe;
import org.runmend.training.TrainingService;

/** The runner's shoes: every pair with how far it has been run, adding a pair, the default pair, retiring, reminders. */
public final class ShoePages {
    /** The shoes page: each pair's distance and wear, and the form for a new pair. */
    public record Shoes(Chrome chrome, ShoesPage p) implements View {
        @Override
        public String template() {
            return "training/shoes.jte";
        }
    }

    private final TrainingService training;
    private final RunnerTime time;
    private final RunnerSettings settings;
    private final Templates templates;

    /**
     * @param time     the runner's today, against which a new pair's first day is checked
     * @param settings the runner's units, in which distances are shown and reminders typed
     */
    ShoePages(TrainingService training, RunnerTime time, RunnerSettings settings, Templates templates) {
        this.training = training;
        this.time = time;
        this.settings = settings;
        this.templates = templates;
    }

    void register(RoutesConfig routes) {
        routes.get("/shoes", signedIn(ctx -> shoesPage(ctx, 200, ShoeForm.blank(time.today(ctx)), ShoeForm.noErrors())));
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
        String runner = runner(ctx);
        ShoesPage page = new ShoesPage(training.shoeWear(runner, time.zone(ctx)), form, errors, errors.isEmpty() ? notice(ctx) : null,
                settings.units(runner));
        ctx.status(status).html(templates.render(new Shoes(Chrome.of(ctx), page)));
    }

    private void addShoe(Context ctx) {
        String runner = runner(ctx);
        ShoeForm form = ShoeForm.posted(ctx);
        FormErrors.Checked<ShoeForm.NewPair> pair = form.validate(time.today(ctx), settings.units(runner));
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
        Units units = settings.units(runner);
        FormErrors.Checked<Distance> alert = ShoeForm.reminder(shoe, Optional.ofNullable(ctx.formParam("alert")).orElse("").trim(), units);
        if (!alert.isValid()) {
            shoesPage(ctx, 400, ShoeForm.blank(time.today(ctx)), alert.errors());
            return;
        }
        training.shoes().setAlert(runner, id, alert.value());
        ctx.redirect("/shoes?notice=shoe-alert");
    }
}

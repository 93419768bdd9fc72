package org.runmend.web.training;

import static org.runmend.web.training.RunnerPages.notice;
import static org.runmend.web.training.RunnerPages.runner;

import io.javalin.http.Context;
import java.util.Optional;
import org.runmend.activity.Distance;
import org.runmend.activity.Units;
import org.runmend.training.Shoe;
import org.runmend.training.ShoeStore;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.FormErrors;
import org.runmend.web.Notice;
import org.runmend.web.RunnerContext;
import org.runmend.web.Templates;
import org.runmend.web.View;

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
    private final Templates templates;

    /** A new pair's first day is checked against the runner's today; distances are in their units ({@link RunnerContext}). */
    public ShoePages(TrainingService training, Templates templates) {
        this.training = training;
        this.templates = templates;
    }

    /** The shoes page with an empty form for a new pair. */
    public void shoes(Context ctx) {
        shoesPage(ctx, 200, ShoeForm.blank(RunnerContext.of(ctx).today()), ShoeForm.noErrors());
    }

    /** The pair in the path becomes the one new runs get. */
    public void makeDefault(Context ctx) {
        training.shoes().makeDefault(runner(ctx), ctx.pathParam("id"));
        ctx.redirect(Notice.SHOE_DEFAULT.after("/shoes"));
    }

    /** The pair in the path is retired: it keeps its history but no longer raises reminders or is the default. */
    public void retire(Context ctx) {
        training.shoes().retire(runner(ctx), ctx.pathParam("id"));
        ctx.redirect(Notice.SHOE_RETIRED.after("/shoes"));
    }

    private void shoesPage(Context ctx, int status, ShoeForm form, FormErrors errors) {
        shoesPage(
                ctx,
                status,
                form,
                errors,
                AssignForm.blank(RunnerContext.of(ctx).today()),
                null);
    }

    private void shoesPage(
            Context ctx, int status, ShoeForm form, FormErrors errors, AssignForm assign, String assigned) {
        String runner = runner(ctx);
        ShoesPage page = new ShoesPage(
                training.shoeWear(runner, RunnerContext.of(ctx).zone()),
                form,
                errors,
                errors.isEmpty() ? notice(ctx) : null,
                RunnerContext.of(ctx).units(),
                assign,
                assigned);
        ctx.status(status).html(templates.render(new Shoes(Chrome.of(ctx), page)));
    }

    /** A new pair from the form; the page again with each field's problem when one is wrong. */
    public void addShoe(Context ctx) {
        String runner = runner(ctx);
        ShoeForm form = ShoeForm.posted(ctx);
        FormErrors.Checked<ShoeForm.NewPair> pair = form.validate(
                RunnerContext.of(ctx).today(), RunnerContext.of(ctx).units());
        if (!pair.isValid()) {
            shoesPage(ctx, 400, form, pair.errors());
            return;
        }
        ShoeForm.NewPair p = pair.value();
        training.shoes().add(runner, p.name(), p.start(), p.alert(), p.makeDefault());
        ctx.redirect(Notice.SHOE_ADDED.after("/shoes"));
    }

    /**
     * Gives a pair to past runs by date range in one step, or previews it; the page answers with
     * how many runs and how much distance that is.
     */
    public void assign(Context ctx) {
        String runner = runner(ctx);
        AssignForm form = AssignForm.posted(ctx);
        FormErrors.Checked<AssignForm.Range> range =
                form.validate(RunnerContext.of(ctx).today(), training.shoes().list(runner));
        if (!range.isValid()) {
            shoesPage(ctx, 400, ShoeForm.blank(RunnerContext.of(ctx).today()), range.errors(), form, null);
            return;
        }
        AssignForm.Range r = range.value();
        ShoeStore.Assignment a = training.shoes()
                .assignRuns(
                        runner,
                        r.shoeId(),
                        r.from(),
                        r.to(),
                        r.onlyWithout(),
                        RunnerContext.of(ctx).zone(),
                        !r.preview());
        shoesPage(
                ctx,
                200,
                ShoeForm.blank(RunnerContext.of(ctx).today()),
                ShoeForm.noErrors(),
                r.preview() ? form : AssignForm.blank(RunnerContext.of(ctx).today()),
                assigned(a, RunnerContext.of(ctx).units()));
    }

    /** "Assigned 143 runs, 1,204 km, to Blue trail shoes (Mon 1 Mar 2021 to Wed 30 Jun 2021)." */
    static String assigned(ShoeStore.Assignment a, Units units) {
        String what = TrainingFormat.runs(a.runs()) + ", " + TrainingFormat.longDistance(a.distance(), units) + " "
                + units.symbol();
        String range = " (" + TrainingFormat.day(a.from()) + " to " + TrainingFormat.day(a.to())
                + (a.onlyWithoutPair() ? ", runs without a pair" : "") + ")";
        if (!a.applied()) {
            return a.runs() == 0
                    ? "No runs to assign to " + a.pair().name() + range + "."
                    : "This would assign " + what + " to " + a.pair().name() + range
                            + a.movedStart()
                                    .map(d -> ", and count it from " + TrainingFormat.day(d))
                                    .orElse("")
                            + ". Nothing is changed yet.";
        }
        return a.runs() == 0
                ? "No runs were assigned to " + a.pair().name() + range + ": none matched."
                : "Assigned " + what + " to " + a.pair().name() + range
                        + a.movedStart()
                                .map(d -> "; it now counts from " + TrainingFormat.day(d))
                                .orElse("") + ".";
    }

    /** The distance at which the pair in the path reminds the runner to replace it, as typed in their units. */
    public void setAlert(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        Shoe shoe = training.shoes().get(runner, id);
        Units units = RunnerContext.of(ctx).units();
        FormErrors.Checked<Distance> alert = ShoeForm.reminder(
                shoe, Optional.ofNullable(ctx.formParam("alert")).orElse("").trim(), units);
        if (!alert.isValid()) {
            shoesPage(ctx, 400, ShoeForm.blank(RunnerContext.of(ctx).today()), alert.errors());
            return;
        }
        training.shoes().setAlert(runner, id, alert.value());
        ctx.redirect(Notice.SHOE_ALERT.after("/shoes"));
    }
}

package org.runmend.web.training;

import static org.runmend.web.training.RunnerPages.notice;
import static org.runmend.web.training.RunnerPages.runner;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.runmend.accounts.RunnerSettings;
import org.runmend.diary.Diary;
import org.runmend.diary.PainAfterRun;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.NotFoundException;
import org.runmend.training.ActivityStore;
import org.runmend.training.GpxExport;
import org.runmend.training.HeartRateZones;
import org.runmend.training.RunnerCalendar;
import org.runmend.training.Shoe;
import org.runmend.training.StoredActivity;
import org.runmend.training.TrainingService;
import org.runmend.training.ZoneBasis;
import org.runmend.web.Chrome;
import org.runmend.web.FormErrors;
import org.runmend.web.Notice;
import org.runmend.web.RunnerContext;
import org.runmend.web.Templates;
import org.runmend.web.View;
import org.runmend.web.charts.RouteOutline;

/**
 * One run: adding a run by hand, and an activity's page with its details, name, GPX download,
 * route outline and deletion. Forms post back and redirect (post/redirect/get); a form with
 * problems is shown again with each problem named.
 */
public final class RunPages {
    /** The form for a run entered by hand. */
    public record NewRun(Chrome chrome, RunForm form) implements View {
        @Override
        public String template() {
            return "training/new.jte";
        }
    }

    /** One activity: figures, map, charts, splits and the runner's details. */
    public record ActivityView(Chrome chrome, ActivityPage a) implements View {
        @Override
        public String template() {
            return "training/activity.jte";
        }
    }

    /** The question before an activity is deleted. */
    public record DeleteView(Chrome chrome, ActivityPage a) implements View {
        @Override
        public String template() {
            return "training/delete.jte";
        }
    }

    private final TrainingService training;
    private final Diary diary;
    private final KnowledgeBase kb;
    private final RunnerSettings settings;
    private final Templates templates;

    /**
     * A run entered by hand happened in the runner's zone and is checked against their today ({@link RunnerContext}).
     *
     * @param diary    keeps the pain given on the run form as the run's diary entry
     * @param settings the runner's heart-rate settings, for the zones on an activity's page
     */
    public RunPages(
            TrainingService training, Diary diary, KnowledgeBase kb, RunnerSettings settings, Templates templates) {
        this.training = training;
        this.diary = diary;
        this.kb = kb;
        this.settings = settings;
        this.templates = templates;
    }

    // ---- manual entry ----

    /** The form for a run logged by hand. */
    public void newRun(Context ctx) {
        String runner = runner(ctx);
        ctx.html(templates.render(new NewRun(
                Chrome.of(ctx),
                RunForm.blank(RunnerContext.of(ctx).today(), training.shoes().list(runner), kb.regions()))));
    }

    /** A run logged by hand, with the pain given on the form as its diary entry; the form again when a field is wrong. */
    public void addRun(Context ctx) {
        String runner = runner(ctx);
        RunForm form = RunForm.posted(true, "/log/new", ctx, training.shoes().list(runner), kb.regions());
        FormErrors.Checked<RunForm.ManualRun> run = form.validateRun(
                RunnerContext.of(ctx).today(), RunnerContext.of(ctx).zone());
        if (!run.isValid()) {
            ctx.status(400).html(templates.render(new NewRun(Chrome.of(ctx), form.withErrors(run.errors()))));
            return;
        }
        // the run and the pain given with it are saved together, or neither is
        ActivityStore.Saved saved = diary.saveRun(
                training,
                runner,
                run.value().activity(),
                run.value().details(),
                RunnerCalendar.day(
                        run.value().activity().start(), RunnerContext.of(ctx).zone()),
                run.value().pain());
        ctx.redirect((saved.duplicate() ? Notice.DUPLICATE : Notice.ADDED).after("/log/" + saved.id()));
    }

    // ---- one activity ----

    /** One activity: its figures, charts, map, efforts and the form for its details. */
    public void activity(Context ctx) {
        String runner = runner(ctx);
        StoredActivity s = training.activities().get(runner, ctx.pathParam("id"), ActivityStore.PAGE_SAMPLES);
        List<Shoe> shoes = training.shoes().list(runner);
        ctx.html(templates.render(new ActivityView(
                Chrome.of(ctx),
                page(
                        ctx,
                        runner,
                        s,
                        shoes,
                        RunForm.details(s.id(), s.details(), pain(runner, s.id()), shoes, kb.regions()),
                        notice(ctx)))));
    }

    private ActivityPage page(
            Context ctx, String runner, StoredActivity s, List<Shoe> shoes, RunForm form, String notice) {
        String shoe = s.details().shoeId() == null
                ? null
                : shoes.stream()
                        .filter(p -> p.id().equals(s.details().shoeId()))
                        .map(Shoe::name)
                        .findFirst()
                        .orElse(null);
        RunnerSettings.HeartRate hr = settings.heartRate(runner);
        Integer age =
                hr.birthYear() == null ? null : RunnerContext.of(ctx).today().getYear() - hr.birthYear();
        boolean run = s.activity().sport().isRun();
        return ActivityPage.of(
                s,
                shoe,
                form,
                notice,
                RunnerContext.of(ctx).units(),
                ZoneBasis.choose(
                        hr.max(),
                        hr.resting(),
                        age,
                        training.activities().highestHeartRate(runner, HeartRateZones.HIGHEST_PLAUSIBLE)),
                RunnerContext.of(ctx).zone(),
                run ? training.efforts().of(runner, s.id()) : List.of(),
                // a run's efforts are marked as records only when every older run has been looked at
                run && training.efforts().unscanned(runner) == 0
                        ? training.efforts().recordsSoFar(runner)
                        : List.of());
    }

    /** The pain of the run's diary entry, for its form; null when it has none. */
    private PainAfterRun pain(String runner, String activityId) {
        return diary.afterRun(runner, activityId).map(PainAfterRun::of).orElse(null);
    }

    /** The runner's own name for an activity; blank takes it away. Too long: the page again, with the problem. */
    public void rename(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String tidy = name.strip().replaceAll("\\s+", " ");
        if (tidy.length() > ActivityStore.MAX_NAME) {
            StoredActivity s = training.activities().get(runner, id, ActivityStore.PAGE_SAMPLES);
            List<Shoe> shoes = training.shoes().list(runner);
            ActivityPage page = page(
                            ctx,
                            runner,
                            s,
                            shoes,
                            RunForm.details(s.id(), s.details(), pain(runner, s.id()), shoes, kb.regions()),
                            null)
                    .withNameError(
                            name,
                            "Name: shorten it to " + ActivityStore.MAX_NAME + " characters at most (it has "
                                    + tidy.length() + ").");
            ctx.status(400).html(templates.render(new ActivityView(Chrome.of(ctx), page)));
            return;
        }
        training.activities().rename(runner, id, tidy);
        ctx.redirect(Notice.RENAMED.after("/log/" + id));
    }

    public void exportGpx(Context ctx) throws IOException {
        StoredActivity s = training.activities().get(runner(ctx), ctx.pathParam("id"));
        ctx.contentType("application/gpx+xml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + GpxExport.fileName(s.activity()) + "\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GpxExport.write(s.activity(), out);
        ctx.result(out.toByteArray());
    }

    /** The route's thinned positions for the map script; 404 when the activity has none. */
    public void route(Context ctx) {
        StoredActivity s = training.activities().get(runner(ctx), ctx.pathParam("id"), ActivityStore.PAGE_SAMPLES);
        RouteOutline r = RouteOutline.of(s.activity().samples())
                .orElseThrow(() -> new NotFoundException("route for the activity", ctx.pathParam("id")));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(r.json());
    }

    /** The details form of an activity (shoe, surface, effort, pain after it) saved; the page again when a field is wrong. */
    public void saveDetails(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        StoredActivity s = training.activities().get(runner, id, ActivityStore.PAGE_SAMPLES);
        List<Shoe> shoes = training.shoes().list(runner);
        RunForm form = RunForm.posted(false, "/log/" + id + "/details", ctx, shoes, kb.regions());
        FormErrors.Checked<RunForm.Details> details = form.validateDetails();
        if (!details.isValid()) {
            ctx.status(400)
                    .html(templates.render(new ActivityView(
                            Chrome.of(ctx), page(ctx, runner, s, shoes, form.withErrors(details.errors()), null))));
            return;
        }
        diary.saveDetails(
                training,
                runner,
                id,
                details.value().details(),
                RunnerCalendar.day(s.activity().start(), RunnerContext.of(ctx).zone()),
                details.value().pain());
        ctx.redirect(Notice.SAVED.after("/log/" + id));
    }

    /** Without {@code confirm=yes}, asks first on a page of its own, so it works without a script. */
    public void delete(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        StoredActivity s = training.activities().get(runner, id, ActivityStore.PAGE_SAMPLES);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.html(templates.render(new DeleteView(Chrome.of(ctx), page(ctx, runner, s, List.of(), null, null))));
            return;
        }
        training.activities().delete(runner, id);
        ctx.redirect(Notice.DELETED.after("/log"));
    }
}

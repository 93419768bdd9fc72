package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.runmend.accounts.RunnerSettings;
import org.runmend.activity.Activity;
import org.runmend.activity.Distance;
import org.runmend.activity.Units;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.NotFoundException;
import org.runmend.training.ActivityStore;
import org.runmend.training.GpxExport;
import org.runmend.training.HeartRateZones;
import org.runmend.training.ImportService;
import org.runmend.training.RunDetails;
import org.runmend.training.Shoe;
import org.runmend.training.StoredActivity;
import org.runmend.training.TrainingService;

/**
 * The training log in the browser: activities, upload, manual entry, shoes and load.
 *
 * <p>Every page needs a signed-in runner and every lookup is scoped to that runner by the
 * stores, so another runner's id is simply not found (404). Forms post back and redirect
 * (post/redirect/get); a form with problems is shown again with each problem named.
 */
final class TrainingPages {
    /** The weeks the load page shows. */
    static final int LOAD_WEEKS = 12;
    private static final Map<String, String> NOTICES = Map.of(
            "deleted", "The activity was deleted.",
            "added", "The run was added to your log.",
            "duplicate", "This run was already in your log (same start and distance), so nothing was added.",
            "saved", "Your details were saved.",
            "renamed", "The name was saved.",
            "shoe-added", "The pair was added.",
            "shoe-default", "New runs now get this pair unless you choose another.",
            "shoe-retired", "The pair was retired: it keeps its history but no longer raises reminders.",
            "shoe-alert", "The reminder distance was saved.");

    private final TrainingService training;
    private final ImportService imports;
    private final KnowledgeBase kb;
    private final ZoneId zone;
    private final RunnerSettings settings;
    private final Templates templates;

    TrainingPages(Templates templates, TrainingService training, ImportService imports, KnowledgeBase kb, RunnerSettings settings) {
        this(templates, training, imports, kb, ZoneId.systemDefault(), settings);
    }

    /** @param zone the zone a manually entered run happened in (the server's) */
    TrainingPages(Templates templates, TrainingService training, ImportService imports, KnowledgeBase kb, ZoneId zone,
                  RunnerSettings settings) {
        this.templates = templates;
        this.training = training;
        this.imports = imports;
        this.kb = kb;
        this.zone = zone;
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get("/log", scoped(this::log));
        routes.post("/log/upload", scoped(this::upload));
        routes.get("/log/upload", ctx -> ctx.redirect("/log#upload"));
        routes.get("/log/new", scoped(this::newRun));
        routes.post("/log/new", scoped(this::addRun));
        routes.get("/log/{id}", scoped(this::activity));
        routes.post("/log/{id}/details", scoped(this::saveDetails));
        routes.post("/log/{id}/name", scoped(this::rename));
        routes.get("/log/{id}/export.gpx", scoped(this::exportGpx));
        routes.get("/log/{id}/route.json", scoped(this::route));
        routes.post("/log/{id}/delete", scoped(this::delete));
        routes.get("/shoes", scoped(ctx -> shoesPage(ctx, 200, "", LocalDate.now(zone).toString(), "", Map.of())));
        routes.post("/shoes", scoped(this::addShoe));
        routes.post("/shoes/{id}/default", scoped(ctx -> {
            training.shoes().makeDefault(runner(ctx), ctx.pathParam("id"));
            ctx.redirect("/shoes?notice=shoe-default");
        }));
        routes.post("/shoes/{id}/retire", scoped(ctx -> {
            training.shoes().retire(runner(ctx), ctx.pathParam("id"));
            ctx.redirect("/shoes?notice=shoe-retired");
        }));
        routes.post("/shoes/{id}/alert", scoped(this::setAlert));
        routes.get("/load", scoped(this::load));
    }

    /**
     * Signs the runner in first. A record that is not theirs (or not there) throws
     * {@link NotFoundException}, which {@link WebApp} answers with the site's 404 page.
     */
    private static Handler scoped(Handler h) {
        return ctx -> {
            Security.require(ctx);
            h.handle(ctx);
        };
    }

    private static String runner(Context ctx) {
        return Security.require(ctx).runner().id();
    }

    private static String notice(Context ctx) {
        String key = ctx.queryParam("notice");
        return key == null ? null : NOTICES.get(key);
    }

    // ---- the log and the uploader ----

    private void log(Context ctx) {
        String runner = runner(ctx);
        int total = training.activities().count(runner);
        int pages = Math.max(1, (total + LogPage.PAGE_SIZE - 1) / LogPage.PAGE_SIZE);
        int page = 1;
        try {
            page = Math.min(pages, Math.max(1, Integer.parseInt(Optional.ofNullable(ctx.queryParam("page")).orElse("1"))));
        } catch (NumberFormatException e) {
            page = 1;
        }
        Map<String, String> shoeNames = shoeNames(runner);
        Units units = settings.units(runner);
        List<LogPage.Row> rows = training.activities().list(runner, LogPage.PAGE_SIZE, (page - 1) * LogPage.PAGE_SIZE)
                .stream().map(s -> LogPage.row(s, shoeNames, kb, units)).toList();
        ctx.html(templates.render(new TrainingViews.Log(Chrome.of(ctx), new LogPage(rows, page, pages, total, notice(ctx), units.symbol()))));
    }

    /**
     * One request per file from the uploader script (answered with JSON), or every file of the
     * plain form at once (answered with a summary page). Each file is streamed to the importer.
     */
    private void upload(Context ctx) throws IOException {
        String runner = runner(ctx);
        List<UploadedFile> files = ctx.uploadedFiles("files").stream()
                .filter(f -> f.filename() != null && !f.filename().isBlank()).toList();
        boolean script = Optional.ofNullable(ctx.header("Accept")).orElse("").contains("application/json");
        if (files.isEmpty()) {
            if (script) {
                ctx.status(400).json(Map.of("error", "Choose at least one file to upload."));
            } else {
                ctx.status(400).html(templates.render(new TrainingViews.Uploaded(Chrome.of(ctx),
                        List.of(), "Choose at least one file to upload: GPX, TCX, FIT or a ZIP.")));
            }
            return;
        }
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (UploadedFile f : files) {
            String name = baseName(f.filename());
            try (InputStream in = f.content()) {
                outcomes.add(UploadOutcome.of(name, imports.importUpload(runner, name, in)));
            }
        }
        if (script) {
            UploadOutcome o = outcomes.get(0);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", o.name());
            body.put("status", o.status());
            body.put("line", o.line());
            body.put("imported", o.imported());
            body.put("duplicates", o.duplicates());
            body.put("failed", o.failed());
            body.put("warnings", o.warnings());
            body.put("ids", o.importedIds());
            ctx.json(body);
        } else {
            ctx.html(templates.render(new TrainingViews.Uploaded(Chrome.of(ctx), outcomes, null)));
        }
    }

    /** The name without any folder a browser may send along. */
    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    // ---- manual entry ----

    private void newRun(Context ctx) {
        String runner = runner(ctx);
        ctx.html(templates.render(new TrainingViews.NewRun(Chrome.of(ctx),
                RunForm.blank(LocalDate.now(zone), training.shoes().list(runner), kb.regions()))));
    }

    private void addRun(Context ctx) {
        String runner = runner(ctx);
        RunForm form = RunForm.posted(true, "/log/new", ctx, training.shoes().list(runner), kb.regions());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Activity> run = form.validateRun(LocalDate.now(zone), zone, errors);
        Optional<RunDetails> details = errors.isEmpty() ? form.validateDetails(errors) : Optional.empty();
        if (run.isEmpty() || details.isEmpty()) {
            ctx.status(400).html(templates.render(new TrainingViews.NewRun(Chrome.of(ctx), form.withErrors(errors))));
            return;
        }
        ActivityStore.Saved saved = training.save(runner, run.get(), details.get());
        ctx.redirect("/log/" + saved.id() + "?notice=" + (saved.duplicate() ? "duplicate" : "added"));
    }

    // ---- one activity ----

    private void activity(Context ctx) {
        String runner = runner(ctx);
        StoredActivity s = training.activities().get(runner, ctx.pathParam("id"));
        List<Shoe> shoes = training.shoes().list(runner);
        ctx.html(templates.render(new TrainingViews.Activity(Chrome.of(ctx), page(runner, s, shoes,
                RunForm.details(s.id(), s.details(), shoes, kb.regions()), notice(ctx)))));
    }

    private ActivityPage page(String runner, StoredActivity s, List<Shoe> shoes, RunForm form, String notice) {
        String shoe = s.details().shoeId() == null ? null : shoes.stream().filter(p -> p.id().equals(s.details().shoeId()))
                .map(Shoe::name).findFirst().orElse(null);
        return ActivityPage.of(s, shoe, form, notice, settings.units(runner),
                training.activities().highestHeartRate(runner, HeartRateZones.HIGHEST_PLAUSIBLE));
    }

    /** The runner's own name for an activity; blank takes it away. Too long: the page again, with the problem. */
    private void rename(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String tidy = name.strip().replaceAll("\\s+", " ");
        if (tidy.length() > ActivityStore.MAX_NAME) {
            StoredActivity s = training.activities().get(runner, id);
            List<Shoe> shoes = training.shoes().list(runner);
            ActivityPage page = page(runner, s, shoes, RunForm.details(s.id(), s.details(), shoes, kb.regions()), null)
                    .withNameError(name, "Name: shorten it to " + ActivityStore.MAX_NAME + " characters at most (it has "
                            + tidy.length() + ").");
            ctx.status(400).html(templates.render(new TrainingViews.Activity(Chrome.of(ctx), page)));
            return;
        }
        training.activities().rename(runner, id, tidy);
        ctx.redirect("/log/" + id + "?notice=renamed");
    }

    private void exportGpx(Context ctx) throws IOException {
        StoredActivity s = training.activities().get(runner(ctx), ctx.pathParam("id"));
        ctx.contentType("application/gpx+xml; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + GpxExport.fileName(s.activity()) + "\"");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GpxExport.write(s.activity(), out);
        ctx.result(out.toByteArray());
    }

    /** The route's thinned positions for the map script; 404 when the activity has none. */
    private void route(Context ctx) {
        StoredActivity s = training.activities().get(runner(ctx), ctx.pathParam("id"));
        RouteOutline r = RouteOutline.of(s.activity().samples())
                .orElseThrow(() -> new NotFoundException("route for the activity", ctx.pathParam("id")));
        ctx.header("Cache-Control", "private, max-age=300");
        ctx.contentType("application/json").result(r.json());
    }

    private void saveDetails(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        StoredActivity s = training.activities().get(runner, id);
        List<Shoe> shoes = training.shoes().list(runner);
        RunForm form = RunForm.posted(false, "/log/" + id + "/details", ctx, shoes, kb.regions());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<RunDetails> details = form.validateDetails(errors);
        if (details.isEmpty()) {
            ctx.status(400).html(templates.render(new TrainingViews.Activity(Chrome.of(ctx), page(runner, s, shoes, form.withErrors(errors), null))));
            return;
        }
        training.activities().updateDetails(runner, id, details.get());
        ctx.redirect("/log/" + id + "?notice=saved");
    }

    /** Without {@code confirm=yes}, asks first on a page of its own, so it works without a script. */
    private void delete(Context ctx) {
        String runner = runner(ctx);
        String id = ctx.pathParam("id");
        StoredActivity s = training.activities().get(runner, id);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.html(templates.render(new TrainingViews.Delete(Chrome.of(ctx), page(runner, s, List.of(), null, null))));
            return;
        }
        training.activities().delete(runner, id);
        ctx.redirect("/log?notice=deleted");
    }

    // ---- shoes ----

    private void shoesPage(Context ctx, int status, String name, String start, String alert, Map<String, String> errors) {
        String runner = runner(ctx);
        ShoesPage page = new ShoesPage(training.report(runner, 1).shoes(), name, start, alert, errors,
                errors.isEmpty() ? notice(ctx) : null);
        ctx.status(status).html(templates.render(new TrainingViews.Shoes(Chrome.of(ctx), page)));
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

    private Map<String, String> shoeNames(String runner) {
        return training.shoes().list(runner).stream().collect(Collectors.toMap(Shoe::id, Shoe::name));
    }

    // ---- load ----

    private void load(Context ctx) {
        String runner = runner(ctx);
        boolean empty = training.activities().count(runner) == 0;
        ctx.html(templates.render(new TrainingViews.Load(Chrome.of(ctx),
                LoadPage.of(training.report(runner, LOAD_WEEKS), kb, empty, settings.units(runner)))));
    }
}

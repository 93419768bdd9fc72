package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.runmend.diary.Diary;
import org.runmend.diary.PainEntry;
import org.runmend.diary.PainTrend;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.training.StoredActivity;
import org.runmend.training.TrainingService;

/**
 * The pain diary: a quick entry per day and region, recent entries, and a chart of pain over
 * running distance with load spikes marked. Entries post, then redirect back (so a reload does
 * not post twice) with the region just entered, which decides whether to send the runner back
 * to the pain check.
 */
public final class DiaryPages {
    /** Recent entries listed under the form. */
    static final int RECENT = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** The entry form, blank or as sent with its problems. */
    public record Form(String day, String region, String score, String morningAfter, String note, String activityId,
                       String activityLabel, Map<String, String> errors) {
        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public boolean scoreIs(int n) {
            return String.valueOf(n).equals(score);
        }

        public boolean morningIs(int n) {
            return String.valueOf(n).equals(morningAfter);
        }
    }

    /** One listed entry. */
    public record Row(String id, String day, String region, int score, Integer morningAfter, String note, boolean afterRun) {
    }

    /** The diary page. {@code recheck} names the region whose pain calls for a new pain check, or is null. */
    public record Page(Chrome chrome, Form form, List<Region> regions, String today, List<Row> recent, DiaryChart chart,
                       List<String> spikeLines, String recheck, String saved, boolean warning) implements View {
        @Override
        public String template() {
            return "diary/diary.jte";
        }
    }

    /** The entry form on a page of its own, as offered right after a run. */
    public record NewEntry(Chrome chrome, Form form, List<Region> regions) implements View {
        @Override
        public String template() {
            return "diary/new.jte";
        }
    }

    /** The form for changing the entry {@code id}. */
    public record EditEntry(Chrome chrome, Form form, List<Region> regions, String id) implements View {
        @Override
        public String template() {
            return "diary/edit.jte";
        }
    }

    private final KnowledgeBase kb;
    private final Diary diary;
    private final TrainingService training;
    private final Templates templates;

    DiaryPages(Templates templates, KnowledgeBase kb, Diary diary, TrainingService training) {
        this.templates = templates;
        this.kb = kb;
        this.diary = diary;
        this.training = training;
    }

    void register(RoutesConfig routes) {
        routes.get("/diary", this::show);
        routes.get("/diary/new", this::afterRun);
        routes.post("/diary", this::record);
        routes.get("/diary/{id}/edit", this::editForm);
        routes.post("/diary/{id}", this::record);
        routes.post("/diary/{id}/delete", ctx -> {
            String runner = Security.require(ctx).runner().id();
            diary.delete(runner, ctx.pathParam("id"));
            ctx.redirect("/diary");
        });
    }

    private void show(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        LocalDate today = training.today();
        Form blank = new Form(today.toString(), regionOr(ctx.queryParam("region"), ""), null, null, null, null, null, Map.of());
        ctx.html(templates.render(page(ctx, runner, blank, ctx.queryParam("entered"),
                "yes".equals(ctx.queryParam("warning")))));
    }

    /** The entry offered right after a run is logged or imported: the run's day, linked to it. */
    private void afterRun(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        String activityId = ctx.queryParam("activity");
        Form form;
        if (activityId == null || activityId.isBlank()) {
            form = new Form(training.today().toString(), regionOr(ctx.queryParam("region"), ""), null, null, null, null, null, Map.of());
        } else {
            StoredActivity a = training.activities().get(runner, activityId);
            form = new Form(a.activity().start().toLocalDate().toString(), regionOr(ctx.queryParam("region"), ""), null, null, null,
                    activityId, activityLabel(a), Map.of());
        }
        ctx.html(templates.render(new NewEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()))));
    }

    /** The form for changing an entry, filled with it. */
    private void editForm(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        PainEntry e = diary.get(runner, ctx.pathParam("id"));
        Form form = new Form(e.day().toString(), e.region(), String.valueOf(e.score()),
                e.morningAfter() == null ? null : String.valueOf(e.morningAfter()), e.note(), null, null, Map.of());
        ctx.html(templates.render(new EditEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()), e.id())));
    }

    /** A new entry (POST /diary) or a change to one (POST /diary/{id}): the same checks for both. */
    private void record(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        String editing = ctx.pathParamMap().get("id");
        if (editing != null) {
            diary.get(runner, editing);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String dayText = trim(ctx.formParam("day"));
        String region = trim(ctx.formParam("region"));
        String scoreText = trim(ctx.formParam("score"));
        String morningText = trim(ctx.formParam("morningAfter"));
        String note = ctx.formParam("note");
        String activityId = trim(ctx.formParam("activityId"));
        LocalDate day = null;
        try {
            day = LocalDate.parse(dayText);
            if (day.isAfter(training.today().plusDays(1))) {
                errors.put("day", "The date is in the future: enter a day up to today.");
            } else if (day.isBefore(training.today().minusYears(50))) {
                errors.put("day", "The date " + dayText + " is more than 50 years ago: enter the day the pain was felt.");
            }
        } catch (DateTimeParseException e) {
            errors.put("day", "Enter the date as year-month-day, for example " + training.today() + ".");
        }
        if (region.isEmpty() || kb.region(region).isEmpty()) {
            errors.put("region", "Choose where it hurts.");
        }
        Integer score = score(scoreText, "score", "Choose how much it hurt, from 0 (no pain) to 10 (worst imaginable).", errors);
        Integer morning = morningText.isEmpty() ? null
                : score(morningText, "morningAfter", "The morning-after score must be a whole number from 0 to 10, or left empty.", errors);
        if (note != null && note.length() > 500) {
            errors.put("note", "The note is " + note.length() + " characters long; keep it to 500.");
        }
        String label = null;
        if (!activityId.isEmpty()) {
            label = activityLabel(training.activities().get(runner, activityId));
        }
        if (!errors.isEmpty()) {
            Form form = new Form(dayText, region, scoreText, morningText, note, activityId.isEmpty() ? null : activityId, label, errors);
            if (editing != null) {
                ctx.status(400).html(templates.render(new EditEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()), editing)));
            } else if (form.activityId() != null || "new".equals(ctx.formParam("from"))) {
                ctx.status(400).html(templates.render(new NewEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()))));
            } else {
                ctx.status(400).html(templates.render(page(ctx, runner, form, null, false)));
            }
            return;
        }
        if (editing != null) {
            diary.update(runner, editing, day, region, score, morning, note);
        } else {
            diary.record(runner, day, region, score, morning, note, activityId.isEmpty() ? null : activityId);
        }
        // a new warning sign always sends the runner back to the pain check, whatever the score
        boolean warning = "yes".equals(ctx.formParam("warning"));
        ctx.redirect("/diary?entered=" + URLEncoder.encode(region, StandardCharsets.UTF_8) + (warning ? "&warning=yes" : "") + "#saved");
    }

    private Page page(Context ctx, String runner, Form form, String entered, boolean warning) {
        LocalDate today = training.today();
        List<PainEntry> entries = diary.entries(runner, today.minusDays(DiaryChart.DAYS + 30L), today.plusDays(1));
        var report = training.report(runner, 9);
        List<Row> recent = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && recent.size() < RECENT; i--) {
            PainEntry e = entries.get(i);
            recent.add(new Row(e.id(), DAY.format(e.day()), regionName(e.region()), e.score(), e.morningAfter(), e.note(),
                    e.activityId() != null));
        }
        String recheck = null;
        String saved = null;
        if (entered != null && kb.region(entered).isPresent()) {
            saved = regionName(entered);
            if (PainTrend.needsRecheck(entries, entered)) {
                recheck = saved;
            }
        }
        return new Page(Chrome.of(ctx), form, List.copyOf(kb.regions()), today.toString(), recent, DiaryChart.of(kb, entries, report, today),
                PainTrend.afterSpikes(entries, report), recheck, saved, warning);
    }

    private String regionName(String id) {
        return kb.region(id).map(Region::name).orElse(id);
    }

    private String regionOr(String id, String fallback) {
        return id != null && kb.region(id).isPresent() ? id : fallback;
    }

    private static String activityLabel(StoredActivity a) {
        var act = a.activity();
        return String.format(Locale.ROOT, "%s, %.1f km on %s", act.name() == null || act.name().isBlank() ? "Run" : act.name(),
                act.distance() == null ? 0.0 : act.distance().toKilometres(), DAY.format(act.start().toLocalDate()));
    }

    private static Integer score(String text, String field, String message, Map<String, String> errors) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 10) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, message);
        return null;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}

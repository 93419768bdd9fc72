package org.runmend.web.diary;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.diary.Diary;
import org.runmend.diary.PainEntry;
import org.runmend.diary.PainTrend;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.training.RunnerCalendar;
import org.runmend.training.StoredActivity;
import org.runmend.training.TrainingService;
import org.runmend.web.Chrome;
import org.runmend.web.FormErrors;
import org.runmend.web.RunnerContext;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;
import org.runmend.web.charts.DiaryChart;

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

    /** One listed entry. */
    public record Row(
            String id, String day, String region, int score, Integer morningAfter, String note, boolean afterRun) {}

    /** The diary page. {@code recheck} names the region whose pain calls for a new pain check, or is null. */
    public record Page(
            Chrome chrome,
            DiaryForm form,
            List<Region> regions,
            String today,
            List<Row> recent,
            DiaryChart chart,
            List<String> spikeLines,
            String recheck,
            String saved,
            boolean warning)
            implements View {
        @Override
        public String template() {
            return "diary/diary.jte";
        }
    }

    /** The entry form on a page of its own, as offered right after a run. */
    public record NewEntry(Chrome chrome, DiaryForm form, List<Region> regions) implements View {
        @Override
        public String template() {
            return "diary/new.jte";
        }
    }

    /** The form for changing the entry {@code id}. */
    public record EditEntry(Chrome chrome, DiaryForm form, List<Region> regions, String id) implements View {
        @Override
        public String template() {
            return "diary/edit.jte";
        }
    }

    private final KnowledgeBase kb;
    private final Diary diary;
    private final TrainingService training;
    private final Templates templates;

    public DiaryPages(Templates templates, KnowledgeBase kb, Diary diary, TrainingService training) {
        this.templates = templates;
        this.kb = kb;
        this.diary = diary;
        this.training = training;
    }

    /**
     * The diary: the chart, the recent entries and the form for today's; after an entry
     * ({@code ?entered=region}) the page says when to check again, and sends a new warning sign to the pain check.
     */
    public void show(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        LocalDate today = RunnerContext.of(ctx).today();
        DiaryForm blank = DiaryForm.blank(today.toString(), regionOr(ctx.queryParam("region"), ""), null, null);
        ctx.html(templates.render(
                page(ctx, runner, blank, ctx.queryParam("entered"), "yes".equals(ctx.queryParam("warning")))));
    }

    /** The entry offered right after a run is logged or imported: the run's day, linked to it. */
    public void afterRun(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        String activityId = ctx.queryParam("activity");
        DiaryForm form;
        if (activityId == null || activityId.isBlank()) {
            form = DiaryForm.blank(
                    RunnerContext.of(ctx).today().toString(), regionOr(ctx.queryParam("region"), ""), null, null);
        } else {
            StoredActivity a = training.activities().get(runner, activityId);
            form = DiaryForm.blank(
                    RunnerCalendar.day(
                                    a.activity().start(), RunnerContext.of(ctx).zone())
                            .toString(),
                    regionOr(ctx.queryParam("region"), ""),
                    activityId,
                    activityLabel(a, RunnerContext.of(ctx).zone()));
        }
        ctx.html(templates.render(new NewEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()))));
    }

    /** The form for changing an entry, filled with it. */
    public void editForm(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        PainEntry e = diary.get(runner, ctx.pathParam("id"));
        DiaryForm form = DiaryForm.filled(
                e.date().toString(),
                e.region(),
                String.valueOf(e.score()),
                e.morningAfter() == null ? null : String.valueOf(e.morningAfter()),
                e.note());
        ctx.html(templates.render(new EditEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()), e.id())));
    }

    /** A new entry (POST /diary) or a change to one (POST /diary/{id}): the same checks for both. */
    public void record(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        String editing = ctx.pathParamMap().get("id");
        if (editing != null) {
            diary.get(runner, editing);
        }
        DiaryForm form = DiaryForm.posted(ctx);
        if (form.activityId() != null) {
            form = form.withActivityLabel(activityLabel(
                    training.activities().get(runner, form.activityId()),
                    RunnerContext.of(ctx).zone()));
        }
        FormErrors.Checked<DiaryForm.Entry> checked =
                form.validate(RunnerContext.of(ctx).today(), kb);
        if (!checked.isValid()) {
            form = form.withErrors(checked.errors());
            if (editing != null) {
                ctx.status(400)
                        .html(templates.render(
                                new EditEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()), editing)));
            } else if (form.activityId() != null || "new".equals(ctx.formParam("from"))) {
                ctx.status(400).html(templates.render(new NewEntry(Chrome.of(ctx), form, List.copyOf(kb.regions()))));
            } else {
                ctx.status(400).html(templates.render(page(ctx, runner, form, null, false)));
            }
            return;
        }
        DiaryForm.Entry entry = checked.value();
        if (editing != null) {
            diary.update(
                    runner, editing, entry.day(), entry.region(), entry.score(), entry.morningAfter(), entry.note());
        } else {
            diary.record(
                    runner,
                    entry.day(),
                    entry.region(),
                    entry.score(),
                    entry.morningAfter(),
                    entry.note(),
                    entry.activityId());
        }
        // a new warning sign always sends the runner back to the pain check, whatever the score
        boolean warning = "yes".equals(ctx.formParam("warning"));
        ctx.redirect("/diary?entered=" + URLEncoder.encode(entry.region(), StandardCharsets.UTF_8)
                + (warning ? "&warning=yes" : "") + "#saved");
    }

    /** The entry in the path deleted; a run it was linked to stays. */
    public void delete(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        diary.delete(runner, ctx.pathParam("id"));
        ctx.redirect("/diary");
    }

    private Page page(Context ctx, String runner, DiaryForm form, String entered, boolean warning) {
        LocalDate today = RunnerContext.of(ctx).today();
        List<PainEntry> entries = diary.entries(runner, today.minusDays(DiaryChart.DAYS + 30L), today.plusDays(1));
        var report = training.report(runner, 9, RunnerContext.of(ctx).zone());
        List<Row> recent = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && recent.size() < RECENT; i--) {
            PainEntry e = entries.get(i);
            recent.add(new Row(
                    e.id(),
                    DAY.format(e.date()),
                    regionName(e.region()),
                    e.score(),
                    e.morningAfter(),
                    e.note(),
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
        return new Page(
                Chrome.of(ctx),
                form,
                List.copyOf(kb.regions()),
                today.toString(),
                recent,
                DiaryChart.of(kb, entries, report, today, RunnerContext.of(ctx).units()),
                PainTrend.afterSpikes(entries, report),
                recheck,
                saved,
                warning);
    }

    private String regionName(String id) {
        return kb.region(id).map(Region::name).orElse(id);
    }

    private String regionOr(String id, String fallback) {
        return id != null && kb.region(id).isPresent() ? id : fallback;
    }

    private static String activityLabel(StoredActivity a, java.time.ZoneId zone) {
        var act = a.activity();
        return (act.name() == null || act.name().isBlank() ? "Run" : act.name()) + ", "
                + Figures.distanceWithUnit(act.distance(), Units.KM, Precision.TENTHS) + " on "
                + DAY.format(RunnerCalendar.day(act.start(), zone));
    }
}

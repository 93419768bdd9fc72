package org.runmend.web.diary;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.runmend.diary.Diary;
import org.runmend.diary.PainEntry;
import org.runmend.diary.PainTrend;
import org.runmend.diary.RecoveryPlans;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.library.Guide;
import org.runmend.web.Chrome;
import org.runmend.web.Errors;
import org.runmend.web.PageRefused;
import org.runmend.web.RunnerContext;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;
import org.runmend.web.painchecks.ResultPage;

/**
 * The runner's recovery plan: today's checklist, what was done over the last two weeks, and the
 * graded return to running whose next step opens only while the diary shows low pain.
 */
public final class PlanPages {
    /** Days in the history grid. */
    static final int HISTORY_DAYS = 14;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** A checklist item and whether it is done today. */
    public record Check(ResultPage.PlanItem p, boolean done) {}

    /** One item's row of the history grid, a tick per day. */
    public record HistoryRow(String title, List<Boolean> done) {}

    /** The plan page. */
    public record Page(
            Chrome chrome,
            RecoveryPlans.Plan plan,
            String conditionName,
            String regionName,
            String today,
            String todayLabel,
            List<Check> checks,
            List<String> days,
            List<String> dayLabels,
            List<HistoryRow> history,
            RecoveryPlans.ReturnStatus returnStatus,
            boolean recheck,
            String guidePath)
            implements View {
        @Override
        public String template() {
            return "plans/plan.jte";
        }

        public String startedLabel() {
            return LONG.format(plan.startedOn());
        }

        public long doneToday() {
            return checks.stream().filter(Check::done).count();
        }
    }

    /** The plan page when no plan is running. */
    public record None(Chrome chrome) implements View {
        @Override
        public String template() {
            return "plans/none.jte";
        }
    }

    private final KnowledgeBase kb;
    private final RecoveryPlans plans;
    private final Diary diary;
    private final Templates templates;

    public PlanPages(Templates templates, KnowledgeBase kb, RecoveryPlans plans, Diary diary) {
        this.templates = templates;
        this.kb = kb;
        this.plans = plans;
        this.diary = diary;
    }

    /** The runner's active recovery plan with today's checklist, or a note that there is none. */
    public void show(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        var active = plans.active(runner);
        if (active.isEmpty()) {
            ctx.html(templates.render(new None(Chrome.of(ctx))));
            return;
        }
        ctx.html(templates.render(page(ctx, runner, active.get())));
    }

    /** A plan started from a pain check result, for its top condition and region. */
    public void start(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        String condition = ctx.formParam("conditionId");
        String region = ctx.formParam("region");
        if (condition == null || kb.condition(condition).isEmpty()) {
            throw refused("Unknown condition: start the plan from a pain check result.");
        }
        if (region == null || kb.region(region).isEmpty()) {
            throw refused("Unknown body region: start the plan from a pain check result.");
        }
        if (plans.checklist(condition).isEmpty()) {
            throw refused("There is no self-care plan for this condition: see a clinician as the result says.");
        }
        plans.start(runner, condition, region, RunnerContext.of(ctx).today());
        ctx.redirect("/plan");
    }

    /** One item of today's checklist marked done or not done. */
    public void mark(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        String item = ctx.formParam("item");
        boolean done = "true".equals(ctx.formParam("done"));
        try {
            plans.mark(runner, ctx.pathParam("id"), RunnerContext.of(ctx).today(), item, done);
        } catch (IllegalArgumentException e) {
            throw refused(Errors.capitalise(e.getMessage()) + ".");
        }
        ctx.redirect("/plan#item-" + item);
    }

    /** The plan's return to running moves one step on when the diary's pain allows it; otherwise a page says why not. */
    public void advance(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        try {
            plans.advance(runner, ctx.pathParam("id"), entries(ctx, runner, plans.get(runner, ctx.pathParam("id"))));
        } catch (IllegalStateException e) {
            throw refused(e.getMessage()); // the plan says why it cannot move on
        }
        ctx.redirect("/plan#return");
    }

    /** The plan in the path stops being the active one; it stays in the runner's data. */
    public void stop(Context ctx) {
        String runner = Security.require(ctx).runner().id();
        plans.stop(runner, ctx.pathParam("id"));
        ctx.redirect("/plan");
    }

    private List<PainEntry> entries(Context ctx, String runner, RecoveryPlans.Plan plan) {
        LocalDate today = RunnerContext.of(ctx).today();
        LocalDate from = plan.startedOn().minusDays(8);
        return diary.entries(
                runner, from.isBefore(today.minusDays(60)) ? from : today.minusDays(60), today.plusDays(1));
    }

    private Page page(Context ctx, String runner, RecoveryPlans.Plan plan) {
        LocalDate today = RunnerContext.of(ctx).today();
        List<SelfCareItem> items = plans.checklist(plan.conditionId()).stream()
                .filter(i -> i.fitsRegion(plan.region()))
                .toList();
        Map<LocalDate, Set<String>> history = plans.history(runner, plan.id());
        Set<String> doneToday = history.getOrDefault(today, Set.of());
        List<Check> checks = items.stream()
                .map(i -> new Check(ResultPage.planItem(kb, i), doneToday.contains(i.id())))
                .toList();
        List<String> days = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int d = HISTORY_DAYS - 1; d >= 0; d--) {
            LocalDate day = today.minusDays(d);
            days.add(SHORT.format(day));
            labels.add(LONG.format(day));
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (SelfCareItem i : items) {
            List<Boolean> done = new ArrayList<>();
            for (int d = HISTORY_DAYS - 1; d >= 0; d--) {
                done.add(history.getOrDefault(today.minusDays(d), Set.of()).contains(i.id()));
            }
            rows.add(new HistoryRow(i.title(), done));
        }
        List<PainEntry> entries = entries(ctx, runner, plan);
        String conditionName =
                kb.condition(plan.conditionId()).map(c -> c.name()).orElse(plan.conditionId());
        String regionName = kb.region(plan.region()).map(r -> r.name()).orElse(plan.region());
        return new Page(
                Chrome.of(ctx),
                plan,
                conditionName,
                regionName,
                today.toString(),
                LONG.format(today),
                checks,
                days,
                labels,
                rows,
                plans.returnStatus(plan, entries),
                PainTrend.needsRecheck(entries, plan.region()),
                Guide.pathOf(Guide.slugOf(Guide.Kind.CONDITION, plan.conditionId())));
    }

    private static PageRefused refused(String message) {
        return new PageRefused(400, "This could not be done", message);
    }
}

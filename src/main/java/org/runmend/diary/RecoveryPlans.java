package org.runmend.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.SelfCareKind;
import org.runmend.store.Database;
import org.runmend.store.Ids;
import org.runmend.store.NotFoundException;
import org.runmend.store.RunnerOwned;

/**
 * Self-care plans a runner has started: a daily checklist of the plan's remedies and exercises,
 * its completion history, and a graded return to running whose next step opens only while pain
 * stays low: at most {@value #MAX_PAIN}/10 during the last run and the morning after (the
 * pain-monitoring model of Silbernagel et al., Am J Sports Med 2007).
 */
public final class RecoveryPlans implements RunnerOwned {
    public static final int MAX_PAIN = 3;

    /** A started plan. {@code returnStep} is the index of the current return-to-running step. */
    public record Plan(
            String id, String conditionId, String region, LocalDate startedOn, int returnStep, boolean active) {}

    /** Where the return to running stands and why the next step is or is not open. */
    public record ReturnStatus(List<String> steps, int current, boolean canAdvance, String reason) {}

    private final Jdbi jdbi;
    private final KnowledgeBase kb;
    private final Clock clock;

    public RecoveryPlans(Database db, KnowledgeBase kb, Clock clock) {
        this.jdbi = db.jdbi();
        this.kb = kb;
        this.clock = clock;
    }

    /** Starts a plan for a condition on the runner's {@code today}; any earlier active plan ends. */
    public Plan start(String runnerId, String conditionId, String region, LocalDate today) {
        if (kb.condition(conditionId).isEmpty()) {
            throw new IllegalArgumentException("unknown condition '" + conditionId + "'");
        }
        if (checklist(conditionId).isEmpty()) {
            throw new IllegalArgumentException(
                    "there is no self-care plan for '" + conditionId + "': it needs a doctor");
        }
        String id = Ids.next();
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE plans SET active = :f WHERE runner_id = :r")
                    .bind("f", false)
                    .bind("r", runnerId)
                    .execute();
            h.createUpdate(
                            "INSERT INTO plans (id, runner_id, condition_id, region, started_on, return_step, active, created_at) "
                                    + "VALUES (:id, :r, :c, :g, :d, 0, :t, :at)")
                    .bind("id", id)
                    .bind("r", runnerId)
                    .bind("c", conditionId)
                    .bind("g", region)
                    .bind("d", today.toString())
                    .bind("t", true)
                    .bind("at", clock.millis())
                    .execute();
        });
        return new Plan(id, conditionId, region, today, 0, true);
    }

    public Optional<Plan> active(String runnerId) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM plans WHERE runner_id = :r AND active = :t ORDER BY created_at DESC")
                        .bind("r", runnerId)
                        .bind("t", true)
                        .map((rs, ctx) -> read(rs))
                        .findFirst());
    }

    public Plan get(String runnerId, String planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM plans WHERE runner_id = :r AND id = :id")
                        .bind("r", runnerId)
                        .bind("id", planId)
                        .map((rs, ctx) -> read(rs))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /**
     * The plan's daily items: the condition's remedies and exercises that are done every day over
     * the weeks of a plan ({@link SelfCareItem#isDailyTask}), in plan order. Left out: what is for
     * the first days only (a cold pack), what is not a daily task (a short course of painkillers,
     * new shoes), and advice to keep running, which the plan's graded return to running gives.
     */
    public List<SelfCareItem> checklist(String conditionId) {
        return kb.selfCareFor(conditionId).stream()
                .filter(SelfCareItem::isDailyTask)
                .toList();
    }

    /** Ticks an item done (or not) for a day. */
    public void mark(String runnerId, String planId, LocalDate day, String itemId, boolean done) {
        Plan plan = get(runnerId, planId);
        if (checklist(plan.conditionId()).stream().noneMatch(i -> i.id().equals(itemId))) {
            throw new IllegalArgumentException("'" + itemId + "' is not an item of this plan");
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM plan_checks WHERE plan_id = :p AND day = :d AND item_id = :i")
                    .bind("p", planId)
                    .bind("d", day.toString())
                    .bind("i", itemId)
                    .execute();
            if (done) {
                h.createUpdate(
                                "INSERT INTO plan_checks (id, plan_id, day, item_id, created_at) VALUES (:id, :p, :d, :i, :at)")
                        .bind("id", Ids.next())
                        .bind("p", planId)
                        .bind("d", day.toString())
                        .bind("i", itemId)
                        .bind("at", clock.millis())
                        .execute();
            }
        });
    }

    /** Items done per day, oldest day first. */
    public Map<LocalDate, Set<String>> history(String runnerId, String planId) {
        get(runnerId, planId);
        Map<LocalDate, Set<String>> out = new LinkedHashMap<>();
        jdbi.withHandle(h -> h.createQuery("SELECT day, item_id FROM plan_checks WHERE plan_id = :p ORDER BY day")
                        .bind("p", planId)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .list())
                .forEach(r -> out.computeIfAbsent(LocalDate.parse(r[0]), d -> new LinkedHashSet<>())
                        .add(r[1]));
        return out;
    }

    /** The return-to-running steps for the plan's condition, and whether the next one may open. */
    public ReturnStatus returnStatus(Plan plan, List<PainEntry> entries) {
        List<String> steps = kb.selfCareFor(plan.conditionId()).stream()
                .filter(i -> i.kind() == SelfCareKind.RETURN_TO_RUNNING)
                .findFirst()
                .map(SelfCareItem::steps)
                .orElse(List.of());
        if (steps.isEmpty()) {
            return new ReturnStatus(steps, 0, false, "This plan has no return-to-running steps.");
        }
        if (plan.returnStep() >= steps.size() - 1) {
            return new ReturnStatus(steps, steps.size() - 1, false, "This is the last step.");
        }
        List<PainEntry> own = new ArrayList<>(entries.stream()
                .filter(e -> e.region().equals(plan.region()))
                .filter(e -> !e.date().isBefore(plan.startedOn()))
                .toList());
        if (own.isEmpty()) {
            return new ReturnStatus(
                    steps,
                    plan.returnStep(),
                    false,
                    "Record today's pain (and tomorrow morning's) in the diary after trying this step.");
        }
        PainEntry last = own.get(own.size() - 1);
        if (last.morningAfter() == null) {
            return new ReturnStatus(
                    steps,
                    plan.returnStep(),
                    false,
                    "Add how it felt the morning after your last session before moving on.");
        }
        if (last.score() > MAX_PAIN || last.morningAfter() > MAX_PAIN) {
            return new ReturnStatus(
                    steps,
                    plan.returnStep(),
                    false,
                    String.format(
                            "Pain was %d/10 during and %d/10 the next morning; stay on this step (or go back one) until both are "
                                    + "%d or less.",
                            last.score(), last.morningAfter(), MAX_PAIN));
        }
        return new ReturnStatus(
                steps,
                plan.returnStep(),
                true,
                String.format(
                        "Pain stayed at %d/10 during and %d/10 the next morning: you may move to the next step.",
                        last.score(), last.morningAfter()));
    }

    /** Opens the next step, only when {@link #returnStatus} allows it. */
    public Plan advance(String runnerId, String planId, List<PainEntry> entries) {
        Plan plan = get(runnerId, planId);
        ReturnStatus status = returnStatus(plan, entries);
        if (!status.canAdvance()) {
            throw new IllegalStateException(status.reason());
        }
        jdbi.useHandle(
                h -> h.createUpdate("UPDATE plans SET return_step = return_step + 1 WHERE id = :id AND runner_id = :r")
                        .bind("id", planId)
                        .bind("r", runnerId)
                        .execute());
        return get(runnerId, planId);
    }

    public void stop(String runnerId, String planId) {
        get(runnerId, planId);
        jdbi.useHandle(h -> h.createUpdate("UPDATE plans SET active = :f WHERE id = :id AND runner_id = :r")
                .bind("f", false)
                .bind("id", planId)
                .bind("r", runnerId)
                .execute());
    }

    private static Plan read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Plan(
                rs.getString("id"),
                rs.getString("condition_id"),
                rs.getString("region"),
                LocalDate.parse(rs.getString("started_on")),
                rs.getInt("return_step"),
                rs.getBoolean("active"));
    }

    /** {@code plan_checks} has no runner column: it belongs to the runner through its plan. */
    @Override
    public List<String> runnerTables() {
        return List.of("plans");
    }

    @Override
    public Map<String, List<Map<String, Object>>> exportRows(Handle h, String runnerId) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("plans", RunnerOwned.rows(h, "SELECT * FROM plans WHERE runner_id = :r", runnerId));
        rows.put(
                "plan_checks",
                RunnerOwned.rows(
                        h,
                        "SELECT c.* FROM plan_checks c JOIN plans p ON p.id = c.plan_id WHERE p.runner_id = :r",
                        runnerId));
        return rows;
    }

    @Override
    public void deleteRows(Handle h, String runnerId) {
        h.createUpdate("DELETE FROM plan_checks WHERE plan_id IN (SELECT id FROM plans WHERE runner_id = :r)")
                .bind("r", runnerId)
                .execute();
        h.createUpdate("DELETE FROM plans WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
    }
}

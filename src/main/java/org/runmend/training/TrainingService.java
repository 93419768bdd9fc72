package org.runmend.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Activity;
import org.runmend.activity.Units;
import org.runmend.store.Database;

/**
 * A runner's training log as the rest of the app sees it: activities and shoes from the
 * database, turned into the {@link LoadReport} that the load page, {@code bin/runmend load} and
 * the pain check's pre-answers share.
 */
public final class TrainingService {
    private final ActivityStore activities;
    private final ShoeStore shoes;
    private final RunHistory history;
    private final EffortStore efforts;
    private final Clock clock;

    public TrainingService(Database db, Clock clock) {
        this.activities = new ActivityStore(db, clock);
        this.history = new RunHistory(activities);
        this.shoes = new ShoeStore(db, clock);
        this.efforts = new EffortStore(db, activities);
        this.clock = clock;
    }

    /** Each run's best efforts and the runner's personal records. */
    public EffortStore efforts() {
        return efforts;
    }

    public ActivityStore activities() {
        return activities;
    }

    public ShoeStore shoes() {
        return shoes;
    }

    /** The whole log by week, month and year. */
    public RunHistory history() {
        return history;
    }

    /** The runner's today: the date in their zone at the clock's instant. */
    public LocalDate today(ZoneId runnerZone) {
        return LocalDate.now(clock.withZone(runnerZone));
    }

    /**
     * The load report with its flags and context answers worded in kilometres: for callers that
     * use only its figures and findings, never its sentences (the pain check's pre-answers, the
     * diary chart, the clinician report). A page or command that shows the sentences passes the
     * runner's units to {@link #report(String, int, ZoneId, Units)}.
     */
    public LoadReport report(String runnerId, int weeks, ZoneId runnerZone) {
        return report(runnerId, weeks, runnerZone, Units.KM);
    }

    /**
     * The load report over the runner's whole log, {@code weeks} weeks shown, as of the runner's
     * today; runs recorded only in UTC are placed by the runner's zone ({@link RunnerCalendar}).
     * The flags' and context answers' sentences give distances in {@code units}.
     */
    public LoadReport report(String runnerId, int weeks, ZoneId runnerZone, Units units) {
        List<Shoe> pairs = shoes.list(runnerId);
        List<Run> runs = new ArrayList<>();
        for (StoredActivity s : activities.since(runnerId, java.time.Instant.EPOCH)) {
            if (s.activity().sport().isRun()) {
                runs.add(run(s, runnerZone));
            }
        }
        return new TrainingLog(runs, pairs).report(today(runnerZone), weeks, units);
    }

    /**
     * Every pair with how far it has been run, in {@link ShoeStore#list} order: what the shoes
     * page lists, read without computing a load report.
     */
    public List<ShoeWear> shoeWear(String runnerId, ZoneId runnerZone) {
        List<Run> runs = new ArrayList<>();
        for (StoredActivity s : activities.withShoe(runnerId)) {
            if (s.activity().sport().isRun()) {
                runs.add(run(s, runnerZone));
            }
        }
        return ShoeWear.of(shoes.list(runnerId), runs, today(runnerZone));
    }

    /** A stored run as the load analysis sees it, with the details the runner added. */
    private static Run run(StoredActivity s, ZoneId runnerZone) {
        RunDetails d = s.details();
        Run r = Run.fromActivity(s.activity()).onCalendarOf(runnerZone);
        if (d.surface() != null) {
            r = r.withSurface(d.surface());
        }
        return r.withWarmUp(d.warmUp()).withEffort(d.effort()).withShoe(d.shoeId());
    }

    /** Saves an activity with the default pair of shoes when the runner named none. */
    public ActivityStore.Saved save(String runnerId, Activity a, RunDetails details) {
        return save(runnerId, a, details, (h, saved) -> {});
    }

    /** {@link #save(String, Activity, RunDetails)}, with {@code also} written in the same transaction. */
    public ActivityStore.Saved save(String runnerId, Activity a, RunDetails details, ActivityStore.AlsoWrite also) {
        RunDetails d = details;
        if (d.shoeId() == null && a.sport().isRun()) {
            d = shoes.defaultPair(runnerId).map(s -> details.withShoe(s.id())).orElse(details);
        }
        return activities.save(runnerId, a, d, also);
    }
}

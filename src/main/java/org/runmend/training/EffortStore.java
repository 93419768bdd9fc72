package org.runmend.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.activity.Activity;
import org.runmend.activity.Sport;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;

/**
 * Each run's best efforts ({@link BestEfforts}) and the runner's personal records, the best of
 * each distance across the log. Efforts are written when a run is saved ({@link ActivityStore#save});
 * a run saved before efforts existed is looked at once, the first time its page or the records
 * need it, and marked so it is never looked at again. Only runs (road, trail, treadmill) have
 * efforts: a ride's fastest kilometre is no running record.
 */
public final class EffortStore {
    /**
     * A personal record: the fastest effort at one distance, and the run it came from.
     *
     * @param activityName the run's own name, or null
     */
    public record PersonalRecord(
            BestEfforts.Effort effort, String activityId, ZonedDateTime start, String activityName, Sport sport) {}

    private final Database db;
    private final Jdbi jdbi;
    private final ActivityStore activities;

    EffortStore(Database db, ActivityStore activities) {
        this.db = db;
        this.jdbi = db.jdbi();
        this.activities = activities;
    }

    /** A new activity's efforts, worked out before {@link ActivityStore#save} opens its transaction. */
    static List<BestEfforts.Effort> efforts(Activity a) {
        return a.sport().isRun() ? BestEfforts.of(a.samples()) : List.of();
    }

    /** Writes a new activity's efforts and marks it looked at; called inside {@link ActivityStore#save}'s transaction. */
    static void write(Handle h, String runnerId, String activityId, List<BestEfforts.Effort> efforts) {
        insert(h, runnerId, activityId, efforts);
        h.createUpdate("UPDATE activities SET efforts_scanned = TRUE WHERE id = :id")
                .bind("id", activityId)
                .execute();
    }

    private static void insert(Handle h, String runnerId, String activityId, List<BestEfforts.Effort> efforts) {
        for (BestEfforts.Effort e : efforts) {
            h.createUpdate("INSERT INTO best_efforts (activity_id, runner_id, distance_m, seconds, start_m, start_s) "
                            + "VALUES (:a, :r, :d, :s, :sm, :ss)")
                    .bind("a", activityId)
                    .bind("r", runnerId)
                    .bind("d", e.distance().storedMetres())
                    .bind("s", e.seconds())
                    .bind("sm", e.startMetres())
                    .bind("ss", e.startSeconds())
                    .execute();
        }
    }

    /** The run's best efforts, shortest distance first; computed from its full stream once if it predates them. */
    public List<BestEfforts.Effort> of(String runnerId, String activityId) {
        int scanned = jdbi.withHandle(h -> h.createQuery(
                        "SELECT CASE WHEN efforts_scanned IS NULL THEN 0 ELSE 1 END FROM activities WHERE runner_id = :r AND id = :id")
                .bind("r", runnerId)
                .bind("id", activityId)
                .mapTo(Integer.class)
                .findOne()
                .orElseThrow(() -> new NotFoundException("activity", activityId)));
        if (scanned == 0) {
            scan(runnerId, activityId);
        }
        return jdbi.withHandle(h -> h
                .createQuery("SELECT distance_m, seconds, start_m, start_s FROM best_efforts "
                        + "WHERE runner_id = :r AND activity_id = :id ORDER BY distance_m")
                .bind("r", runnerId)
                .bind("id", activityId)
                .map((rs, ctx) -> {
                    Optional<BestEfforts.Standard> d = BestEfforts.Standard.ofStoredMetres(rs.getInt(1));
                    return d.isEmpty() ? null : effort(d.get(), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList());
    }

    /**
     * The runner's fastest effort at each standard distance, shortest first; distances never run
     * are absent. Runs saved before efforts existed are looked at first (once).
     */
    public List<PersonalRecord> records(String runnerId) {
        scanOlder(runnerId);
        return recordsSoFar(runnerId);
    }

    /**
     * The records among the runs already looked at, without looking at older ones first: cheap,
     * for marking one run's records, and complete once {@link #unscanned} is 0.
     */
    public List<PersonalRecord> recordsSoFar(String runnerId) {
        List<PersonalRecord> out = new ArrayList<>();
        jdbi.useHandle(h -> {
            for (BestEfforts.Standard d : BestEfforts.Standard.values()) {
                h.createQuery("SELECT e.seconds, e.start_m, e.start_s, a.id, a.start_ms, a.zone, a.name, a.sport "
                                + "FROM best_efforts e JOIN activities a ON a.id = e.activity_id "
                                + "WHERE e.runner_id = :r AND e.distance_m = :d ORDER BY e.seconds, a.start_ms LIMIT 1")
                        .bind("r", runnerId)
                        .bind("d", d.storedMetres())
                        .map((rs, ctx) -> new PersonalRecord(
                                effort(d, rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)),
                                rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5)).atZone(ZoneId.of(rs.getString(6))),
                                rs.getString(7),
                                Sport.valueOf(rs.getString(8))))
                        .findOne()
                        .ifPresent(out::add);
            }
        });
        return out;
    }

    /** How many of the runner's runs have not been looked at for efforts yet. */
    public int unscanned(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM activities WHERE runner_id = :r " + "AND efforts_scanned IS NULL")
                .bind("r", runnerId)
                .mapTo(Integer.class)
                .one());
    }

    /** Looks at every run of the runner's saved before efforts existed. */
    void scanOlder(String runnerId) {
        List<String> ids = jdbi.withHandle(h -> h.createQuery("SELECT id FROM activities WHERE runner_id = :r "
                        + "AND efforts_scanned IS NULL ORDER BY start_ms")
                .bind("r", runnerId)
                .mapTo(String.class)
                .list());
        for (String id : ids) {
            scan(runnerId, id);
        }
    }

    /** Reads one activity's full stream, writes its efforts and marks it; a second caller at once changes nothing. */
    private void scan(String runnerId, String activityId) {
        StoredActivity s;
        try {
            s = activities.get(runnerId, activityId);
        } catch (NotFoundException gone) {
            return; // deleted meanwhile
        }
        List<BestEfforts.Effort> efforts = efforts(s.activity());
        db.inTransaction(h -> {
            int marked = h.createUpdate(
                            "UPDATE activities SET efforts_scanned = TRUE WHERE runner_id = :r AND id = :id "
                                    + "AND efforts_scanned IS NULL")
                    .bind("r", runnerId)
                    .bind("id", activityId)
                    .execute();
            if (marked == 1) {
                insert(h, runnerId, activityId, efforts);
            }
            return null;
        });
    }

    private static BestEfforts.Effort effort(BestEfforts.Standard d, double seconds, double startM, double startS) {
        return new BestEfforts.Effort(d, seconds, startM, startS);
    }

    /** The records as an optional per distance, for a page that marks a run's own records. */
    public static Optional<PersonalRecord> recordAt(List<PersonalRecord> records, BestEfforts.Standard d) {
        return records.stream().filter(r -> r.effort().distance() == d).findFirst();
    }
}

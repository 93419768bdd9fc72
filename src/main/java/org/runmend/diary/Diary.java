package org.runmend.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.activity.Activity;
import org.runmend.store.Database;
import org.runmend.store.Ids;
import org.runmend.store.NotFoundException;
import org.runmend.store.RunnerOwned;
import org.runmend.training.ActivityStore;
import org.runmend.training.RunDetails;
import org.runmend.training.TrainingService;

/**
 * A runner's pain diary: at most one entry per day and region; a second entry replaces the first.
 *
 * <p>Pain given with a run on the run form is an entry like any other, linked to its activity
 * ({@link #setAfterRun}); deleting the activity keeps the entry and clears its link (the pain was
 * felt whether or not the run stays in the log), as the schema's {@code ON DELETE SET NULL} does.
 */
public final class Diary implements RunnerOwned {
    private final Jdbi jdbi;
    private final Clock clock;

    public Diary(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    public PainEntry record(
            String runnerId,
            LocalDate day,
            String region,
            int score,
            Integer morningAfter,
            String note,
            String activityId) {
        PainEntry entry = new PainEntry(Ids.next(), day, region, score, morningAfter, blankToNull(note), activityId);
        jdbi.useTransaction(h -> {
            if (activityId != null) {
                int own = h.createQuery("SELECT COUNT(*) FROM activities WHERE id = :a AND runner_id = :r")
                        .bind("a", activityId)
                        .bind("r", runnerId)
                        .mapTo(Integer.class)
                        .one();
                if (own == 0) {
                    throw new NotFoundException("activity", activityId);
                }
            }
            h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r AND day = :d AND region = :g")
                    .bind("r", runnerId)
                    .bind("d", day.toString())
                    .bind("g", region)
                    .execute();
            h.createUpdate(
                            "INSERT INTO pain_entries (id, runner_id, day, region, score, morning_after, note, activity_id, created_at) "
                                    + "VALUES (:id, :r, :d, :g, :s, :m, :n, :a, :at)")
                    .bind("id", entry.id())
                    .bind("r", runnerId)
                    .bind("d", day.toString())
                    .bind("g", region)
                    .bind("s", score)
                    .bind("m", morningAfter)
                    .bind("n", entry.note())
                    .bind("a", activityId)
                    .bind("at", clock.millis())
                    .execute();
        });
        return entry;
    }

    /** Entries from {@code from} to {@code to} inclusive, oldest first. */
    public List<PainEntry> entries(String runnerId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM pain_entries WHERE runner_id = :r AND day >= :f AND day <= :t "
                                + "ORDER BY day, region")
                        .bind("r", runnerId)
                        .bind("f", from.toString())
                        .bind("t", to.toString())
                        .map((rs, ctx) -> entry(rs))
                        .list());
    }

    private static PainEntry entry(ResultSet rs) throws SQLException {
        int m = rs.getInt("morning_after");
        Integer morning = rs.wasNull() ? null : m;
        return new PainEntry(
                rs.getString("id"),
                LocalDate.parse(rs.getString("day")),
                rs.getString("region"),
                rs.getInt("score"),
                morning,
                rs.getString("note"),
                rs.getString("activity_id"));
    }

    /**
     * The entry the run form shows for an activity: of the entries linked to it, the worst (then the
     * earliest day, then region); empty when none is.
     */
    public Optional<PainEntry> afterRun(String runnerId, String activityId) {
        return jdbi.withHandle(h -> afterRun(h, runnerId, activityId));
    }

    private static Optional<PainEntry> afterRun(Handle h, String runnerId, String activityId) {
        return h.createQuery("SELECT * FROM pain_entries WHERE runner_id = :r AND activity_id = :a "
                        + "ORDER BY score DESC, day, region LIMIT 1")
                .bind("r", runnerId)
                .bind("a", activityId)
                .map((rs, ctx) -> entry(rs))
                .findFirst();
    }

    /** {@link #afterRun} for each of the activities that has an entry, by activity id, in one query. */
    public Map<String, PainEntry> afterRuns(String runnerId, Collection<String> activityIds) {
        Map<String, PainEntry> out = new LinkedHashMap<>();
        if (activityIds.isEmpty()) {
            return out;
        }
        List<PainEntry> linked = jdbi.withHandle(h -> h.createQuery("SELECT * FROM pain_entries WHERE runner_id = :r "
                        + "AND activity_id IN (<ids>) ORDER BY score DESC, day, region")
                .bind("r", runnerId)
                .bindList("ids", List.copyOf(activityIds))
                .map((rs, ctx) -> entry(rs))
                .list());
        for (PainEntry e : linked) {
            out.putIfAbsent(e.activityId(), e);
        }
        return out;
    }

    /**
     * Keeps the pain given with a run as the run's diary entry, in one transaction.
     *
     * <p>With {@code pain}: the run's entry ({@link #afterRun}) takes the place and score when it has
     * that place; otherwise the entry the diary has for that day and place does (keeping its note and
     * morning-after score, now linked to the run), or a new one on {@code day} is made. A run's entry
     * for another place is let go as without pain. Without {@code pain} (nothing hurt, or not said):
     * the run's entry is deleted when it holds nothing the run form does not show; one with a note
     * or a morning-after score stays in the diary, no longer linked to the run.
     *
     * @param day the runner's day of the run (used for a new entry; the run's own entry keeps its day)
     * @throws NotFoundException when the activity is not the runner's
     */
    public void setAfterRun(String runnerId, String activityId, LocalDate day, PainAfterRun pain) {
        jdbi.useTransaction(h -> setAfterRun(h, runnerId, activityId, day, pain));
    }

    /**
     * A run and the pain given with it, saved in one transaction: both or neither (the run form's
     * new run). The pain, when given, goes on {@code day} as {@link #setAfterRun} says.
     */
    public ActivityStore.Saved saveRun(
            TrainingService training,
            String runnerId,
            Activity run,
            RunDetails details,
            LocalDate day,
            PainAfterRun pain) {
        return training.save(runnerId, run, details, (h, saved) -> {
            if (pain != null) {
                writeAfterRun(h, runnerId, saved.id(), day, pain);
            }
        });
    }

    /**
     * A run's details (surface, warm-up, effort, shoe) and the pain given with them, saved in one
     * transaction: both or neither (the run form on the activity page). No pain lets go of the
     * run's entry as {@link #setAfterRun} says.
     */
    public void saveDetails(
            TrainingService training,
            String runnerId,
            String activityId,
            RunDetails details,
            LocalDate day,
            PainAfterRun pain) {
        training.activities()
                .updateDetails(runnerId, activityId, details, h -> writeAfterRun(h, runnerId, activityId, day, pain));
    }

    private void setAfterRun(Handle h, String runnerId, String activityId, LocalDate day, PainAfterRun pain) {
        int own = h.createQuery("SELECT COUNT(*) FROM activities WHERE id = :a AND runner_id = :r")
                .bind("a", activityId)
                .bind("r", runnerId)
                .mapTo(Integer.class)
                .one();
        if (own == 0) {
            throw new NotFoundException("activity", activityId);
        }
        writeAfterRun(h, runnerId, activityId, day, pain);
    }

    /** {@link #setAfterRun}, for a run the caller has just written for this runner in the same transaction. */
    private void writeAfterRun(Handle h, String runnerId, String activityId, LocalDate day, PainAfterRun pain) {
        Optional<PainEntry> current = afterRun(h, runnerId, activityId);
        LocalDate onDay = current.map(PainEntry::date).orElse(day);
        if (current.isPresent() && (pain == null || !current.get().region().equals(pain.region()))) {
            letGo(h, runnerId, current.get());
        }
        if (pain == null) {
            return;
        }
        Optional<String> there = h.createQuery(
                        "SELECT id FROM pain_entries WHERE runner_id = :r AND day = :d AND region = :g")
                .bind("r", runnerId)
                .bind("d", onDay.toString())
                .bind("g", pain.region())
                .mapTo(String.class)
                .findFirst();
        if (there.isPresent()) {
            h.createUpdate("UPDATE pain_entries SET score = :s, activity_id = :a WHERE runner_id = :r AND id = :id")
                    .bind("s", pain.score())
                    .bind("a", activityId)
                    .bind("r", runnerId)
                    .bind("id", there.get())
                    .execute();
        } else {
            h.createUpdate(
                            "INSERT INTO pain_entries (id, runner_id, day, region, score, morning_after, note, activity_id, created_at) "
                                    + "VALUES (:id, :r, :d, :g, :s, NULL, NULL, :a, :at)")
                    .bind("id", Ids.next())
                    .bind("r", runnerId)
                    .bind("d", onDay.toString())
                    .bind("g", pain.region())
                    .bind("s", pain.score())
                    .bind("a", activityId)
                    .bind("at", clock.millis())
                    .execute();
        }
    }

    /** A run's entry the run form no longer gives: deleted when bare, else kept without the link. */
    private static void letGo(Handle h, String runnerId, PainEntry e) {
        if (e.note() == null && e.morningAfter() == null) {
            h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r AND id = :id")
                    .bind("r", runnerId)
                    .bind("id", e.id())
                    .execute();
        } else {
            h.createUpdate("UPDATE pain_entries SET activity_id = NULL WHERE runner_id = :r AND id = :id")
                    .bind("r", runnerId)
                    .bind("id", e.id())
                    .execute();
        }
    }

    /** One of the runner's entries; {@link NotFoundException} when it is not theirs or not there. */
    public PainEntry get(String runnerId, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT day FROM pain_entries WHERE runner_id = :r AND id = :id")
                        .bind("r", runnerId)
                        .bind("id", id)
                        .mapTo(String.class)
                        .findFirst())
                .map(LocalDate::parse)
                .flatMap(day -> entries(runnerId, day, day).stream()
                        .filter(e -> e.id().equals(id))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("diary entry", id));
    }

    /**
     * Changes an entry in place, keeping its link to a run. Moved onto a day and place that
     * already has an entry, it replaces that one, as a new entry for that day and place would.
     */
    public PainEntry update(
            String runnerId, String id, LocalDate day, String region, int score, Integer morningAfter, String note) {
        PainEntry old = get(runnerId, id);
        PainEntry entry = new PainEntry(id, day, region, score, morningAfter, blankToNull(note), old.activityId());
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r AND day = :d AND region = :g AND id <> :id")
                    .bind("r", runnerId)
                    .bind("d", day.toString())
                    .bind("g", region)
                    .bind("id", id)
                    .execute();
            h.createUpdate("UPDATE pain_entries SET day = :d, region = :g, score = :s, morning_after = :m, note = :n "
                            + "WHERE runner_id = :r AND id = :id")
                    .bind("d", day.toString())
                    .bind("g", region)
                    .bind("s", score)
                    .bind("m", morningAfter)
                    .bind("n", entry.note())
                    .bind("r", runnerId)
                    .bind("id", id)
                    .execute();
        });
        return entry;
    }

    public void delete(String runnerId, String id) {
        int n = jdbi.withHandle(h -> h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r AND id = :id")
                .bind("r", runnerId)
                .bind("id", id)
                .execute());
        if (n == 0) {
            throw new NotFoundException("diary entry", id);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public List<String> runnerTables() {
        return List.of("pain_entries");
    }

    @Override
    public Map<String, List<Map<String, Object>>> exportRows(Handle h, String runnerId) {
        return Map.of("pain_entries", RunnerOwned.rows(h, "SELECT * FROM pain_entries WHERE runner_id = :r", runnerId));
    }

    @Override
    public void deleteRows(Handle h, String runnerId) {
        h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
    }
}

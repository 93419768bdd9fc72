package org.runmend.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.store.Database;
import org.runmend.store.Ids;
import org.runmend.store.NotFoundException;
import org.runmend.store.RunnerOwned;

/** A runner's pain diary: at most one entry per day and region; a second entry replaces the first. */
public final class Diary implements RunnerOwned {
    private final Jdbi jdbi;
    private final Clock clock;

    public Diary(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    public PainEntry record(String runnerId, LocalDate day, String region, int score, Integer morningAfter, String note,
                            String activityId) {
        PainEntry entry = new PainEntry(Ids.next(), day, region, score, morningAfter, blankToNull(note), activityId);
        jdbi.useTransaction(h -> {
            if (activityId != null) {
                int own = h.createQuery("SELECT COUNT(*) FROM activities WHERE id = :a AND runner_id = :r")
                        .bind("a", activityId).bind("r", runnerId).mapTo(Integer.class).one();
                if (own == 0) {
                    throw new NotFoundException("activity", activityId);
                }
            }
            h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r AND day = :d AND region = :g")
                    .bind("r", runnerId).bind("d", day.toString()).bind("g", region).execute();
            h.createUpdate("INSERT INTO pain_entries (id, runner_id, day, region, score, morning_after, note, activity_id, created_at) "
                            + "VALUES (:id, :r, :d, :g, :s, :m, :n, :a, :at)")
                    .bind("id", entry.id()).bind("r", runnerId).bind("d", day.toString()).bind("g", region)
                    .bind("s", score).bind("m", morningAfter).bind("n", entry.note()).bind("a", activityId)
                    .bind("at", clock.millis()).execute();
        });
        return entry;
    }

    /** Entries from {@code from} to {@code to} inclusive, oldest first. */
    public List<PainEntry> entries(String runnerId, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM pain_entries WHERE runner_id = :r AND day >= :f AND day <= :t "
                        + "ORDER BY day, region")
                .bind("r", runnerId).bind("f", from.toString()).bind("t", to.toString())
                .map((rs, ctx) -> {
                    int m = rs.getInt("morning_after");
                    Integer morning = rs.wasNull() ? null : m;
                    return new PainEntry(rs.getString("id"), LocalDate.parse(rs.getString("day")), rs.getString("region"),
                            rs.getInt("score"), morning, rs.getString("note"), rs.getString("activity_id"));
                }).list());
    }

    /** One of the runner's entries; {@link NotFoundException} when it is not theirs or not there. */
    public PainEntry get(String runnerId, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT day FROM pain_entries WHERE runner_id = :r AND id = :id")
                        .bind("r", runnerId).bind("id", id).mapTo(String.class).findFirst())
                .map(LocalDate::parse)
                .flatMap(day -> entries(runnerId, day, day).stream().filter(e -> e.id().equals(id)).findFirst())
                .orElseThrow(() -> new NotFoundException("diary entry", id));
    }

    /**
     * Changes an entry in place, keeping its link to a run. Moved onto a day and place that
     * already has an entry, it replaces that one, as a new entry for that day and place would.
     */
    public PainEntry update(String runnerId, String id, LocalDate day, String region, int score, Integer morningAfter, String note) {
        PainEntry old = get(runnerId, id);
        PainEntry entry = new PainEntry(id, day, region, score, morningAfter, blankToNull(note), old.activityId());
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r AND day = :d AND region = :g AND id <> :id")
                    .bind("r", runnerId).bind("d", day.toString()).bind("g", region).bind("id", id).execute();
            h.createUpdate("UPDATE pain_entries SET day = :d, region = :g, score = :s, morning_after = :m, note = :n "
                            + "WHERE runner_id = :r AND id = :id")
                    .bind("d", day.toString()).bind("g", region).bind("s", score).bind("m", morningAfter)
                    .bind("n", entry.note()).bind("r", runnerId).bind("id", id).execute();
        });
        return entry;
    }

    public void delete(String runnerId, String id) {
        int n = jdbi.withHandle(h -> h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r AND id = :id")
                .bind("r", runnerId).bind("id", id).execute());
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
        h.createUpdate("DELETE FROM pain_entries WHERE runner_id = :r").bind("r", runnerId).execute();
    }
}

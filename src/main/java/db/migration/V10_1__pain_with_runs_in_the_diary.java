package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 20, item 1: pain felt on a run is one {@code PainEntry} in the diary, linked to its activity
 * ({@code pain_entries.activity_id}, which deleting the activity clears), instead of the columns
 * {@code activities.pain_region} and {@code pain_score} that the run form wrote and the diary, its
 * chart and the clinician report never read.
 *
 * <p>Each activity's pain is carried into the diary of its runner, on the runner's day of the
 * activity's start (a start stored in UTC read in the runner's zone, else UTC; a start with its own
 * offset keeps its day, as {@code training.RunnerCalendar} places it), in the region as stored, with
 * the activity's {@code created_at}. An entry the diary already has for that runner, day and region
 * is not duplicated: it keeps its score, note and morning-after score, and is linked to the activity
 * when it was linked to none. Two activities of one day with pain in one region make one entry
 * with the higher score (the diary keeps a day's worst).
 *
 * <p>The old columns are not dropped: they are cleared where their pain was carried over, and keep
 * only what the diary cannot hold, a score given without a place (the diary keeps pain by place),
 * so nothing a runner saved is lost and the data export still shows it. Nothing writes them any more.
 * Ids are random UUIDs as {@code store.Ids} makes them (neither database makes one the other
 * accepts, so this is a Java migration); plain JDBC and SQL both databases accept.
 */
public class V10_1__pain_with_runs_in_the_diary extends BaseJavaMigration {
    private record Pain(String activityId, String runnerId, LocalDate day, String region, int score, long createdAt) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<Pain> pains = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                        "SELECT a.id, a.runner_id, a.start_ms, a.zone, a.pain_region, a.pain_score, "
                                + "a.created_at, r.zone AS runner_zone FROM activities a JOIN runners r ON r.id = a.runner_id "
                                + "WHERE a.pain_score IS NOT NULL AND a.pain_region IS NOT NULL ORDER BY a.start_ms, a.id");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                Instant start = Instant.ofEpochMilli(rs.getLong("start_ms"));
                LocalDate day = start.atZone(dayZone(rs.getString("zone"), rs.getString("runner_zone")))
                        .toLocalDate();
                pains.add(new Pain(
                        rs.getString("id"),
                        rs.getString("runner_id"),
                        day,
                        rs.getString("pain_region"),
                        Math.max(0, Math.min(10, rs.getInt("pain_score"))),
                        rs.getLong("created_at")));
            }
        }
        Map<String, Integer> madeHere = new HashMap<>();
        try (PreparedStatement find = c.prepareStatement(
                        "SELECT id, activity_id FROM pain_entries WHERE runner_id = ? AND day = ? AND region = ?");
                PreparedStatement link = c.prepareStatement("UPDATE pain_entries SET activity_id = ? WHERE id = ?");
                PreparedStatement higher = c.prepareStatement("UPDATE pain_entries SET score = ? WHERE id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO pain_entries "
                        + "(id, runner_id, day, region, score, morning_after, note, activity_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)");
                PreparedStatement clear = c.prepareStatement(
                        "UPDATE activities SET pain_region = NULL, pain_score = NULL WHERE id = ?")) {
            for (Pain p : pains) {
                find.setString(1, p.runnerId());
                find.setString(2, p.day().toString());
                find.setString(3, p.region());
                String existing = null;
                String linked = null;
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        existing = rs.getString(1);
                        linked = rs.getString(2);
                    }
                }
                if (existing == null) {
                    String id = UUID.randomUUID().toString();
                    insert.setString(1, id);
                    insert.setString(2, p.runnerId());
                    insert.setString(3, p.day().toString());
                    insert.setString(4, p.region());
                    insert.setInt(5, p.score());
                    insert.setString(6, p.activityId());
                    insert.setLong(7, p.createdAt());
                    insert.executeUpdate();
                    madeHere.put(id, p.score());
                } else if (madeHere.containsKey(existing)) {
                    if (p.score() > madeHere.get(existing)) {
                        higher.setInt(1, p.score());
                        higher.setString(2, existing);
                        higher.executeUpdate();
                        madeHere.put(existing, p.score());
                    }
                } else if (linked == null) {
                    link.setString(1, p.activityId());
                    link.setString(2, existing);
                    link.executeUpdate();
                }
                clear.setString(1, p.activityId());
                clear.executeUpdate();
            }
        }
    }

    /** The zone a start is read in: its own offset, or for a start stored in UTC the runner's zone (else UTC). */
    static ZoneId dayZone(String stored, String runnerZone) {
        ZoneId own = zone(stored);
        if (!own.normalized().equals(ZoneOffset.UTC)) {
            return own;
        }
        return runnerZone == null ? ZoneOffset.UTC : zone(runnerZone);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}

package org.runmend.training;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Lap;
import org.runmend.activity.Sample;
import org.runmend.activity.SampleCodec;
import org.runmend.activity.Sport;
import org.runmend.store.Database;
import org.runmend.store.Ids;
import org.runmend.store.NotFoundException;
import org.runmend.store.RunnerOwned;

/**
 * A runner's activities in the database. Every method takes the runner's id and every query is
 * scoped to it: another runner's activity is simply not found.
 *
 * <p>An activity already in the log is recognised on re-import, also from another format or
 * file: same sport family, start within {@link #SAME_START}, and distance or elapsed time within
 * {@link #SAME_DISTANCE} (or 50 m / 60 s) of an existing one. Each save is its own transaction.
 *
 * <p>The check and the insert are one atomic step even with several app instances saving at once
 * (two uploads of one file, one export sent to two instances): on PostgreSQL the transaction
 * first takes a lock for the runner ({@code pg_advisory_xact_lock}, released at commit), so saves
 * for one runner take turns while other runners' saves go on; on SQLite every write transaction
 * begins {@code IMMEDIATE}, which serialises writers (see {@link Database}). A fingerprint with a
 * unique key cannot express "within 90 s and 3 %", a lock can.
 *
 * <p>The laps and the sample stream are kept apart in {@code activity_streams}: lists
 * ({@link #list}, {@link #since}) read the small summary rows only, {@link #get} joins the stream.
 */
public final class ActivityStore implements RunnerOwned {
    static final Duration SAME_START = Duration.ofSeconds(90);
    static final double SAME_DISTANCE = 0.03;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** What happened to one activity handed to {@link #save}. */
    public record Saved(String id, boolean duplicate) {}

    /**
     * More to write in the same transaction as a saved activity (the pain given with it, say): it
     * runs after the activity is written, or found already there, and if it throws, nothing of
     * either is kept.
     */
    @FunctionalInterface
    public interface AlsoWrite {
        void write(Handle h, Saved saved);
    }

    /** The summary columns (the laps and the sample stream are in activity_streams). */
    private static final String SUMMARY = "id, runner_id, sport, start_ms, zone, distance_m, moving_s, elapsed_s, "
            + "elevation_gain, avg_hr, max_hr, avg_cadence, max_cadence, name, source, source_name, surface, warmup, "
            + "effort, shoe_id, points, created_at";
    /** First key of the PostgreSQL advisory lock taken per runner while saving (the second is the runner). */
    private static final int SAVE_LOCK = 0x52554e31;

    private final Database db;
    private final Jdbi jdbi;
    private final Clock clock;

    public ActivityStore(Database db, Clock clock) {
        this.db = db;
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    public Saved save(String runnerId, Activity a, RunDetails details) {
        return save(runnerId, a, details, (h, saved) -> {});
    }

    /** {@link #save(String, Activity, RunDetails)}, with {@code also} written in the same transaction. */
    public Saved save(String runnerId, Activity a, RunDetails details, AlsoWrite also) {
        List<BestEfforts.Effort> efforts = EffortStore.efforts(a);
        return db.inTransaction(h -> {
            Saved saved = insert(h, runnerId, a, details, efforts);
            also.write(h, saved);
            return saved;
        });
    }

    /** The activity written, or the same one found already there; the caller holds the transaction. */
    private Saved insert(Handle h, String runnerId, Activity a, RunDetails details, List<BestEfforts.Effort> efforts) {
        lockRunner(db, h, runnerId);
        Optional<String> existing = findSame(h, runnerId, a);
        if (existing.isPresent()) {
            return new Saved(existing.get(), true);
        }
        String id = Ids.next();
        h.createUpdate("INSERT INTO activities (id, runner_id, sport, start_ms, zone, distance_m, moving_s, elapsed_s, "
                        + "elevation_gain, avg_hr, max_hr, avg_cadence, max_cadence, name, source, source_name, surface, "
                        + "warmup, effort, shoe_id, points, created_at) VALUES "
                        + "(:id, :runner, :sport, :start, :zone, :dist, :moving, :elapsed, :gain, :avgHr, :maxHr, :avgCad, "
                        + ":maxCad, :name, :source, :sourceName, :surface, :warmup, :effort, :shoe, "
                        + ":points, :at)")
                .bind("id", id)
                .bind("runner", runnerId)
                .bind("sport", a.sport().name())
                .bind("start", a.start().toInstant().toEpochMilli())
                .bind("zone", a.start().getZone().getId())
                .bind("dist", a.distance().metres())
                .bind("moving", a.moving().toSeconds())
                .bind("elapsed", a.elapsed().toSeconds())
                .bind("gain", a.elevationGainMetres())
                .bind("avgHr", a.averageHeartRate())
                .bind("maxHr", a.maxHeartRate())
                .bind("avgCad", a.averageCadence())
                .bind("maxCad", a.maxCadence())
                .bind("name", a.name())
                .bind("source", a.source().id())
                .bind("sourceName", a.sourceName())
                .bind(
                        "surface",
                        details.surface() == null ? null : details.surface().id())
                .bind("warmup", details.warmUp())
                .bind("effort", details.effort())
                .bind("shoe", ownShoe(h, runnerId, details.shoeId()))
                .bind("points", a.samples().size())
                .bind("at", clock.millis())
                .execute();
        h.createUpdate("INSERT INTO activity_streams (activity_id, laps_json, samples_gz, page_samples_gz) "
                        + "VALUES (:id, :laps, :samples, :page)")
                .bind("id", id)
                .bind("laps", lapsJson(a.laps()))
                .bind("samples", SampleCodec.pack(a.samples()))
                .bind(
                        "page",
                        a.samples().size() > PAGE_SAMPLES ? SampleCodec.pack(thin(a.samples(), PAGE_SAMPLES)) : null)
                .execute();
        EffortStore.write(h, runnerId, id, efforts);
        return new Saved(id, false);
    }

    /**
     * On PostgreSQL, takes the runner's lock for the rest of the transaction, so this runner's saves
     * and shoe assignments take turns; on SQLite the {@code IMMEDIATE} transaction already does.
     */
    static void lockRunner(Database db, Handle h, String runnerId) {
        if (db.isPostgres()) {
            h.createQuery("SELECT pg_advisory_xact_lock(:k, hashtext(:r))")
                    .bind("k", SAVE_LOCK)
                    .bind("r", runnerId)
                    .mapTo(String.class)
                    .one();
        }
    }

    /** Most recent first. */
    public List<StoredActivity> list(String runnerId, int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + SUMMARY + " FROM activities WHERE runner_id = :r ORDER BY start_ms DESC, id DESC "
                                + "LIMIT :limit OFFSET :offset")
                .bind("r", runnerId)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> read(rs, false))
                .list());
    }

    /** Every activity since {@code from} (inclusive), oldest first, without sample streams. */
    public List<StoredActivity> since(String runnerId, Instant from) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUMMARY
                        + " FROM activities WHERE runner_id = :r AND start_ms >= :from " + "ORDER BY start_ms")
                .bind("r", runnerId)
                .bind("from", from.toEpochMilli())
                .map((rs, ctx) -> read(rs, false))
                .list());
    }

    /** Every activity worn in a pair of shoes, oldest first, without sample streams. */
    public List<StoredActivity> withShoe(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + SUMMARY + " FROM activities WHERE runner_id = :r "
                        + "AND shoe_id IS NOT NULL ORDER BY start_ms")
                .bind("r", runnerId)
                .map((rs, ctx) -> read(rs, false))
                .list());
    }

    /** The sports that count as runs, as stored: {@code 'RUNNING', 'TRAIL_RUNNING', 'TREADMILL'}. */
    static final String RUN_SPORTS = java.util.Arrays.stream(Sport.values())
            .filter(Sport::isRun)
            .map(s -> "'" + s.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    /**
     * One run as the history pages read it: the few summary columns they show, never the stream.
     *
     * @param recorded the start as stored (in UTC or with its own local offset, see {@link RunnerCalendar})
     */
    record RunRow(
            String id, String name, Sport sport, java.time.ZonedDateTime recorded, double metres, long movingSeconds) {}

    /**
     * The runs (not walks, rides or other sports) starting in [{@code from}, {@code to}), oldest first,
     * read as {@link RunRow}s in one range query on the (runner, start) index.
     */
    List<RunRow> runs(String runnerId, Instant from, Instant to) {
        java.util.Map<String, ZoneId> zones = new java.util.HashMap<>();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, name, sport, start_ms, zone, distance_m, moving_s FROM activities "
                                + "WHERE runner_id = :r AND start_ms >= :from AND start_ms < :to AND sport IN ("
                                + RUN_SPORTS + ") "
                                + "ORDER BY start_ms, id")
                .bind("r", runnerId)
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .map((rs, ctx) -> new RunRow(
                        rs.getString("id"),
                        rs.getString("name"),
                        Sport.valueOf(rs.getString("sport")),
                        Instant.ofEpochMilli(rs.getLong("start_ms"))
                                .atZone(zones.computeIfAbsent(rs.getString("zone"), ZoneId::of)),
                        rs.getDouble("distance_m"),
                        rs.getLong("moving_s")))
                .list());
    }

    /** The starts of a runner's first and last run, as stored. */
    record RunEdges(java.time.ZonedDateTime first, java.time.ZonedDateTime last) {}

    /** The starts of the runner's first and last run, two reads of the (runner, start) index; none without runs. */
    Optional<RunEdges> runEdges(String runnerId) {
        return jdbi.withHandle(h -> edge(h, runnerId, "ASC")
                .map(first -> new RunEdges(first, edge(h, runnerId, "DESC").orElse(first))));
    }

    private static Optional<java.time.ZonedDateTime> edge(Handle h, String runnerId, String order) {
        return h.createQuery("SELECT start_ms, zone FROM activities WHERE runner_id = :r AND sport IN (" + RUN_SPORTS
                        + ") " + "ORDER BY start_ms " + order + " LIMIT 1")
                .bind("r", runnerId)
                .map((rs, ctx) -> Instant.ofEpochMilli(rs.getLong("start_ms")).atZone(ZoneId.of(rs.getString("zone"))))
                .findFirst();
    }

    public int count(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM activities WHERE runner_id = :r")
                .bind("r", runnerId)
                .mapTo(Integer.class)
                .one());
    }

    public StoredActivity get(String runnerId, String id) {
        return get(runnerId, id, Integer.MAX_VALUE);
    }

    /**
     * The most samples a page is made from (about 5.5 hours at one a second): charts, map, splits
     * and zones of a longer stream are made from this many evenly spaced samples, so a page's cost
     * is bounded whatever a file held.
     */
    public static final int PAGE_SAMPLES = 20_000;

    /**
     * The activity with its sample stream thinned to at most {@code maxSamples} evenly spaced
     * samples (the first and the last always among them), read from storage one line at a time
     * so the whole stream is never held; {@link StoredActivity#points()} stays the stored count.
     */
    public StoredActivity get(String runnerId, String id, int maxSamples) {
        String stream = maxSamples >= PAGE_SAMPLES && maxSamples != Integer.MAX_VALUE
                // the page's own thinned stream when there is one: a bounded read
                ? "COALESCE(s.page_samples_gz, s.samples_gz) AS samples_gz, "
                        + "CASE WHEN s.page_samples_gz IS NULL THEN 0 ELSE 1 END AS page_stream"
                : "s.samples_gz, 0 AS page_stream";
        return jdbi.withHandle(h -> h.createQuery(
                                "SELECT a.*, s.laps_json, " + stream + " FROM activities a "
                                        + "LEFT JOIN activity_streams s ON s.activity_id = a.id WHERE a.runner_id = :r AND a.id = :id")
                        .bind("r", runnerId)
                        .bind("id", id)
                        .map((rs, ctx) -> read(
                                rs,
                                true,
                                maxSamples,
                                rs.getInt("page_stream") == 1 ? PAGE_SAMPLES : rs.getInt("points")))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("activity", id));
    }

    public void updateDetails(String runnerId, String id, RunDetails d) {
        updateDetails(runnerId, id, d, h -> {});
    }

    /** {@link #updateDetails(String, String, RunDetails)}, with {@code also} written in the same transaction. */
    public void updateDetails(String runnerId, String id, RunDetails d, HandleConsumer<RuntimeException> also) {
        db.inTransaction(h -> {
            int n = h.createUpdate("UPDATE activities SET surface = :surface, warmup = :warmup, effort = :effort, "
                            + "shoe_id = :shoe "
                            + "WHERE runner_id = :r AND id = :id")
                    .bind("surface", d.surface() == null ? null : d.surface().id())
                    .bind("warmup", d.warmUp())
                    .bind("effort", d.effort())
                    .bind("shoe", ownShoe(h, runnerId, d.shoeId()))
                    .bind("r", runnerId)
                    .bind("id", id)
                    .execute();
            if (n == 0) {
                throw new NotFoundException("activity", id);
            }
            also.useHandle(h);
            return n;
        });
    }

    /** The longest name the runner can give an activity. */
    public static final int MAX_NAME = Activity.MAX_NAME;

    /**
     * Gives an activity the runner's own name, or takes it away (blank): the page then calls it by
     * its sport and date.
     *
     * @throws IllegalArgumentException when the name is longer than {@link #MAX_NAME}
     */
    public void rename(String runnerId, String id, String name) {
        String n = name == null ? null : name.strip().replaceAll("\\s+", " ");
        if (n != null && n.length() > MAX_NAME) {
            throw new IllegalArgumentException("name is " + n.length() + " characters long; " + MAX_NAME + " at most");
        }
        String stored = n == null || n.isEmpty() ? null : n;
        int updated = jdbi.withHandle(
                h -> h.createUpdate("UPDATE activities SET name = :name WHERE runner_id = :r AND id = :id")
                        .bind("name", stored)
                        .bind("r", runnerId)
                        .bind("id", id)
                        .execute());
        if (updated == 0) {
            throw new NotFoundException("activity", id);
        }
    }

    /** The highest maximum heart rate in the runner's log, ignoring values over {@code ceiling} (glitches). */
    public Optional<Integer> highestHeartRate(String runnerId, int ceiling) {
        return Optional.ofNullable(jdbi.withHandle(
                h -> h.createQuery("SELECT MAX(max_hr) FROM activities WHERE runner_id = :r AND max_hr <= :c")
                        .bind("r", runnerId)
                        .bind("c", ceiling)
                        .mapTo(Integer.class)
                        .one()));
    }

    public void delete(String runnerId, String id) {
        int n = jdbi.withHandle(h -> h.createUpdate("DELETE FROM activities WHERE runner_id = :r AND id = :id")
                .bind("r", runnerId)
                .bind("id", id)
                .execute());
        if (n == 0) {
            throw new NotFoundException("activity", id);
        }
    }

    @Override
    public List<String> runnerTables() {
        return List.of("best_efforts", "activities");
    }

    /**
     * The activities with their laps and samples (kept apart in activity_streams) put back on each,
     * and each run's best efforts ({@link EffortStore}, written with the run).
     */
    @Override
    public Map<String, List<Map<String, Object>>> exportRows(Handle h, String runnerId) {
        Map<String, List<Map<String, Object>>> out = new java.util.LinkedHashMap<>();
        out.put(
                "activities",
                RunnerOwned.rows(
                        h,
                        "SELECT a.*, s.laps_json, s.samples_gz FROM activities a "
                                + "LEFT JOIN activity_streams s ON s.activity_id = a.id WHERE a.runner_id = :r",
                        runnerId));
        out.put("best_efforts", RunnerOwned.rows(h, "SELECT * FROM best_efforts WHERE runner_id = :r", runnerId));
        return out;
    }

    @Override
    public void deleteRows(Handle h, String runnerId) {
        h.createUpdate("DELETE FROM best_efforts WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
        h.createUpdate("DELETE FROM activities WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
    }

    private static Optional<String> findSame(Handle h, String runnerId, Activity a) {
        long start = a.start().toInstant().toEpochMilli();
        List<Object[]> near = h.createQuery(
                        "SELECT id, sport, distance_m, elapsed_s FROM activities WHERE runner_id = :r "
                                + "AND start_ms BETWEEN :lo AND :hi")
                .bind("r", runnerId)
                .bind("lo", start - SAME_START.toMillis())
                .bind("hi", start + SAME_START.toMillis())
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getLong(4)})
                .list();
        for (Object[] row : near) {
            Sport sport = Sport.valueOf((String) row[1]);
            double d = (Double) row[2];
            double max = Math.max(d, a.distance().metres());
            double diff = Math.abs(d - a.distance().metres());
            boolean sameDistance = diff <= 50 || diff / max <= SAME_DISTANCE;
            long e = (Long) row[3];
            long ownElapsed = a.elapsed().toSeconds();
            long elapsedDiff = Math.abs(e - ownElapsed);
            // a GPX track may count a GPS jump across an auto-pause that the device left out, so the
            // same activity can differ in distance while its elapsed time agrees (see docs/importer.md)
            boolean sameElapsed = elapsedDiff <= 60 || elapsedDiff <= SAME_DISTANCE * Math.max(e, ownElapsed);
            if (sport.isRun() == a.sport().isRun() && (sameDistance || sameElapsed)) {
                return Optional.of((String) row[0]);
            }
        }
        return Optional.empty();
    }

    /** A shoe id is kept only when it is one of this runner's shoes. */
    private static String ownShoe(Handle h, String runnerId, String shoeId) {
        if (shoeId == null || shoeId.isBlank()) {
            return null;
        }
        boolean own = h.createQuery("SELECT COUNT(*) FROM shoes WHERE id = :id AND runner_id = :r")
                        .bind("id", shoeId)
                        .bind("r", runnerId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
        if (!own) {
            throw new NotFoundException("shoe", shoeId);
        }
        return shoeId;
    }

    private static StoredActivity read(ResultSet rs, boolean withStream) throws SQLException {
        return read(rs, withStream, Integer.MAX_VALUE, rs.getInt("points"));
    }

    /** @param streamPoints how many samples the stream read holds (the stored count, or the page stream's at most) */
    private static StoredActivity read(ResultSet rs, boolean withStream, int maxSamples, int streamPoints)
            throws SQLException {
        int points = rs.getInt("points");
        ZoneId zone = ZoneId.of(rs.getString("zone"));
        Activity a = Activity.builder(
                        Sport.valueOf(rs.getString("sport")),
                        Instant.ofEpochMilli(rs.getLong("start_ms")).atZone(zone),
                        Distance.ofMetres(rs.getDouble("distance_m")),
                        Duration.ofSeconds(rs.getLong("elapsed_s")))
                .moving(Duration.ofSeconds(rs.getLong("moving_s")))
                .elevationGainMetres((Double) nullable(rs, "elevation_gain", rs.getDouble("elevation_gain")))
                .averageHeartRate((Integer) nullable(rs, "avg_hr", rs.getInt("avg_hr")))
                .maxHeartRate((Integer) nullable(rs, "max_hr", rs.getInt("max_hr")))
                .averageCadence((Integer) nullable(rs, "avg_cadence", rs.getInt("avg_cadence")))
                .maxCadence((Integer) nullable(rs, "max_cadence", rs.getInt("max_cadence")))
                .laps(withStream ? laps(rs.getString("laps_json")) : List.of())
                .samples(
                        withStream
                                ? SampleCodec.unpack(rs.getString("samples_gz"), streamPoints, maxSamples)
                                : List.of())
                .name(rs.getString("name"))
                .source(ActivitySource.ofId(rs.getString("source")))
                .sourceName(rs.getString("source_name"))
                .build();
        String surface = rs.getString("surface");
        RunDetails d = new RunDetails(
                surface == null ? null : Surface.ofId(surface),
                (Boolean) nullable(rs, "warmup", rs.getBoolean("warmup")),
                (Integer) nullable(rs, "effort", rs.getInt("effort")),
                rs.getString("shoe_id"));
        return new StoredActivity(
                rs.getString("id"),
                a,
                d,
                withStream && maxSamples == Integer.MAX_VALUE ? a.samples().size() : points);
    }

    private static Object nullable(ResultSet rs, String column, Object value) throws SQLException {
        rs.getObject(column);
        return rs.wasNull() ? null : value;
    }

    private record LapRow(long startMs, long elapsedS, long movingS, double metres, Integer avgHr, Integer maxHr) {}

    private static String lapsJson(List<Lap> laps) {
        List<LapRow> rows = new ArrayList<>();
        for (Lap l : laps) {
            rows.add(new LapRow(
                    l.start().toEpochMilli(),
                    l.elapsed().toSeconds(),
                    l.moving() == null ? l.elapsed().toSeconds() : l.moving().toSeconds(),
                    l.distance().metres(),
                    l.averageHeartRate(),
                    l.maxHeartRate()));
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Lap> laps(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<LapRow> rows = JSON.readValue(json, new TypeReference<List<LapRow>>() {});
            return rows.stream()
                    .map(r -> new Lap(
                            Instant.ofEpochMilli(r.startMs()),
                            Duration.ofSeconds(r.elapsedS()),
                            Duration.ofSeconds(r.movingS()),
                            Distance.ofMetres(r.metres()),
                            r.avgHr(),
                            r.maxHr()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At most {@code max} evenly spaced samples of {@code samples}, the first and the last among them. */
    static List<Sample> thin(List<Sample> samples, int max) {
        if (samples.size() <= max) {
            return samples;
        }
        int every = (int) Math.ceil(samples.size() / (double) (max - 1));
        List<Sample> out = new ArrayList<>(max);
        for (int i = 0; i < samples.size(); i += every) {
            out.add(samples.get(i));
        }
        if ((samples.size() - 1) % every != 0) {
            out.add(samples.get(samples.size() - 1));
        }
        return out;
    }
}

package org.runmend.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.activity.Distance;
import org.runmend.store.Database;
import org.runmend.store.Ids;
import org.runmend.store.NotFoundException;
import org.runmend.store.RunnerOwned;

/** A runner's shoes. Every query is scoped to the runner; at most one pair is the default. */
public final class ShoeStore implements RunnerOwned {
    /** Runs updated per statement when a pair is assigned to past runs. */
    private static final int CHUNK = 500;

    private final Database db;
    private final Jdbi jdbi;
    private final Clock clock;

    public ShoeStore(Database db, Clock clock) {
        this.db = db;
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    /** Adds a pair; the first pair a runner adds becomes the default. */
    public Shoe add(String runnerId, String name, LocalDate start, Distance alert, boolean makeDefault) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("shoe name must be 1 to 100 characters");
        }
        String id = Ids.next();
        jdbi.useTransaction(h -> {
            boolean first = h.createQuery("SELECT COUNT(*) FROM shoes WHERE runner_id = :r")
                            .bind("r", runnerId)
                            .mapTo(Integer.class)
                            .one()
                    == 0;
            boolean isDefault = makeDefault || first;
            if (isDefault) {
                h.createUpdate("UPDATE shoes SET is_default = :f WHERE runner_id = :r")
                        .bind("f", false)
                        .bind("r", runnerId)
                        .execute();
            }
            h.createUpdate(
                            "INSERT INTO shoes (id, runner_id, name, start_date, alert_km, retired, is_default, created_at) "
                                    + "VALUES (:id, :r, :name, :start, :alert, :retired, :def, :at)")
                    .bind("id", id)
                    .bind("r", runnerId)
                    .bind("name", name.trim())
                    .bind("start", start.toString())
                    .bind("alert", alert.toKilometres())
                    .bind("retired", false)
                    .bind("def", isDefault)
                    .bind("at", clock.millis())
                    .execute();
        });
        return get(runnerId, id);
    }

    public List<Shoe> list(String runnerId) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM shoes WHERE runner_id = :r ORDER BY retired, start_date DESC")
                        .bind("r", runnerId)
                        .map((rs, ctx) -> read(rs))
                        .list());
    }

    public Shoe get(String runnerId, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM shoes WHERE runner_id = :r AND id = :id")
                        .bind("r", runnerId)
                        .bind("id", id)
                        .map((rs, ctx) -> read(rs))
                        .findFirst())
                .orElseThrow(() -> new NotFoundException("shoe", id));
    }

    public Optional<Shoe> defaultPair(String runnerId) {
        return list(runnerId).stream().filter(Shoe::defaultPair).findFirst();
    }

    public void makeDefault(String runnerId, String id) {
        jdbi.useTransaction(h -> {
            get(runnerId, id);
            h.createUpdate("UPDATE shoes SET is_default = (id = :id) WHERE runner_id = :r")
                    .bind("id", id)
                    .bind("r", runnerId)
                    .execute();
        });
    }

    /** Retires a pair: it keeps its history but no longer raises alerts or is the default. */
    public void retire(String runnerId, String id) {
        int n = jdbi.withHandle(
                h -> h.createUpdate("UPDATE shoes SET retired = :t, is_default = :f WHERE runner_id = :r AND id = :id")
                        .bind("t", true)
                        .bind("f", false)
                        .bind("r", runnerId)
                        .bind("id", id)
                        .execute());
        if (n == 0) {
            throw new NotFoundException("shoe", id);
        }
    }

    public void setAlert(String runnerId, String id, Distance alert) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE shoes SET alert_km = :a WHERE runner_id = :r AND id = :id")
                .bind("a", alert.toKilometres())
                .bind("r", runnerId)
                .bind("id", id)
                .execute());
        if (n == 0) {
            throw new NotFoundException("shoe", id);
        }
    }

    /**
     * What assigning a pair to past runs did, or would do.
     *
     * @param runs     the runs that were (or would be) given the pair: those already in it are not counted
     * @param distance their distance
     * @param newStart the pair's first day moved back to the earliest of those runs, null when it stays
     * @param applied  saved; false for a preview
     */
    public record Assignment(
            Shoe pair,
            LocalDate from,
            LocalDate to,
            boolean onlyWithoutPair,
            int runs,
            Distance distance,
            LocalDate newStart,
            boolean applied) {
        public Optional<LocalDate> movedStart() {
            return Optional.ofNullable(newStart);
        }
    }

    /**
     * Gives a pair to the past runs from {@code from} to {@code to} (the runner's days, inclusive) in
     * one step, or with {@code apply} false only counts what that would do. With
     * {@code onlyWithoutPair} runs that name another pair keep it. Runs count towards a pair only on
     * or after its first day ({@link ShoeWear}), so when the earliest run given is before it, the
     * pair's first day moves back to that run's day.
     *
     * <p>One transaction: on PostgreSQL it takes the runner's lock that saves take too and locks the
     * rows it reads ({@code FOR UPDATE}); on SQLite the transaction begins {@code IMMEDIATE}. Two
     * assignments at once (two tabs, two app instances) therefore take turns, and a run "without a
     * pair" is given only one.
     *
     * @throws NotFoundException        when the pair is not this runner's
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public Assignment assignRuns(
            String runnerId,
            String shoeId,
            LocalDate from,
            LocalDate to,
            boolean onlyWithoutPair,
            java.time.ZoneId runnerZone,
            boolean apply) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day (" + to + ") is before the first (" + from + ")");
        }
        return db.inTransaction(h -> {
            if (apply) {
                ActivityStore.lockRunner(db, h, runnerId);
            }
            Shoe pair = h.createQuery("SELECT * FROM shoes WHERE runner_id = :r AND id = :id")
                    .bind("r", runnerId)
                    .bind("id", shoeId)
                    .map((rs, ctx) -> read(rs))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("shoe", shoeId));
            java.time.Instant lo =
                    from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minus(RunHistory.MARGIN);
            java.time.Instant hi = to.plusDays(1)
                    .atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant()
                    .plus(RunHistory.MARGIN);
            List<String> ids = new java.util.ArrayList<>();
            double[] metres = {0};
            LocalDate[] earliest = {null};
            java.util.Map<String, java.time.ZoneId> zones = new java.util.HashMap<>();
            h.createQuery(
                            "SELECT id, start_ms, zone, distance_m FROM activities WHERE runner_id = :r AND start_ms >= :lo "
                                    + "AND start_ms < :hi AND sport IN (" + ActivityStore.RUN_SPORTS + ") "
                                    + (onlyWithoutPair
                                            ? "AND shoe_id IS NULL "
                                            : "AND (shoe_id IS NULL OR shoe_id <> :s) ")
                                    + "ORDER BY start_ms" + (apply && db.isPostgres() ? " FOR UPDATE" : ""))
                    .bind("r", runnerId)
                    .bind("lo", lo.toEpochMilli())
                    .bind("hi", hi.toEpochMilli())
                    .bind("s", shoeId)
                    .map((rs, ctx) -> {
                        java.time.ZonedDateTime recorded = java.time.Instant.ofEpochMilli(rs.getLong("start_ms"))
                                .atZone(zones.computeIfAbsent(rs.getString("zone"), java.time.ZoneId::of));
                        LocalDate day = RunnerCalendar.day(recorded, runnerZone);
                        if (!day.isBefore(from) && !day.isAfter(to)) {
                            ids.add(rs.getString("id"));
                            metres[0] += rs.getDouble("distance_m");
                            if (earliest[0] == null || day.isBefore(earliest[0])) {
                                earliest[0] = day;
                            }
                        }
                        return day;
                    })
                    .list();
            LocalDate newStart = earliest[0] != null && earliest[0].isBefore(pair.start()) ? earliest[0] : null;
            if (apply) {
                for (int i = 0; i < ids.size(); i += CHUNK) {
                    h.createUpdate("UPDATE activities SET shoe_id = :s WHERE runner_id = :r AND id IN (<ids>)")
                            .bind("s", shoeId)
                            .bind("r", runnerId)
                            .bindList("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                            .execute();
                }
                if (newStart != null) {
                    h.createUpdate("UPDATE shoes SET start_date = :d WHERE runner_id = :r AND id = :id")
                            .bind("d", newStart.toString())
                            .bind("r", runnerId)
                            .bind("id", shoeId)
                            .execute();
                }
            }
            return new Assignment(
                    pair, from, to, onlyWithoutPair, ids.size(), Distance.ofMetres(metres[0]), newStart, apply);
        });
    }

    private static Shoe read(java.sql.ResultSet rs) throws java.sql.SQLException {
        Shoe s = Shoe.of(rs.getString("id"), rs.getString("name"), LocalDate.parse(rs.getString("start_date")))
                .withAlertDistance(Distance.ofKilometres(rs.getDouble("alert_km")));
        if (rs.getBoolean("retired")) {
            s = s.asRetired();
        }
        if (rs.getBoolean("is_default")) {
            s = s.asDefault();
        }
        return s;
    }

    @Override
    public List<String> runnerTables() {
        return List.of("shoes");
    }

    @Override
    public Map<String, List<Map<String, Object>>> exportRows(Handle h, String runnerId) {
        return Map.of("shoes", RunnerOwned.rows(h, "SELECT * FROM shoes WHERE runner_id = :r", runnerId));
    }

    /** The runner's activities keep their figures: their shoe link is set to null by the schema. */
    @Override
    public void deleteRows(Handle h, String runnerId) {
        h.createUpdate("DELETE FROM shoes WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
    }
}

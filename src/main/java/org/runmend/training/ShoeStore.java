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
    private final Jdbi jdbi;
    private final Clock clock;

    public ShoeStore(Database db, Clock clock) {
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
            boolean first = h.createQuery("SELECT COUNT(*) FROM shoes WHERE runner_id = :r").bind("r", runnerId)
                    .mapTo(Integer.class).one() == 0;
            boolean isDefault = makeDefault || first;
            if (isDefault) {
                h.createUpdate("UPDATE shoes SET is_default = :f WHERE runner_id = :r").bind("f", false).bind("r", runnerId).execute();
            }
            h.createUpdate("INSERT INTO shoes (id, runner_id, name, start_date, alert_km, retired, is_default, created_at) "
                            + "VALUES (:id, :r, :name, :start, :alert, :retired, :def, :at)")
                    .bind("id", id).bind("r", runnerId).bind("name", name.trim()).bind("start", start.toString())
                    .bind("alert", alert.toKilometres()).bind("retired", false).bind("def", isDefault)
                    .bind("at", clock.millis()).execute();
        });
        return get(runnerId, id);
    }

    public List<Shoe> list(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM shoes WHERE runner_id = :r ORDER BY retired, start_date DESC")
                .bind("r", runnerId).map((rs, ctx) -> read(rs)).list());
    }

    public Shoe get(String runnerId, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM shoes WHERE runner_id = :r AND id = :id")
                .bind("r", runnerId).bind("id", id).map((rs, ctx) -> read(rs)).findFirst())
                .orElseThrow(() -> new NotFoundException("shoe", id));
    }

    public Optional<Shoe> defaultPair(String runnerId) {
        return list(runnerId).stream().filter(Shoe::defaultPair).findFirst();
    }

    public void makeDefault(String runnerId, String id) {
        jdbi.useTransaction(h -> {
            get(runnerId, id);
            h.createUpdate("UPDATE shoes SET is_default = (id = :id) WHERE runner_id = :r").bind("id", id).bind("r", runnerId).execute();
        });
    }

    /** Retires a pair: it keeps its history but no longer raises alerts or is the default. */
    public void retire(String runnerId, String id) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE shoes SET retired = :t, is_default = :f WHERE runner_id = :r AND id = :id")
                .bind("t", true).bind("f", false).bind("r", runnerId).bind("id", id).execute());
        if (n == 0) {
            throw new NotFoundException("shoe", id);
        }
    }

    public void setAlert(String runnerId, String id, Distance alert) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE shoes SET alert_km = :a WHERE runner_id = :r AND id = :id")
                .bind("a", alert.toKilometres()).bind("r", runnerId).bind("id", id).execute());
        if (n == 0) {
            throw new NotFoundException("shoe", id);
        }
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
        h.createUpdate("DELETE FROM shoes WHERE runner_id = :r").bind("r", runnerId).execute();
    }
}

package org.runmend.accounts;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.runmend.activity.Units;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;

/** A runner's display settings kept in the database: for now the distance unit (km or miles). */
public final class RunnerSettings {
    private final Jdbi jdbi;

    public RunnerSettings(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The runner's unit; kilometres for an unknown runner (nothing to show then anyway). */
    public Units units(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT units FROM runners WHERE id = :id")
                .bind("id", runnerId).mapTo(String.class).findFirst())
                .map(Units::parse).orElse(Units.KM);
    }

    public void setUnits(String runnerId, Units units) {
        Objects.requireNonNull(units, "units");
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE runners SET units = :u WHERE id = :id")
                .bind("u", units.symbol()).bind("id", runnerId).execute());
        if (n == 0) {
            throw new NotFoundException("runner", runnerId);
        }
    }
}

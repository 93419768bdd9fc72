package org.runmend.accounts;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.runmend.activity.Units;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;

/**
 * A runner's settings kept in the database: the distance unit (km or miles), the time zone their
 * days are counted in (when "today" starts, which week a run belongs to, how saved times read), and
 * the country whose emergency numbers an urgent result offers to call.
 */
public final class RunnerSettings {
    private final Jdbi jdbi;

    public RunnerSettings(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The runner's unit; kilometres for an unknown runner (nothing to show then anyway). */
    public Units units(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT units FROM runners WHERE id = :id")
                        .bind("id", runnerId)
                        .mapTo(String.class)
                        .findFirst())
                .map(Units::parse)
                .orElse(Units.KM);
    }

    public void setUnits(String runnerId, Units units) {
        Objects.requireNonNull(units, "units");
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE runners SET units = :u WHERE id = :id")
                .bind("u", units.symbol())
                .bind("id", runnerId)
                .execute());
        if (n == 0) {
            throw new NotFoundException("runner", runnerId);
        }
    }

    /** The runner's time zone, empty when they never chose one (nor signed up from a browser that said). */
    public Optional<ZoneId> zone(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT zone FROM runners WHERE id = :id")
                        .bind("id", runnerId)
                        .mapTo(String.class)
                        .findFirst())
                .flatMap(RunnerSettings::parseZone);
    }

    public void setZone(String runnerId, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE runners SET zone = :z WHERE id = :id")
                .bind("z", zone.getId())
                .bind("id", runnerId)
                .execute());
        if (n == 0) {
            throw new NotFoundException("runner", runnerId);
        }
    }

    /**
     * The runner's own heart-rate figures, each null when not set.
     *
     * @param max       maximum heart rate (bpm)
     * @param resting   resting heart rate (bpm)
     * @param birthYear year of birth, for an age-based maximum
     */
    public record HeartRate(Integer max, Integer resting, Integer birthYear) {
        public static final HeartRate NONE = new HeartRate(null, null, null);
    }

    public HeartRate heartRate(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max_hr, resting_hr, birth_year FROM runners WHERE id = :id")
                        .bind("id", runnerId)
                        .map((rs, ctx) -> new HeartRate(
                                rs.getObject(1) == null ? null : rs.getInt(1),
                                rs.getObject(2) == null ? null : rs.getInt(2),
                                rs.getObject(3) == null ? null : rs.getInt(3)))
                        .findFirst())
                .orElse(HeartRate.NONE);
    }

    /** Stores the figures as given (checked by the settings form); nulls clear them. */
    public void setHeartRate(String runnerId, HeartRate hr) {
        Objects.requireNonNull(hr, "hr");
        int n = jdbi.withHandle(
                h -> h.createUpdate("UPDATE runners SET max_hr = :m, resting_hr = :r, birth_year = :b WHERE id = :id")
                        .bind("m", hr.max())
                        .bind("r", hr.resting())
                        .bind("b", hr.birthYear())
                        .bind("id", runnerId)
                        .execute());
        if (n == 0) {
            throw new NotFoundException("runner", runnerId);
        }
    }

    /** The country whose emergency numbers the runner's urgent results show; empty when never set. */
    public Optional<String> emergencyRegion(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT emergency_region FROM runners WHERE id = :id")
                        .bind("id", runnerId)
                        .mapTo(String.class)
                        .findFirst())
                .filter(EmergencyLines::known);
    }

    /**
     * Sets the country whose emergency numbers urgent results show.
     *
     * @throws IllegalArgumentException for a code {@link EmergencyLines} does not list
     */
    public void setEmergencyRegion(String runnerId, String region) {
        if (!EmergencyLines.known(region)) {
            throw new IllegalArgumentException("unknown country code '" + region + "'");
        }
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE runners SET emergency_region = :r WHERE id = :id")
                .bind("r", region)
                .bind("id", runnerId)
                .execute());
        if (n == 0) {
            throw new NotFoundException("runner", runnerId);
        }
    }

    /**
     * A time zone id as {@link ZoneId#of} reads it ("Europe/Berlin", "UTC", "+02:00"); empty for
     * null, blank, unknown or malformed ids, and for ids longer than the column holds.
     */
    public static Optional<ZoneId> parseZone(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

package org.runmend.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Objects;
import org.runmend.activity.Activity;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;

/**
 * One run as the load analysis sees it. The optional parts are null when not recorded, as in
 * {@link Activity}; an unrecorded value never counts as "no".
 *
 * @param start              start time in the zone it was run in; its local date is the run's day
 * @param moving             time in motion
 * @param surface            road, trail, track, treadmill or grass; null when not recorded
 * @param warmUp             whether the runner warmed up first; null when not recorded
 * @param shoeId             the {@link Shoe#id()} worn; null when not recorded
 * @param effort             perceived effort 1 (very easy) to 10 (maximal); null when not recorded
 * @param elevationGainMetres total climb; null when the device did not record it
 */
public record Run(
        ZonedDateTime start,
        Distance distance,
        Duration moving,
        Surface surface,
        Boolean warmUp,
        String shoeId,
        Integer effort,
        Double elevationGainMetres) {
    public Run {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(moving, "moving");
        if (moving.isNegative()) {
            throw new IllegalArgumentException("run on " + start + ": moving time must be >= 0, got " + moving);
        }
        if (effort != null && (effort < 1 || effort > 10)) {
            throw new IllegalArgumentException("run on " + start + ": perceived effort must be 1 to 10, got " + effort);
        }
        if (shoeId != null && shoeId.isBlank()) {
            shoeId = null;
        }
        if (elevationGainMetres != null && (!(elevationGainMetres >= 0) || elevationGainMetres.isInfinite())) {
            throw new IllegalArgumentException(
                    "run on " + start + ": elevation gain must be >= 0 m, got " + elevationGainMetres);
        }
    }

    /** A run with nothing but its time, distance and moving time recorded. */
    public static Run of(ZonedDateTime start, Distance distance, Duration moving) {
        return new Run(start, distance, moving, null, null, null, null, null);
    }

    /**
     * The run an imported or manually entered activity describes. Trail running becomes
     * {@link Surface#TRAIL} and treadmill running {@link Surface#TREADMILL}; plain running keeps the
     * surface unrecorded, because a GPS track does not say whether it was road or grass.
     *
     * @throws IllegalArgumentException when the activity is not a run (walks, rides, ...)
     */
    public static Run fromActivity(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        if (!activity.sport().isRun()) {
            throw new IllegalArgumentException(
                    "activity '" + activity.sourceName() + "' is " + activity.sport() + ", not a run");
        }
        Surface surface = switch (activity.sport()) {
            case TRAIL_RUNNING -> Surface.TRAIL;
            case TREADMILL -> Surface.TREADMILL;
            default -> null;
        };
        Double climb = activity.sport() == Sport.TREADMILL ? null : activity.elevationGainMetres();
        return new Run(activity.start(), activity.distance(), activity.moving(), surface, null, null, null, climb);
    }

    /** As {@link #fromActivity(Activity)}, worn in the default pair of that day if there is one. */
    public static Run fromActivity(Activity activity, Collection<Shoe> shoes) {
        Run run = fromActivity(activity);
        return Shoe.defaultOn(shoes, run.date()).map(s -> run.withShoe(s.id())).orElse(run);
    }

    public Run withSurface(Surface s) {
        return new Run(start, distance, moving, s, warmUp, shoeId, effort, elevationGainMetres);
    }

    public Run withWarmUp(Boolean done) {
        return new Run(start, distance, moving, surface, done, shoeId, effort, elevationGainMetres);
    }

    public Run withShoe(String id) {
        return new Run(start, distance, moving, surface, warmUp, id, effort, elevationGainMetres);
    }

    public Run withEffort(Integer rpe) {
        return new Run(start, distance, moving, surface, warmUp, shoeId, rpe, elevationGainMetres);
    }

    /** The run placed on the runner's calendar ({@link RunnerCalendar}). */
    public Run onCalendarOf(java.time.ZoneId runnerZone) {
        return new Run(
                RunnerCalendar.start(start, runnerZone),
                distance,
                moving,
                surface,
                warmUp,
                shoeId,
                effort,
                elevationGainMetres);
    }

    public Run withElevationGain(Double metres) {
        return new Run(start, distance, moving, surface, warmUp, shoeId, effort, metres);
    }

    /** The day the runner ran it, in the zone it was run in (a run abroad keeps its local day). */
    public LocalDate date() {
        return start.toLocalDate();
    }

    /**
     * Session load after Foster (1998): minutes x perceived effort when the effort is known, else
     * plain minutes. Mixing the two in one week mixes units; the report says which it used.
     */
    double load() {
        double minutes = moving.toMillis() / 60_000.0;
        return effort == null ? minutes : minutes * effort;
    }
}

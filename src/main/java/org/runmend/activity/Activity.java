package org.runmend.activity;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The one neutral model every importer (GPX, TCX, FIT, Strava export) produces, and manual entry
 * too. Optional measurements are null when the source has none.
 *
 * @param start           start time with the zone it happened in (UTC when the file does not say)
 * @param moving          time in motion (pauses removed)
 * @param elapsed         wall-clock time from start to end
 * @param averageCadence  steps per minute for runs (both feet), revolutions per minute for rides
 * @param source          where it came from, e.g. "gpx", "tcx", "fit", "strava-zip", "manual"
 * @param sourceName      the file (or ZIP entry) name, for messages
 */
public record Activity(Sport sport, ZonedDateTime start, Distance distance, Duration moving, Duration elapsed,
                       Double elevationGainMetres, Integer averageHeartRate, Integer maxHeartRate,
                       Integer averageCadence, Integer maxCadence, List<Lap> laps, List<Sample> samples,
                       String name, String source, String sourceName) {
    public Activity {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(elapsed, "elapsed");
        moving = moving == null ? elapsed : moving;
        laps = laps == null ? List.of() : List.copyOf(laps);
        samples = samples == null ? List.of() : List.copyOf(samples);
    }
}

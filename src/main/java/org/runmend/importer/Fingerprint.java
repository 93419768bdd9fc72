package org.runmend.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.runmend.activity.Activity;

/**
 * Recognises the same activity imported twice, from another format or another file (the FIT
 * from the watch, the GPX from Strava, the TCX from Garmin Connect).
 *
 * <p>Two activities are the same when they start within {@link #START_TOLERANCE} (formats
 * round differently and a GPX starts at its first fix) and either their distances differ by at
 * most {@link #DISTANCE_TOLERANCE} of the longer one (or 50 m), or their elapsed times differ by
 * at most 3% (or 60 s). Distance alone is not enough: a GPX haversine sum includes what was
 * covered while the device was auto-paused, which the device's own total leaves out (the
 * 5039744860 ride: 899 m in the GPX, 668 m in the FIT and TCX). Both together keep the legs of
 * a multisport file apart (a transition and the run after it start seconds apart, but differ in
 * both). Sport is not compared: GPX often has none.
 *
 * <p>For storage: keep {@link #key()} with each activity (indexed), look up candidates with
 * {@link #lookupKeys()} (the start's two-minute bucket and its neighbours, so any start within
 * 60 s is found), then confirm with {@link #matches}.
 */
public record Fingerprint(Instant start, double distanceMetres, Duration elapsed) {
    public static final Duration START_TOLERANCE = Duration.ofSeconds(60);
    public static final double DISTANCE_TOLERANCE = 0.03;
    private static final long BUCKET_SECONDS = 120;

    public Fingerprint {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public static Fingerprint of(Activity a) {
        return new Fingerprint(a.start().toInstant(), a.distance().metres(), a.elapsed());
    }

    /** The stable key stored with the activity: "fp1-" and its start's two-minute bucket. */
    public String key() {
        return key(bucket());
    }

    /** The keys under which a duplicate of this activity may be stored. */
    public List<String> lookupKeys() {
        long b = bucket();
        return List.of(key(b - 1), key(b), key(b + 1));
    }

    public boolean matches(Fingerprint other) {
        long dt = Math.abs(Duration.between(start, other.start).toSeconds());
        if (dt > START_TOLERANCE.toSeconds()) {
            return false;
        }
        return close(distanceMetres, other.distanceMetres, 50)
                || close(elapsed.toMillis() / 1000.0, other.elapsed.toMillis() / 1000.0, 60);
    }

    private static boolean close(double a, double b, double absolute) {
        double diff = Math.abs(a - b);
        return diff <= absolute || diff <= DISTANCE_TOLERANCE * Math.max(a, b);
    }

    private long bucket() {
        return Math.floorDiv(start.getEpochSecond(), BUCKET_SECONDS);
    }

    private static String key(long bucket) {
        return "fp1-" + bucket;
    }
}

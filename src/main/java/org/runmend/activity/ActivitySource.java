package org.runmend.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where an activity came from: a file format the importer reads, a Strava export archive, or a run
 * entered by hand. Stored as its {@link #id()} (the text the log has always stored), read back with
 * {@link #ofId}.
 */
public enum ActivitySource {
    GPX("gpx"),
    TCX("tcx"),
    FIT("fit"),
    /** An activity from a Strava bulk export archive, whatever its file's format inside. */
    STRAVA_EXPORT("strava-zip"),
    MANUAL("manual"),
    /** Saved before the log kept the source, or by code that did not say. */
    UNKNOWN("unknown");

    private final String id;

    ActivitySource(String id) {
        this.id = id;
    }

    /** The text stored in the log and given by the API: "gpx", "strava-zip", "manual", … */
    public String id() {
        return id;
    }

    /** True for an activity read from a file (or an archive of files), not entered by hand. */
    public boolean isFile() {
        return this != MANUAL && this != UNKNOWN;
    }

    /**
     * The source stored as {@code id}.
     *
     * @throws IllegalArgumentException naming the value and the known ones
     */
    public static ActivitySource ofId(String id) {
        for (ActivitySource s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown activity source '" + id + "': expected one of "
                + Arrays.stream(values()).map(ActivitySource::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toUpperCase(Locale.ROOT);
    }
}

package org.runmend.activity;

import java.util.Locale;

/** The kind of activity, normalised from each format's own words. */
public enum Sport {
    RUNNING,
    TRAIL_RUNNING,
    TREADMILL,
    WALKING,
    HIKING,
    CYCLING,
    SWIMMING,
    OTHER;

    public boolean isRun() {
        return this == RUNNING || this == TRAIL_RUNNING || this == TREADMILL;
    }

    /** Maps a format's sport name ("Running", "run", "Ride", "running/trail", ...) to a sport. */
    public static Sport fromName(String name) {
        if (name == null) {
            return OTHER;
        }
        String n = name.toLowerCase(Locale.ROOT).replace('_', ' ').trim();
        if (n.contains("treadmill")) {
            return TREADMILL;
        }
        if (n.contains("trail")) {
            return TRAIL_RUNNING;
        }
        if (n.contains("run") || n.equals("jog") || n.contains("jogging")) {
            return RUNNING;
        }
        if (n.contains("walk")) {
            return WALKING;
        }
        if (n.contains("hik")) {
            return HIKING;
        }
        if (n.contains("bik") || n.contains("cycl") || n.contains("ride") || n.contains("biking")) {
            return CYCLING;
        }
        if (n.contains("swim")) {
            return SWIMMING;
        }
        return OTHER;
    }
}

package org.runmend.training;

import java.util.Locale;

/** What a run was run on, as the runner recorded it. Unknown surfaces are simply not recorded. */
public enum Surface {
    ROAD,
    TRAIL,
    TRACK,
    TREADMILL,
    GRASS;

    /** The lower-case id used in storage and forms: "road", "trail", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The id: a form or a template that writes a surface writes its id. */
    @Override
    public String toString() {
        return id();
    }

    /** Parses an id as written by {@link #id()}, ignoring case and surrounding spaces. */
    public static Surface ofId(String id) {
        if (id != null) {
            String s = id.trim().toUpperCase(Locale.ROOT);
            for (Surface surface : values()) {
                if (surface.name().equals(s)) {
                    return surface;
                }
            }
        }
        throw new IllegalArgumentException(
                "surface must be one of road, trail, track, treadmill, grass; got '" + id + "'");
    }
}

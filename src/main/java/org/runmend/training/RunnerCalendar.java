package org.runmend.training;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Which day of the runner's calendar an activity falls on. Most GPX files, and FIT files without a
 * local time, give only UTC; such a start is read in the runner's zone, so a morning run in Auckland
 * is not counted on the evening before. A start that carries its own local offset (a FIT file's local
 * time, a TCX or GPX offset, a run entered by hand) keeps its local day, so a run abroad stays on the
 * day it was run.
 */
public final class RunnerCalendar {
    private RunnerCalendar() {}

    /** The start as the runner reads it. */
    public static ZonedDateTime start(ZonedDateTime recorded, ZoneId runnerZone) {
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(runnerZone, "runnerZone");
        return recorded.getZone().normalized().equals(ZoneOffset.UTC)
                ? recorded.withZoneSameInstant(runnerZone)
                : recorded;
    }

    /** The runner's day of a start. */
    public static LocalDate day(ZonedDateTime recorded, ZoneId runnerZone) {
        return start(recorded, runnerZone).toLocalDate();
    }
}

package org.runmend.diary;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day's pain in one region, as the diary keeps it and the clinician report shows it: {@code score}
 * 0-10 at its worst that day (during the run, if there was one), {@code morningAfter} the next
 * morning's score when given.
 *
 * @param id           the diary's id for the entry
 * @param region       a region id from the knowledge base (shown by its name), or free text
 * @param score        0 (no pain) to 10 (worst imaginable), the verbal numeric rating scale
 * @param morningAfter the next morning's score, or null
 * @param note         the runner's own words, at most {@value #MAX_NOTE} characters, or null
 * @param activityId   the run the pain came with, or null
 */
public record PainEntry(
        String id, LocalDate date, String region, int score, Integer morningAfter, String note, String activityId) {
    /** The longest note the diary keeps. */
    public static final int MAX_NOTE = 500;

    public PainEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain score " + score + " must be between 0 and 10");
        }
        if (morningAfter != null && (morningAfter < 0 || morningAfter > 10)) {
            throw new IllegalArgumentException("morning-after score " + morningAfter + " must be between 0 and 10");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
        }
    }
}

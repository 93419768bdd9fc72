package org.runmend.diary;

import java.time.LocalDate;

/**
 * One day's pain in one region: {@code score} 0-10 at its worst that day (during the run, if
 * there was one), {@code morningAfter} the next morning's score when given.
 */
public record PainEntry(String id, LocalDate day, String region, int score, Integer morningAfter, String note,
                        String activityId) {
    public PainEntry {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain score " + score + " must be between 0 and 10");
        }
        if (morningAfter != null && (morningAfter < 0 || morningAfter > 10)) {
            throw new IllegalArgumentException("morning-after score " + morningAfter + " must be between 0 and 10");
        }
        if (note != null && note.length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
    }
}

package org.runmend.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One pain score from the runner's diary.
 *
 * @param region a region id from the knowledge base (shown by its name), or free text
 * @param score  0 (no pain) to 10 (worst imaginable), the verbal numeric rating scale
 * @param note   the runner's own words, or null
 */
public record PainEntry(LocalDate date, String region, int score, String note) {
    public PainEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain score " + score + " on " + date + " must be between 0 and 10");
        }
    }
}

package org.runmend.diary;

import java.util.Objects;

/**
 * The pain a runner gives with a run on the run form: where and how bad. The diary keeps it as the
 * run's {@link PainEntry} ({@link Diary#setAfterRun}), so the diary, its chart and the clinician
 * report see it with every other entry.
 *
 * @param region a region id from the knowledge base
 * @param score  0 (no pain) to 10 (worst imaginable)
 */
public record PainAfterRun(String region, int score) {
    public PainAfterRun {
        Objects.requireNonNull(region, "region");
        if (region.isBlank()) {
            throw new IllegalArgumentException("region must not be blank");
        }
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain score " + score + " must be between 0 and 10");
        }
    }

    /** The pain of a diary entry, as the run form shows it. */
    public static PainAfterRun of(PainEntry e) {
        return new PainAfterRun(e.region(), e.score());
    }
}

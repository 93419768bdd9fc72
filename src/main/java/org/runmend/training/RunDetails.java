package org.runmend.training;

import java.util.Arrays;
import java.util.List;

/**
 * What a runner adds to an activity that no device records: surface, warm-up, perceived effort and
 * shoes. Any field may be null (not said). Pain afterwards is not a detail of the run: it is the
 * run's entry in the pain diary ({@code diary.Diary#setAfterRun}), where the diary's chart and the
 * clinician report read it.
 */
public record RunDetails(Surface surface, Boolean warmUp, Integer effort, String shoeId) {
    /** The surfaces' ids, for forms: "road", "trail", … ({@link Surface#id()}). */
    public static final List<String> SURFACES =
            Arrays.stream(Surface.values()).map(Surface::id).toList();

    public static final RunDetails NONE = new RunDetails(null, null, null, null);

    public RunDetails {
        if (effort != null && (effort < 1 || effort > 10)) {
            throw new IllegalArgumentException("effort " + effort + " must be between 1 and 10");
        }
    }

    public RunDetails withShoe(String id) {
        return new RunDetails(surface, warmUp, effort, id);
    }
}

package org.runmend.knowledge;

import java.util.List;

/**
 * A body region a runner can pick on the body map.
 *
 * @param longPainDays days of pain after which self-care alone is not enough in this region (the
 *                     triage then asks for an examination soon), or null for the triage's own
 *                     default; where pain is expected to settle more slowly (the lower back) it is
 *                     longer. Checked at load: 1 to {@value #MAX_LONG_PAIN_DAYS}.
 */
public record Region(String id, String name, String description, List<String> seeds, Integer longPainDays) {
    /** The longest {@code longPainDays} a region may give: half a year. */
    public static final int MAX_LONG_PAIN_DAYS = 182;

    public Region {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }
}

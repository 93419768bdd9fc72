package org.runmend.knowledge;

import java.util.List;

/** A body region a runner can pick on the body map. */
public record Region(String id, String name, String description, List<String> seeds) {
    public Region {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }
}

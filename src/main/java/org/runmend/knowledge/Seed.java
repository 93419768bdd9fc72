package org.runmend.knowledge;

import java.util.List;

/** One of the five seed articles RunMend's knowledge was first drawn from. */
public record Seed(String file, String title, String topic, List<String> regions) {
    public Seed {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}

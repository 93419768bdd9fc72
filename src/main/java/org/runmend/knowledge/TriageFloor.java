package org.runmend.knowledge;

import java.util.List;
import java.util.function.Predicate;

/**
 * A red-flag rule: when the case is in one of {@code regions} (any region when empty), has every
 * finding of {@code allOf} and at least one of {@code anyOf} (when given), its triage is at least
 * {@code level}. {@code askIn} lists the regions where the interview screens for it early: the
 * first finding of {@code allOf}, the rest only once each earlier one was answered yes.
 */
public record TriageFloor(String id, Triage level, List<String> regions, List<String> allOf, List<String> anyOf,
                          List<String> askIn, String reason, String source) {
    public TriageFloor {
        askIn = askIn == null ? List.of() : List.copyOf(askIn);
        regions = regions == null ? List.of() : List.copyOf(regions);
        allOf = allOf == null ? List.of() : List.copyOf(allOf);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    public boolean appliesTo(String region, Predicate<String> present) {
        return (regions.isEmpty() || regions.contains(region))
                && allOf.stream().allMatch(present)
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(present));
    }

    /** The findings of the case that triggered this floor. */
    public List<String> triggeredBy(Predicate<String> present) {
        return java.util.stream.Stream.concat(allOf.stream(), anyOf.stream().filter(present)).toList();
    }
}

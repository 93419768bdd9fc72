package org.runmend.knowledge;

import java.util.List;
import java.util.function.Predicate;

/**
 * A red-flag rule: when the case is in one of {@code regions} (any region when empty), is
 * younger than {@code ageBelow} (when given), has every finding of {@code allOf} and at least
 * one of {@code anyOf} (when given), its triage is at least {@code level}.
 *
 * <p>{@code askIn} lists regions where the safety screen also asks this floor's findings that
 * are not red flags themselves (a pop or snap at the Achilles, say); the red-flag findings of
 * every floor are asked in every region where the floor can apply.
 */
public record TriageFloor(String id, Triage level, List<String> regions, Integer ageBelow, List<String> allOf,
                          List<String> anyOf, List<String> askIn, String reason, String source) {
    public TriageFloor {
        askIn = askIn == null ? List.of() : List.copyOf(askIn);
        regions = regions == null ? List.of() : List.copyOf(regions);
        allOf = allOf == null ? List.of() : List.copyOf(allOf);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** Whether the floor can apply to a case in this region of this age, whatever its findings. */
    public boolean canApply(String region, Integer age) {
        return (regions.isEmpty() || regions.contains(region))
                && (ageBelow == null || (age != null && age < ageBelow));
    }

    public boolean appliesTo(String region, Integer age, Predicate<String> present) {
        return canApply(region, age)
                && allOf.stream().allMatch(present)
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(present));
    }

    /** Every finding the floor looks at. */
    public List<String> findings() {
        return java.util.stream.Stream.concat(allOf.stream(), anyOf.stream()).toList();
    }

    /** The findings of the case that triggered this floor. */
    public List<String> triggeredBy(Predicate<String> present) {
        return java.util.stream.Stream.concat(allOf.stream(), anyOf.stream().filter(present)).toList();
    }
}

package org.runmend.knowledge;

import java.util.List;
import java.util.function.Predicate;

/**
 * A red-flag rule: when the case is in one of {@code regions} (any region when empty), is
 * younger than {@code ageBelow} and at least {@code ageAtLeast} (each when given), has a pain
 * score of at least {@code painScoreAtLeast} (when given), has every finding of {@code allOf} and
 * at least one of {@code anyOf} (when given), its triage is at least {@code level}.
 *
 * <p>{@code askIn} lists regions where the safety screen also asks this floor's first finding
 * when it is not a red flag itself (a pop or snap at the Achilles, say); the red-flag findings of
 * every floor are asked in every region where the floor can apply.
 */
public record TriageFloor(
        String id,
        Triage level,
        List<String> regions,
        Integer ageBelow,
        Integer ageAtLeast,
        Integer painScoreAtLeast,
        List<String> allOf,
        List<String> anyOf,
        List<String> askIn,
        String reason,
        String source) {
    public TriageFloor {
        askIn = askIn == null ? List.of() : List.copyOf(askIn);
        regions = regions == null ? List.of() : List.copyOf(regions);
        allOf = allOf == null ? List.of() : List.copyOf(allOf);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /**
     * Whether the floor can apply to a case in this region, of this age and pain score, whatever
     * its findings. An unknown age or pain score never meets a bound on it.
     */
    public boolean canApply(String region, Integer age, Integer painScore) {
        return (regions.isEmpty() || regions.contains(region))
                && (ageBelow == null || (age != null && age < ageBelow))
                && (ageAtLeast == null || (age != null && age >= ageAtLeast))
                && (painScoreAtLeast == null || (painScore != null && painScore >= painScoreAtLeast));
    }

    public boolean appliesTo(String region, Integer age, Integer painScore, Predicate<String> present) {
        return canApply(region, age, painScore)
                && allOf.stream().allMatch(present)
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(present));
    }

    /** Every finding the floor looks at. */
    public List<String> findings() {
        return java.util.stream.Stream.concat(allOf.stream(), anyOf.stream()).toList();
    }

    /** The findings of the case that triggered this floor. */
    public List<String> triggeredBy(Predicate<String> present) {
        return java.util.stream.Stream.concat(allOf.stream(), anyOf.stream().filter(present))
                .toList();
    }
}

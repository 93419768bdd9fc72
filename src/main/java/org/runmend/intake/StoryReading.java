package org.runmend.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a story states, each part only where the story gives it, and the words each came from.
 *
 * @param findings finding id to true (stated) or false (denied); a finding the story does not
 *                 state, or only hedges ("maybe a bit swollen?") or places in the past, is not here
 * @param evidence one entry per finding, region, side, age, sex, duration and pain score read
 */
public record StoryReading(
        Optional<String> region,
        Optional<String> side,
        Optional<Integer> age,
        Optional<String> sex,
        Optional<Integer> durationDays,
        Optional<Integer> painScore,
        Map<String, Boolean> findings,
        List<Evidence> evidence) {

    /** What was read and the words it was read from. {@code finding} is a finding id, or a field name. */
    public record Evidence(String finding, boolean present, String text) {}

    /** The names evidence uses for the fields that are not findings. */
    public static final List<String> FIELDS = List.of("region", "side", "age", "sex", "durationDays", "painScore");

    public StoryReading {
        findings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(findings));
        evidence = List.copyOf(evidence);
    }

    /** A reading of nothing: the story was empty, in another language or only emoji. */
    public static StoryReading nothing() {
        return new StoryReading(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                List.of());
    }

    /** True when the story gave nothing RunMend understood. */
    public boolean isEmpty() {
        return region.isEmpty()
                && side.isEmpty()
                && age.isEmpty()
                && sex.isEmpty()
                && durationDays.isEmpty()
                && painScore.isEmpty()
                && findings.isEmpty();
    }

    /** The words a field or finding was read from. */
    public Optional<String> wordsFor(String findingOrField) {
        return evidence.stream()
                .filter(e -> e.finding().equals(findingOrField))
                .map(Evidence::text)
                .findFirst();
    }

    /** A copy with the region the runner tapped, which wins over the story's words. */
    public StoryReading withRegion(String tapped) {
        return new StoryReading(
                Optional.of(tapped),
                side,
                age,
                sex,
                durationDays,
                painScore,
                findings,
                evidence.stream().filter(e -> !e.finding().equals("region")).toList());
    }
}

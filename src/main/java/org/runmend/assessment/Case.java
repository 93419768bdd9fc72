package org.runmend.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.runmend.knowledge.CaseFacts;

/**
 * One pain check case: who, where, how long, how bad, and the findings stated present (true)
 * or absent (false). Findings not in the map are unknown; those the runner was asked and
 * answered "not sure" are also in {@code unsure} (a {@code null} in a case line, an "unknown"
 * answer in the interview), which the ranking ignores like any unknown but a must-not-miss rule
 * does not take as a no (knowledge/must-not-miss.json). Build it with {@link CaseReader}
 * when the input is untrusted; this constructor only guards the invariants.
 */
public record Case(
        String id,
        Integer age,
        String sex,
        String region,
        String side,
        Integer durationDays,
        Integer painScore,
        Map<String, Boolean> findings,
        java.util.Set<String> unsure)
        implements CaseFacts {
    /** The sides a runner can name; a case may leave the side out. */
    public static final java.util.List<String> SIDES = java.util.List.of("left", "right", "both");

    /** A case with no "not sure" answer. */
    public Case(
            String id,
            Integer age,
            String sex,
            String region,
            String side,
            Integer durationDays,
            Integer painScore,
            Map<String, Boolean> findings) {
        this(id, age, sex, region, side, durationDays, painScore, findings, java.util.Set.of());
    }

    /** A case that does not say which side hurts. */
    public Case(
            String id,
            Integer age,
            String sex,
            String region,
            Integer durationDays,
            Integer painScore,
            Map<String, Boolean> findings) {
        this(id, age, sex, region, null, durationDays, painScore, findings);
    }

    /** The longest pain a case can state: 100 years, as the oldest age is 100. */
    public static final int MAX_DURATION_DAYS = 36_525;
    /** The longest case id: enough for a UUID or a study's case label, not a place to store a file. */
    public static final int MAX_ID_LENGTH = 200;

    public Case {
        Objects.requireNonNull(region, "region");
        findings = findings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(findings));
        java.util.Set<String> stated = findings.keySet();
        unsure = unsure == null || unsure.isEmpty()
                ? java.util.Set.of()
                : unsure.stream()
                        .filter(f -> !stated.contains(f))
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (age != null && (age < 5 || age > 100)) {
            throw new InvalidCaseException("age", age, "must be between 5 and 100");
        }
        if (painScore != null && (painScore < 0 || painScore > 10)) {
            throw new InvalidCaseException("painScore", painScore, "must be between 0 and 10");
        }
        if (durationDays != null && durationDays < 0) {
            throw new InvalidCaseException("durationDays", durationDays, "must be 0 or more");
        }
        if (durationDays != null && durationDays > MAX_DURATION_DAYS) {
            throw new InvalidCaseException(
                    "durationDays",
                    durationDays,
                    "must be at most " + MAX_DURATION_DAYS + " (100 years, the oldest age a check takes)");
        }
        if (id != null && id.length() > MAX_ID_LENGTH) {
            throw new InvalidCaseException(
                    "id", id.length() + " characters", "must be at most " + MAX_ID_LENGTH + " characters long");
        }
        if (side != null && !SIDES.contains(side)) {
            throw new InvalidCaseException("side", side, "must be left, right, both or null");
        }
        if (sex != null && !sex.equals("female") && !sex.equals("male")) {
            throw new InvalidCaseException("sex", sex, "must be female, male or null");
        }
    }

    /** True, false, or empty when the case does not say. */
    public Optional<Boolean> stated(String findingId) {
        return Optional.ofNullable(findings.get(findingId));
    }

    @Override
    public boolean has(String findingId) {
        return Boolean.TRUE.equals(findings.get(findingId));
    }

    /** True when the runner was asked about the finding and answered "not sure". */
    @Override
    public boolean unsure(String findingId) {
        return unsure.contains(findingId);
    }

    /** A copy with one more finding stated (null: not stated, and not marked "not sure" either). */
    public Case with(String findingId, Boolean present) {
        Map<String, Boolean> copy = new LinkedHashMap<>(findings);
        if (present == null) {
            copy.remove(findingId);
        } else {
            copy.put(findingId, present);
        }
        java.util.Set<String> notSure = unsure;
        if (unsure.contains(findingId)) {
            notSure = new java.util.HashSet<>(unsure);
            notSure.remove(findingId);
        }
        return new Case(id, age, sex, region, side, durationDays, painScore, copy, notSure);
    }
}

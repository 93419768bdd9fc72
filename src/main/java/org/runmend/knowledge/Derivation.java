package org.runmend.knowledge;

/**
 * How a project finding is derived from a case field instead of being asked: present when
 * {@code min <= value <= max} (a missing bound is open), absent otherwise, unknown when the field is.
 */
public record Derivation(String field, Integer min, Integer max) {
    public static final java.util.Set<String> FIELDS = java.util.Set.of("durationDays", "painScore", "age");

    public boolean holdsFor(int value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}

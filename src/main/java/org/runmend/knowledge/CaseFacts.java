package org.runmend.knowledge;

/**
 * What the knowledge's rules read from a case: who, where, how long, how bad, and which findings
 * are stated present. Implemented by the pain check's case, so the rules stay in the knowledge.
 */
public interface CaseFacts {
    String region();

    Integer age();

    String sex();

    String side();

    Integer durationDays();

    Integer painScore();

    /** True when the finding is stated present; unknown and absent are both false. */
    boolean has(String findingId);

    /**
     * True when the runner was asked about the finding and answered "not sure": unknown, but not
     * merely unasked. A must-not-miss rule does not take it as a no (see {@link MustNotMissRule#holds}).
     */
    default boolean unsure(String findingId) {
        return false;
    }
}

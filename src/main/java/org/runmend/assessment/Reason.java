package org.runmend.assessment;

/**
 * A finding that moved a condition: stated {@code present} or absent, with the likelihood
 * ratio it applied (above 1 raised the condition, below 1 lowered it).
 */
public record Reason(String finding, boolean present, double likelihoodRatio) {
    public boolean raises() {
        return likelihoodRatio > 1;
    }
}

package org.runmend.knowledge;

/**
 * Something a case can state about the pain. {@code baseRate} is P(present) for a condition
 * that does not list the finding among its likelihoods.
 */
public record Finding(String id, String group, String means, String question, String help,
                      double baseRate, Derivation derived) {

    public boolean isRedFlag() {
        return "red-flag".equals(group);
    }

    public boolean isContext() {
        return "context".equals(group);
    }

    public boolean isDerived() {
        return derived != null;
    }
}

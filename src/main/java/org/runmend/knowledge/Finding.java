package org.runmend.knowledge;

/**
 * Something a case can state about the pain. {@code baseRate} is P(present) for a condition
 * that does not list the finding among its likelihoods. {@code statement} and
 * {@code absentStatement} say it to the runner as a sentence ("It is worst on the first steps
 * after bed or sitting." / "It is not worst on …"); both are optional.
 */
public record Finding(String id, String group, String means, String question, String help,
                      double baseRate, Derivation derived, String statement, String absentStatement) {

    public Finding(String id, String group, String means, String question, String help, double baseRate, Derivation derived) {
        this(id, group, means, question, help, baseRate, derived, null, null);
    }

    /**
     * The finding as a sentence a runner reads in a reason list: the knowledge base's own
     * statement when it has one, else the contract's meaning, and for an absent finding
     * "Not so: " before it; only as a last resort the question and the answer.
     */
    public String said(boolean present) {
        String own = present ? statement : absentStatement;
        if (own != null && !own.isBlank()) {
            return own;
        }
        if (means != null && !means.isBlank()) {
            return present ? means : "Not so: " + Character.toLowerCase(means.charAt(0)) + means.substring(1);
        }
        return (present ? "Yes to: " : "No to: ") + question;
    }

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

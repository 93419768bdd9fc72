package org.runmend.knowledge;

/**
 * Something a case can state about the pain. {@code baseRate} is P(present) for a condition
 * that does not list the finding among its likelihoods. {@code statement} and
 * {@code absentStatement} say it to the runner as a sentence ("It is worst on the first steps
 * after bed or sitting." / "It is not worst on …"); both are optional. {@code askOnly}, when
 * given, names the runners the question makes sense for (a testicle for males, a pregnancy for
 * women of child-bearing age); the interview does not ask anyone else, but a stated answer always
 * counts, and the floors hold whatever the audience. {@code askFirst} puts the question on the
 * first screen in every region.
 */
public record Finding(
        String id,
        String group,
        String means,
        String question,
        String help,
        double baseRate,
        Derivation derived,
        String statement,
        String absentStatement,
        Audience askOnly,
        Boolean askFirst) {

    /** Who a question is for: a sex and an age range, each optional. */
    public record Audience(String sex, Integer ageMin, Integer ageMax) {
        /** True unless the runner's known sex or age is outside the audience. */
        public boolean includes(String runnerSex, Integer age) {
            boolean sexFits = sex == null || runnerSex == null || sex.equals(runnerSex);
            boolean ageFits = age == null || ((ageMin == null || age >= ageMin) && (ageMax == null || age <= ageMax));
            return sexFits && ageFits;
        }
    }

    public Finding(
            String id, String group, String means, String question, String help, double baseRate, Derivation derived) {
        this(id, group, means, question, help, baseRate, derived, null, null, null, null);
    }

    /**
     * Whether the first screen asks it in every region, with the warning signs: how the pain
     * started (a twist, a fall or a knock) changes what must be ruled out everywhere.
     */
    public boolean asksFirst() {
        return Boolean.TRUE.equals(askFirst);
    }

    /** Whether the interview may ask this runner about the finding. */
    public boolean askable(String sex, Integer age) {
        return askOnly == null || askOnly.includes(sex, age);
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

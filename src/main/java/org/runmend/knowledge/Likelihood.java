package org.runmend.knowledge;

/**
 * P(finding present | condition), with the source the figure comes from.
 *
 * <p>A likelihood is <em>sourced</em> when a study gives both the finding's sensitivity for the
 * condition ({@code p}) and its specificity against the other causes of pain in that place
 * ({@code specificity}); the model then sets the finding's rate among the region's other
 * conditions to 1 - specificity (see {@link LikelihoodModel}). It is <em>defining</em> when the
 * finding is part of the condition's published case definition or diagnostic criteria
 * ({@code definition} cites them: dark urine for exertional rhabdomyolysis, say). Otherwise the
 * figure is an estimate, and its likelihood ratio against the region's other conditions stays
 * between the bounds {@link #MAX_ESTIMATE_RATIO} and {@link #MIN_ESTIMATE_ABSENT_RATIO}.
 */
public record Likelihood(double p, Double specificity, String definition, String source) {
    /** An estimate never multiplies the odds by more than this when the finding is present. */
    public static final double MAX_ESTIMATE_RATIO = 5.0;
    /** An estimate never divides the odds by more than five when the finding is absent. */
    public static final double MIN_ESTIMATE_ABSENT_RATIO = 0.2;

    public boolean sourced() {
        return specificity != null;
    }

    public boolean defining() {
        return definition != null;
    }

    public boolean estimate() {
        return !sourced() && !defining();
    }
}

package org.runmend.knowledge;

/**
 * P(finding present | condition), with the source the figure comes from.
 *
 * <p>A likelihood is <em>sourced</em> when a study gives both the finding's sensitivity for the
 * condition ({@code p}) and its specificity against the other causes of pain in that place
 * ({@code specificity}); the model then sets the finding's rate among the region's other
 * conditions to 1 - specificity (see {@code assessment.LikelihoodModel}). Without a
 * specificity the figure is an estimate, and the model keeps it modest.
 */
public record Likelihood(double p, Double specificity, String source) {

    public boolean sourced() {
        return specificity != null;
    }
}

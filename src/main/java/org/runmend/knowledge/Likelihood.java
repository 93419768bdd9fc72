package org.runmend.knowledge;

/** P(finding present | condition), with the source the figure comes from. */
public record Likelihood(double p, String source) {
}

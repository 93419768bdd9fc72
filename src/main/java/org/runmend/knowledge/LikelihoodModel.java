package org.runmend.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * P(finding | condition) in each region, and each finding's rate among a condition's
 * neighbours in that region: the numbers the pain check multiplies and the likelihood ratios it
 * shows.
 *
 * <p>A condition uses its own likelihood of a finding where the knowledge gives one, and the
 * finding's {@code baseRate} otherwise. Where a study gives the finding's specificity for one of
 * the region's conditions, the other conditions' likelihoods of that finding in that region (all
 * but other sourced or defining ones) are scaled together, on the odds scale so their order is
 * kept, until the finding's rate among that condition's neighbours (weighted by their priors) is
 * 1 - specificity: how often the study saw the finding in people with pain in that place who did
 * not have the condition. With several such studies for one finding in one region the scale is
 * their geometric mean.
 *
 * <p>The likelihood ratio of a finding for a condition is its likelihood over its rate among the
 * other conditions of the region: sensitivity / (1 - specificity) for a sourced pair, as in the
 * study. Built once from the knowledge base; immutable and thread-safe.
 */
public final class LikelihoodModel {
    /** Scaled likelihoods are kept inside this range, so no finding is treated as certain or impossible. */
    static final double MIN_RATE = 0.002;

    static final double MAX_RATE = 0.98;

    private final Map<String, Integer> findingIndex = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();

    LikelihoodModel(List<Finding> findings, Map<String, List<Condition>> conditionsByRegion) {
        for (int i = 0; i < findings.size(); i++) {
            findingIndex.put(findings.get(i).id(), i);
        }
        conditionsByRegion.forEach((region, conds) -> regions.put(region, new Region(region, conds, findings)));
    }

    /** The position of a finding in every region's tables, or -1 if there is no such finding. */
    public int findingIndex(String findingId) {
        return findingIndex.getOrDefault(findingId, -1);
    }

    public Optional<Region> region(String regionId) {
        return Optional.ofNullable(regions.get(regionId));
    }

    /** One region's conditions, priors, likelihoods and neighbour rates. */
    public static final class Region {
        private final String id;
        private final List<Condition> conditions;
        private final double[] priors;
        private final double[][] p;
        private final double[][] rest;
        private final Map<String, Integer> conditionIndex = new HashMap<>();

        Region(String id, List<Condition> conditions, List<Finding> findings) {
            this.id = id;
            this.conditions = List.copyOf(conditions);
            int n = conditions.size();
            int m = findings.size();
            priors = new double[n];
            for (int c = 0; c < n; c++) {
                priors[c] = conditions.get(c).priors().get(id);
                conditionIndex.put(conditions.get(c).id(), c);
            }
            p = new double[n][m];
            rest = new double[n][m];
            for (int f = 0; f < m; f++) {
                Finding finding = findings.get(f);
                for (int c = 0; c < n; c++) {
                    Likelihood l = conditions.get(c).likelihoods().get(finding.id());
                    p[c][f] = l != null ? l.p() : finding.baseRate();
                }
                calibrate(finding, f);
                for (int c = 0; c < n; c++) {
                    rest[c][f] = neighbours(c, f);
                }
            }
        }

        /** The finding's rate among every condition of the region but {@code c}, weighted by prior. */
        private double neighbours(int c, int f) {
            double weight = 0;
            double sum = 0;
            for (int o = 0; o < priors.length; o++) {
                if (o != c) {
                    weight += priors[o];
                    sum += priors[o] * p[o][f];
                }
            }
            return weight > 0 ? sum / weight : p[c][f];
        }

        /** Scales the adjustable likelihoods of one finding so each sourced neighbour rate is 1 - specificity. */
        private void calibrate(Finding finding, int f) {
            int n = conditions.size();
            boolean[] fixed = new boolean[n];
            for (int c = 0; c < n; c++) {
                Likelihood l = conditions.get(c).likelihoods().get(finding.id());
                fixed[c] = l != null && !l.estimate();
            }
            double logScale = 0;
            int studies = 0;
            for (int c = 0; c < n && n > 1; c++) {
                Likelihood l = conditions.get(c).likelihoods().get(finding.id());
                if (l == null || !l.sourced()) {
                    continue;
                }
                double target = 1 - l.specificity();
                double lo = -12;
                double hi = 12;
                for (int iteration = 0; iteration < 60; iteration++) {
                    double mid = (lo + hi) / 2;
                    if (scaledNeighbours(f, c, fixed, mid) < target) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                logScale += (lo + hi) / 2;
                studies++;
            }
            if (studies == 0) {
                return;
            }
            double scale = logScale / studies;
            for (int c = 0; c < n; c++) {
                if (!fixed[c]) {
                    p[c][f] = scaled(p[c][f], scale);
                }
            }
        }

        private double scaledNeighbours(int f, int c, boolean[] fixed, double logScale) {
            double weight = 0;
            double sum = 0;
            for (int o = 0; o < priors.length; o++) {
                if (o != c) {
                    weight += priors[o];
                    sum += priors[o] * (fixed[o] ? p[o][f] : scaled(p[o][f], logScale));
                }
            }
            return sum / weight;
        }

        /** A probability with its odds multiplied by e^logScale, kept inside the model's range. */
        private static double scaled(double probability, double logScale) {
            double odds = probability / (1 - probability) * Math.exp(logScale);
            return Math.max(MIN_RATE, Math.min(MAX_RATE, odds / (1 + odds)));
        }

        public String id() {
            return id;
        }

        public List<Condition> conditions() {
            return conditions;
        }

        public int size() {
            return conditions.size();
        }

        /** The position of a condition in this region's tables, or -1 if it does not show here. */
        public int indexOf(String conditionId) {
            return conditionIndex.getOrDefault(conditionId, -1);
        }

        public double prior(int condition) {
            return priors[condition];
        }

        /** P(finding present | condition) in this region, after calibration to the sourced specificities. */
        public double p(int condition, int finding) {
            return p[condition][finding];
        }

        /** The finding's rate among the region's other conditions, weighted by their priors. */
        public double rest(int condition, int finding) {
            return rest[condition][finding];
        }

        /**
         * How much a finding stated present (or absent) multiplies the odds of the condition
         * against the region's other conditions.
         */
        public double ratio(int condition, int finding, boolean present) {
            double pc = p[condition][finding];
            double pr = rest[condition][finding];
            return present ? pc / pr : (1 - pc) / (1 - pr);
        }
    }
}

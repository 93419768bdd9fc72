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
 * <p>A condition uses its own likelihood of a finding where the knowledge gives one. Every other
 * condition of the region uses the finding's <em>background rate</em> there: the finding's
 * {@code baseRate}, unless a study gives the finding's specificity for one of the region's
 * conditions. Then the background rate is set so that the finding's rate among that condition's
 * neighbours (weighted by their priors) is 1 - specificity, which is what the study measured:
 * how often the finding shows in people with pain in that place who do not have the condition.
 * With several such studies in one region the background rate is their mean.
 *
 * <p>The likelihood ratio of a finding for a condition is its likelihood over its rate among the
 * other conditions of the region: sensitivity / (1 - specificity) for a sourced pair, as in the
 * study. Built once from the knowledge base; immutable and thread-safe.
 */
public final class LikelihoodModel {
    /** Background rates are kept inside this range, so no finding is treated as impossible. */
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
        private final double[] background;
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
            background = new double[m];
            p = new double[n][m];
            rest = new double[n][m];
            for (int f = 0; f < m; f++) {
                Finding finding = findings.get(f);
                background[f] = background(finding);
                for (int c = 0; c < n; c++) {
                    Likelihood l = conditions.get(c).likelihoods().get(finding.id());
                    p[c][f] = l != null ? l.p() : background[f];
                }
                for (int c = 0; c < n; c++) {
                    double weight = 0;
                    double sum = 0;
                    for (int o = 0; o < n; o++) {
                        if (o != c) {
                            weight += priors[o];
                            sum += priors[o] * p[o][f];
                        }
                    }
                    rest[c][f] = weight > 0 ? sum / weight : background[f];
                }
            }
        }

        /** The finding's rate in the region's conditions that do not list it (see the class comment). */
        private double background(Finding finding) {
            double total = 0;
            int studies = 0;
            for (int c = 0; c < conditions.size(); c++) {
                Likelihood l = conditions.get(c).likelihoods().get(finding.id());
                if (l == null || !l.sourced()) {
                    continue;
                }
                double weight = 0;
                double listed = 0;
                double unlisted = 0;
                for (int o = 0; o < conditions.size(); o++) {
                    if (o == c) {
                        continue;
                    }
                    weight += priors[o];
                    Likelihood other = conditions.get(o).likelihoods().get(finding.id());
                    if (other != null) {
                        listed += priors[o] * other.p();
                    } else {
                        unlisted += priors[o];
                    }
                }
                if (unlisted > 0) {
                    total += ((1 - l.specificity()) * weight - listed) / unlisted;
                    studies++;
                }
            }
            double rate = studies == 0 ? finding.baseRate() : total / studies;
            return Math.max(MIN_RATE, Math.min(MAX_RATE, rate));
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

        /** P(finding present | condition) in this region. */
        public double p(int condition, int finding) {
            return p[condition][finding];
        }

        /** The finding's rate among the region's other conditions, weighted by their priors. */
        public double rest(int condition, int finding) {
            return rest[condition][finding];
        }

        /** The finding's rate in conditions of this region that do not list it. */
        public double background(int finding) {
            return background[finding];
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

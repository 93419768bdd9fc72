package org.runmend.knowledge;

import java.util.List;

/**
 * A published rule or pattern that keeps a dangerous condition in play: when a case in one of
 * {@code regions} (the condition's regions when empty), of the given age and sex, has every
 * finding of {@code requires} and one of {@code requiresAnyOf} (when given), and its items add up
 * to at least {@code minPoints}, the condition "cannot be ruled out": the pain check keeps its
 * probability at {@code keepsAtLeast} or more, names it, and sets the triage to at least the
 * condition's level. Each rule cites where it comes from and, in {@code adapted}, what was
 * changed to let a runner answer it (knowledge/must-not-miss.json, docs/knowledge-format.md).
 * A rule about no single condition (the Ottawa knee rule: a broken bone somewhere near the knee)
 * names no condition and gives its own {@code level} and {@code regions} instead.
 */
public record MustNotMissRule(String id, String condition, Triage level, String name, List<String> regions, Integer ageAtLeast,
                              Integer ageBelow, String sex, List<String> requires, List<String> requiresAnyOf,
                              List<Item> items, int minPoints, Double keepsAtLeast, String says, String source,
                              String adapted) {

    /**
     * One item of a score: a finding stated present, or a fact of the intake (age, sex, side, pain
     * score, duration), worth {@code points} (negative for a finding that points elsewhere, like
     * Wells's "another diagnosis as likely").
     */
    public record Item(String finding, Integer ageAtLeast, Integer ageBelow, String sex, String side,
                       Integer painScoreAtLeast, Integer durationDaysAtMost, int points, String note) {
        public boolean holdsFor(CaseFacts c) {
            if (finding != null) {
                return c.has(finding);
            }
            boolean any = false;
            if (ageAtLeast != null) {
                any = true;
                if (c.age() == null || c.age() < ageAtLeast) {
                    return false;
                }
            }
            if (ageBelow != null) {
                any = true;
                if (c.age() == null || c.age() >= ageBelow) {
                    return false;
                }
            }
            if (sex != null) {
                any = true;
                if (!sex.equals(c.sex())) {
                    return false;
                }
            }
            if (side != null) {
                any = true;
                if (!side.equals(c.side())) {
                    return false;
                }
            }
            if (painScoreAtLeast != null) {
                any = true;
                if (c.painScore() == null || c.painScore() < painScoreAtLeast) {
                    return false;
                }
            }
            if (durationDaysAtMost != null) {
                any = true;
                if (c.durationDays() == null || c.durationDays() > durationDaysAtMost) {
                    return false;
                }
            }
            return any;
        }
    }

    public MustNotMissRule {
        regions = regions == null ? List.of() : List.copyOf(regions);
        requires = requires == null ? List.of() : List.copyOf(requires);
        requiresAnyOf = requiresAnyOf == null ? List.of() : List.copyOf(requiresAnyOf);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether the rule can apply to a runner of this age and sex in this region, whatever the findings. */
    public boolean canApply(String region, Integer age, String runnerSex, java.util.Collection<String> conditionRegions) {
        java.util.Collection<String> where = regions.isEmpty() ? conditionRegions : regions;
        return where.contains(region)
                && (ageAtLeast == null || (age != null && age >= ageAtLeast))
                && (ageBelow == null || (age != null && age < ageBelow))
                && (sex == null || runnerSex == null || sex.equals(runnerSex));
    }

    /** The score of a case: the points of every item that holds. */
    public int points(CaseFacts c) {
        return items.stream().filter(i -> i.holdsFor(c)).mapToInt(Item::points).sum();
    }

    /** Whether the rule keeps its condition in play for this case. */
    public boolean holds(CaseFacts c, java.util.Collection<String> conditionRegions) {
        return canApply(c.region(), c.age(), c.sex(), conditionRegions)
                && requires.stream().allMatch(c::has)
                && (requiresAnyOf.isEmpty() || requiresAnyOf.stream().anyMatch(c::has))
                && points(c) >= minPoints;
    }

    /** Every finding the rule reads: what the interview may ask to settle it. */
    public List<String> findings() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(requires);
        out.addAll(requiresAnyOf);
        items.stream().filter(i -> i.finding() != null && i.points() > 0).forEach(i -> out.add(i.finding()));
        return List.copyOf(out);
    }
}

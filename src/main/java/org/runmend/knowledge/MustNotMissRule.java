package org.runmend.knowledge;

import java.util.List;

/**
 * A published rule or pattern that keeps a dangerous condition in play: when a case in one of
 * {@code regions} (the condition's regions when empty), of the given age and sex, has every
 * finding of {@code requires} and one of {@code requiresAnyOf} (when given), each stated present
 * or answered "not sure" (see {@link #holds}), and its items add up to at least
 * {@code minPoints}, the condition "cannot be ruled out": the pain check keeps its
 * probability at {@code keepsAtLeast} or more, names it, and sets the triage to at least the
 * condition's level. Each rule cites where it comes from and, in {@code adapted}, what was
 * changed to let a runner answer it (knowledge/must-not-miss.json, docs/knowledge-format.md).
 * A rule about no single condition (the Ottawa knee rule: a broken bone somewhere near the knee)
 * names no condition and gives its own {@code level} and {@code regions} instead.
 * {@code unsureKeepsOpen} (true when left out) says whether a "not sure" to what the rule
 * requires keeps it open; false only for a rule whose requirement says which runners it was
 * made for rather than what the danger looks like (the Ottawa rules: after an injury), and
 * {@code adapted} then says why.
 */
public record MustNotMissRule(
        String id,
        String condition,
        Triage level,
        String name,
        List<String> regions,
        Integer ageAtLeast,
        Integer ageBelow,
        String sex,
        List<String> requires,
        List<String> requiresAnyOf,
        List<Item> items,
        int minPoints,
        Double keepsAtLeast,
        String says,
        String source,
        String adapted,
        Boolean unsureKeepsOpen) {

    /**
     * One item of a score: a finding stated present, or a fact of the intake (age, sex, side, pain
     * score, duration), worth {@code points} (negative for a finding that points elsewhere, like
     * Wells's "another diagnosis as likely").
     */
    public record Item(
            String finding,
            Integer ageAtLeast,
            Integer ageBelow,
            String sex,
            String side,
            Integer painScoreAtLeast,
            Integer durationDaysAtMost,
            int points,
            String note) {
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
    public boolean canApply(
            String region, Integer age, String runnerSex, java.util.Collection<String> conditionRegions) {
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

    /**
     * Whether the rule keeps its condition in play for this case. A finding the rule requires
     * that the runner answered "not sure" does not close it: the danger cannot be ruled out, so
     * the rule holds when the rest of it is met by what the runner did state (every other
     * requirement, and the points, to which a "not sure" adds nothing). A rule kept open that way
     * also needs at least one of its findings stated present: age and sex with a "not sure" are
     * no evidence of anything. An unasked finding is not a "not sure": the rule needs it stated.
     */
    public boolean holds(CaseFacts c, java.util.Collection<String> conditionRegions) {
        if (!canApply(c.region(), c.age(), c.sex(), conditionRegions)) {
            return false;
        }
        boolean keptOpen = false;
        boolean unsureCounts = !Boolean.FALSE.equals(unsureKeepsOpen);
        for (String f : requires) {
            if (!c.has(f)) {
                if (!unsureCounts || !c.unsure(f)) {
                    return false;
                }
                keptOpen = true;
            }
        }
        if (!requiresAnyOf.isEmpty() && requiresAnyOf.stream().noneMatch(c::has)) {
            if (!unsureCounts || requiresAnyOf.stream().noneMatch(c::unsure)) {
                return false;
            }
            keptOpen = true;
        }
        return points(c) >= minPoints && (!keptOpen || findings().stream().anyMatch(c::has));
    }

    /** The findings the rule requires that the runner was not sure of, when it holds only thanks to them. */
    public List<String> unsureRequirements(CaseFacts c) {
        if (Boolean.FALSE.equals(unsureKeepsOpen)) {
            return List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        requires.stream().filter(f -> !c.has(f) && c.unsure(f)).forEach(out::add);
        if (!requiresAnyOf.isEmpty() && requiresAnyOf.stream().noneMatch(c::has)) {
            requiresAnyOf.stream().filter(c::unsure).forEach(out::add);
        }
        return List.copyOf(out);
    }

    /** Every finding the rule reads: what the interview may ask to settle it. */
    public List<String> findings() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(requires);
        out.addAll(requiresAnyOf);
        items.stream().filter(i -> i.finding() != null && i.points() > 0).forEach(i -> out.add(i.finding()));
        return List.copyOf(out);
    }
}

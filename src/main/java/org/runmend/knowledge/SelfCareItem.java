package org.runmend.knowledge;

import java.util.List;

/**
 * One entry of the self-care knowledge: a cause, remedy, exercise, prevention tip, doctor-visit
 * advice or return-to-running programme, with the seeds or published sources it comes from.
 *
 * <p>{@code contextFindings} name what the entry is about: a cause or prevention tip is shown when
 * the runner said yes to one of them, and any entry is left out when the runner said no to every
 * one of them that was asked (no "replace worn shoes" after "my shoes are fine"). {@code upTo} is
 * the most urgent triage the entry still fits, when it advises something the triage forbids (no
 * "keep running" under a "stop running" headline); null means any level.
 *
 * <p>{@code when} bounds the pain the entry is written for (how many days it has lasted, how bad
 * it is): a cold pack "for a fresh injury" is not for pain of three weeks. {@code running} says
 * what the entry tells the runner to do with their running, so a plan never holds both "stop" and
 * "keep". {@code daily} is false for what is not done every day (a short course of painkillers, a
 * new pair of shoes): the recovery plan's daily checklist leaves it out.
 */
public record SelfCareItem(
        String id,
        SelfCareKind kind,
        String title,
        String summary,
        List<String> steps,
        Integer holdSeconds,
        Integer sets,
        Integer reps,
        Integer perDay,
        List<String> regions,
        List<String> conditions,
        List<String> contextFindings,
        List<String> cautions,
        List<Source> sources,
        Evidence evidence,
        Triage upTo,
        When when,
        Running running,
        Boolean daily) {

    /**
     * The pain an entry applies to, each bound inclusive and optional: days since it began
     * ({@code durationDays}) and the pain score. A bound the case does not state leaves the entry out.
     */
    public record When(Integer minDays, Integer maxDays, Integer minPain, Integer maxPain) {
        /** True when the case's duration and pain score are within every bound given. */
        public boolean holdsFor(Integer durationDays, Integer painScore) {
            return within(durationDays, minDays, maxDays) && within(painScore, minPain, maxPain);
        }

        /** True when some case could satisfy both this and the other window. */
        public boolean overlaps(When other) {
            return overlap(minDays, maxDays, other.minDays, other.maxDays)
                    && overlap(minPain, maxPain, other.minPain, other.maxPain);
        }

        private static boolean within(Integer value, Integer min, Integer max) {
            if (min == null && max == null) {
                return true;
            }
            return value != null && (min == null || value >= min) && (max == null || value <= max);
        }

        private static boolean overlap(Integer min1, Integer max1, Integer min2, Integer max2) {
            int lo = Math.max(min1 == null ? Integer.MIN_VALUE : min1, min2 == null ? Integer.MIN_VALUE : min2);
            int hi = Math.min(max1 == null ? Integer.MAX_VALUE : max1, max2 == null ? Integer.MAX_VALUE : max2);
            return lo <= hi;
        }
    }

    /** What an entry tells the runner to do with their running. */
    public enum Running {
        /** Stop running for now. */
        STOP,
        /** Keep running, at a load the sore part takes. */
        KEEP;

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Running ofId(String id) {
            return switch (id == null ? "" : id) {
                case "stop" -> STOP;
                case "keep" -> KEEP;
                default -> throw new IllegalArgumentException("running '" + id + "' is not one of [stop, keep]");
            };
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final When ALWAYS = new When(null, null, null, null);

    /** A seed claim that current evidence contradicts, and what RunMend says instead. */
    public record Evidence(String claim, String verdict, String note, List<Source> sources) {
        public Evidence {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public SelfCareItem {
        if (kind == null) {
            throw new IllegalArgumentException(
                    "has no kind (one of " + java.util.Arrays.toString(SelfCareKind.values()) + ")");
        }
        steps = steps == null ? List.of() : List.copyOf(steps);
        regions = regions == null ? List.of() : List.copyOf(regions);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        contextFindings = contextFindings == null ? List.of() : List.copyOf(contextFindings);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        sources = sources == null ? List.of() : List.copyOf(sources);
        when = when == null ? ALWAYS : when;
        daily = daily == null ? Boolean.TRUE : daily;
    }

    /** True when the entry is written for pain of this duration and score. */
    public boolean fitsPain(Integer durationDays, Integer painScore) {
        return when.holdsFor(durationDays, painScore);
    }

    /**
     * True for an entry of the recovery plan's daily checklist: a remedy or exercise done every
     * day, whatever the pain's age and score, and that does not say to keep running (the plan's
     * graded return to running says how much to run).
     */
    public boolean isDailyTask() {
        return (kind == SelfCareKind.EXERCISE || kind == SelfCareKind.REMEDY)
                && daily
                && when.equals(ALWAYS)
                && running != Running.KEEP;
    }

    /**
     * The dose in words, e.g. "12 repetitions, hold each 2 seconds, 3 sets, once a day"; empty
     * when the entry gives none. The one wording used by the guides, the result page and the terminal.
     */
    public java.util.Optional<String> dose() {
        List<String> parts = new java.util.ArrayList<>();
        if (reps != null) {
            parts.add(reps + (reps == 1 ? " repetition" : " repetitions"));
        }
        if (holdSeconds != null) {
            parts.add((reps != null ? "hold each " : "hold ")
                    + holdSeconds
                    + (holdSeconds == 1 ? " second" : " seconds"));
        }
        if (sets != null) {
            parts.add(sets + (sets == 1 ? " set" : " sets"));
        }
        if (perDay != null) {
            parts.add(
                    switch (perDay) {
                        case 1 -> "once a day";
                        case 2 -> "twice a day";
                        default -> perDay + " times a day";
                    });
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        String s = String.join(", ", parts);
        return java.util.Optional.of(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }

    /** True when the runner answered no to every context finding of this entry that they were asked. */
    public boolean deniedBy(java.util.Map<String, Boolean> answers) {
        List<Boolean> asked = contextFindings.stream()
                .filter(answers::containsKey)
                .map(answers::get)
                .toList();
        return !asked.isEmpty() && asked.stream().noneMatch(Boolean::booleanValue);
    }

    /** True when the entry fits the region: it names none, or names this one. */
    public boolean fitsRegion(String region) {
        return regions.isEmpty() || regions.contains(region);
    }

    /** True when the entry's advice agrees with the triage headline. */
    public boolean fitsTriage(Triage level) {
        return upTo == null || !level.isAbove(upTo);
    }

    public boolean citesSeed(String seedFile) {
        return sources.stream().anyMatch(s -> seedFile.equals(s.seed()));
    }
}

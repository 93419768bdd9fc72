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
 */
public record SelfCareItem(String id, SelfCareKind kind, String title, String summary, List<String> steps,
                           Integer holdSeconds, Integer sets, Integer reps, Integer perDay,
                           List<String> regions, List<String> conditions, List<String> contextFindings,
                           List<String> cautions, List<Source> sources, Evidence evidence, Triage upTo) {

    /** A seed claim that current evidence contradicts, and what RunMend says instead. */
    public record Evidence(String claim, String verdict, String note, List<Source> sources) {
        public Evidence {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    public SelfCareItem {
        if (kind == null) {
            throw new IllegalArgumentException("has no kind (one of " + java.util.Arrays.toString(SelfCareKind.values()) + ")");
        }
        steps = steps == null ? List.of() : List.copyOf(steps);
        regions = regions == null ? List.of() : List.copyOf(regions);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        contextFindings = contextFindings == null ? List.of() : List.copyOf(contextFindings);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        sources = sources == null ? List.of() : List.copyOf(sources);
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
            parts.add((reps != null ? "hold each " : "hold ") + holdSeconds + (holdSeconds == 1 ? " second" : " seconds"));
        }
        if (sets != null) {
            parts.add(sets + (sets == 1 ? " set" : " sets"));
        }
        if (perDay != null) {
            parts.add(switch (perDay) {
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
        List<Boolean> asked = contextFindings.stream().filter(answers::containsKey).map(answers::get).toList();
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

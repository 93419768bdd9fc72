package org.runmend.knowledge;

import java.util.List;
import java.util.Map;

/** A condition the pain check can name, with everything the scoring and the plan need. */
public record Condition(
        String id,
        String name,
        String icd10,
        String description,
        Triage triage,
        Map<String, Double> priors,
        List<PriorModifier> priorModifiers,
        Map<String, Likelihood> likelihoods,
        See see,
        List<Source> sources) {

    /** Whom to see, and when. */
    public record See(String who, String when) {}

    public Condition {
        priors = priors == null ? Map.of() : Map.copyOf(priors);
        priorModifiers = priorModifiers == null ? List.of() : List.copyOf(priorModifiers);
        likelihoods = likelihoods == null ? Map.of() : Map.copyOf(likelihoods);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean showsIn(String regionId) {
        return priors.containsKey(regionId);
    }
}

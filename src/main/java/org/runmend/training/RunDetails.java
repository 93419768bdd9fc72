package org.runmend.training;

/**
 * What a runner adds to an activity that no device records: surface, warm-up, perceived effort,
 * shoes, and pain afterwards. Any field may be null (not said).
 */
public record RunDetails(String surface, Boolean warmUp, Integer effort, String shoeId, String painRegion, Integer painScore) {
    public static final java.util.List<String> SURFACES = java.util.List.of("road", "trail", "track", "treadmill", "grass");
    public static final RunDetails NONE = new RunDetails(null, null, null, null, null, null);

    public RunDetails {
        if (surface != null && !SURFACES.contains(surface)) {
            throw new IllegalArgumentException("surface '" + surface + "' must be one of " + String.join(", ", SURFACES));
        }
        if (effort != null && (effort < 1 || effort > 10)) {
            throw new IllegalArgumentException("effort " + effort + " must be between 1 and 10");
        }
        if (painScore != null && (painScore < 0 || painScore > 10)) {
            throw new IllegalArgumentException("pain score " + painScore + " must be between 0 and 10");
        }
    }

    public RunDetails withShoe(String id) {
        return new RunDetails(surface, warmUp, effort, id, painRegion, painScore);
    }
}

package org.runmend.training;

/**
 * What a flag is about, with the knowledge-base cause entry (selfcare.json, kind "cause") it maps
 * to and the contract context finding (findings.json, group "context") it pre-answers. A test
 * checks that each cause exists and lists that finding.
 */
public enum FlagKind {
    /** A run over 10% longer than the longest of the 30 days before it, in the last 4 weeks. */
    RUN_SPIKE("cause-session-too-hard", "load-increase"),
    /** A week over 30% above the week before and above each of the 4 weeks before, in the last 4 weeks. */
    WEEKLY_INCREASE("cause-progression-too-fast", "load-increase"),
    /** A pair past its alert distance, worn in the last 4 weeks and not retired. */
    WORN_SHOES("cause-unsuitable-shoes", "unsuitable-shoes"),
    /** A pair started in the last 3 weeks and not retired. */
    NEW_SHOES("cause-unsuitable-shoes", "new-shoes"),
    /** Clearly more runs well faster than usual in the last 4 weeks than in the 12 weeks before. */
    FASTER_RUNS("cause-progression-too-fast", "hills-or-speed"),
    /** Clearly more climbing per kilometre in the last 4 weeks than in the 12 weeks before. */
    MORE_CLIMBING("cause-uneven-or-sloped-ground", "hills-or-speed"),
    /** Most of the last 4 weeks' distance was on road. */
    HARD_SURFACE("cause-hard-surface", "hard-surface"),
    /** A warm-up on under half of the last 4 weeks' runs where it was recorded. */
    NO_WARMUP("cause-no-warmup", "no-warmup");

    private final String causeId;
    private final String contextFinding;

    FlagKind(String causeId, String contextFinding) {
        this.causeId = causeId;
        this.contextFinding = contextFinding;
    }

    public String causeId() {
        return causeId;
    }

    public String contextFinding() {
        return contextFinding;
    }
}

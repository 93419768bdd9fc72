package org.runmend.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/**
 * What a self-care entry is, written in the knowledge files by its {@link #id}. Declared most
 * pressing first: a condition's entries are listed in this order.
 */
public enum SelfCareKind {
    SEE_DOCTOR("see-doctor"),
    REMEDY("remedy"),
    EXERCISE("exercise"),
    RETURN_TO_RUNNING("return-to-running"),
    PREVENTION("prevention"),
    CAUSE("cause");

    private static final List<String> IDS =
            Arrays.stream(values()).map(SelfCareKind::id).toList();

    private final String id;

    SelfCareKind(String id) {
        this.id = id;
    }

    /** The id in the knowledge files, e.g. {@code see-doctor}; also the page's CSS class. */
    public String id() {
        return id;
    }

    /**
     * True for what the runner does to treat the pain themselves (a remedy, an exercise, the
     * return to running), which is never offered for a condition that needs a doctor today.
     */
    public boolean isSelfTreatment() {
        return this == REMEDY || this == EXERCISE || this == RETURN_TO_RUNNING;
    }

    /** True for a tip about why it happened or how to keep it away: a cause or a prevention. */
    public boolean isTip() {
        return this == CAUSE || this == PREVENTION;
    }

    /**
     * Parses a knowledge-file id.
     *
     * @throws IllegalArgumentException naming the value and the kinds there are
     */
    @JsonCreator
    public static SelfCareKind ofId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind '" + id + "' is not one of " + IDS));
    }

    @JsonValue
    @Override
    public String toString() {
        return id;
    }
}

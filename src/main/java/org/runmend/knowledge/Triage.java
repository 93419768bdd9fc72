package org.runmend.knowledge;

import java.util.Arrays;
import java.util.Locale;

/** The contract's triage levels, from least to most urgent; {@code compareTo} orders by urgency. */
public enum Triage {
    SELF_CARE("self-care"),
    SOON("soon"),
    URGENT("urgent"),
    EMERGENCY("emergency");

    private final String id;

    Triage(String id) {
        this.id = id;
    }

    /** The contract id, e.g. {@code self-care}. */
    public String id() {
        return id;
    }

    public boolean isAbove(Triage other) {
        return compareTo(other) > 0;
    }

    public static Triage max(Triage a, Triage b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Parses a contract id; throws {@link IllegalArgumentException} naming the value. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Triage ofId(String id) {
        return Arrays.stream(values())
                .filter(t -> t.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown triage level '" + id + "' (expected emergency, urgent, soon or self-care)"));
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return id;
    }
}

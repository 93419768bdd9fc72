package org.runmend.interview;

import java.util.Arrays;
import java.util.Locale;

/** A runner's answer to one question: yes, no, or not sure (unknown, which changes nothing). */
public enum Answer {
    YES("yes"),
    NO("no"),
    UNKNOWN("unknown");

    private final String id;

    Answer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The finding's stated value: true, false, or null for unknown. */
    public Boolean asFinding() {
        return this == UNKNOWN ? null : this == YES;
    }

    /** Parses yes, no, unknown (also "not sure"); throws naming the value otherwise. */
    public static Answer ofId(String s) {
        String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("not sure") || v.equals("not-sure")) {
            return UNKNOWN;
        }
        return Arrays.stream(values())
                .filter(a -> a.id.equals(v))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("answer '" + s + "' must be yes, no or unknown"));
    }
}

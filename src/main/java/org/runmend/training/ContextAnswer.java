package org.runmend.training;

import java.util.Objects;

/**
 * A contract context finding the training log can answer, and why, so the pain check can
 * pre-answer the question and show the runner where the answer came from.
 */
public record ContextAnswer(String findingId, boolean present, String reason) {
    public ContextAnswer {
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(reason, "reason");
    }
}

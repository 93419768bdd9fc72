package org.runmend.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something in the log worth a runner's attention, in plain words.
 *
 * @param causeId        the knowledge-base cause entry, e.g. "cause-session-too-hard"
 * @param contextFinding the contract context finding it pre-answers, e.g. "load-increase"
 * @param explanation    for the runner, with the numbers behind it
 * @param dates          the day(s) it concerns, oldest first
 */
public record Flag(FlagKind kind, String causeId, String contextFinding, String explanation, List<LocalDate> dates) {
    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(explanation, "explanation");
        dates = List.copyOf(dates);
        if (!kind.causeId().equals(causeId) || !kind.contextFinding().equals(contextFinding)) {
            throw new IllegalArgumentException(kind + " maps to " + kind.causeId() + " / " + kind.contextFinding()
                    + ", not " + causeId + " / " + contextFinding);
        }
    }

    public Flag(FlagKind kind, String explanation, List<LocalDate> dates) {
        this(kind, kind.causeId(), kind.contextFinding(), explanation, dates);
    }
}

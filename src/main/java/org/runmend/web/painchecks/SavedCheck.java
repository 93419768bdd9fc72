package org.runmend.web.painchecks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.runmend.assessment.SavedAssessments;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;

/** One kept pain check as the list shows it. */
public record SavedCheck(String id, String when, String region, String triage, String topCondition) {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /**
     * The checks with their times in the runner's zone, in words: the triage as its headline, and
     * the likeliest cause marked as secondary when the advice was set for something more urgent.
     */
    static List<SavedCheck> of(KnowledgeBase kb, List<SavedAssessments.Saved> saved, ZoneId zone) {
        return saved.stream()
                .map(s -> {
                    Triage level = level(s.triage());
                    String advice =
                            level == null ? "See the check" : kb.advice(level).headline();
                    String top = kb.condition(s.topCondition())
                            .map(c -> level != null && level.isAbove(c.triage())
                                    ? c.name() + " (the advice is set for something more urgent)"
                                    : c.name())
                            .orElse("A cause no longer in the check");
                    return new SavedCheck(
                            s.id(),
                            WHEN.format(s.at().atZone(zone)),
                            kb.region(s.region()).map(r -> r.name()).orElse("Another area"),
                            advice,
                            top);
                })
                .toList();
    }

    private static Triage level(String id) {
        try {
            return Triage.ofId(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

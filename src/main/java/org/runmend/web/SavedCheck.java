package org.runmend.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.runmend.assessment.SavedAssessments;
import org.runmend.knowledge.KnowledgeBase;

/** One kept pain check as the list shows it. */
public record SavedCheck(String id, String when, String region, String triage, String topCondition) {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** The checks with their times in the runner's zone. */
    static List<SavedCheck> of(KnowledgeBase kb, List<SavedAssessments.Saved> saved, ZoneId zone) {
        return saved.stream().map(s -> new SavedCheck(s.id(), WHEN.format(s.at().atZone(zone)),
                kb.region(s.region()).map(r -> r.name()).orElse(s.region()), s.triage(),
                kb.condition(s.topCondition()).map(c -> c.name()).orElse(s.topCondition()))).toList();
    }
}

package org.runmend.web.painchecks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.runmend.assessment.Case;
import org.runmend.assessment.CaseReader;
import org.runmend.intake.StoryReading;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.web.FormErrors;

/**
 * What RunMend understood from a story, as chips the runner confirms, changes or removes before the
 * questions: where and which side, how long, how bad, age and sex (the intake's fields, filled
 * from the story where it said them), and each finding read as present or not so, with the words
 * it came from. Nothing read is hidden. The form checks itself ({@link #validate}) through the
 * intake form's rules, so its errors name the same fields.
 *
 * @param story    the runner's words, kept with the check
 * @param regions  every region, for changing where
 * @param region   the region id chosen, or "" when the story did not say
 * @param words    the words each field came from (field name to words)
 * @param findings the findings read, each with its current choice
 */
public record StoryChips(
        String story,
        List<Region> regions,
        String region,
        String side,
        String age,
        String sex,
        String durationDays,
        String painScore,
        Map<String, String> words,
        List<Chip> findings,
        FormErrors errors) {
    /**
     * One finding read from the story.
     *
     * @param choice "yes", "no" or "remove"
     * @param read   what the story said: true present, false not so
     */
    public record Chip(String finding, String yes, String no, String words, boolean read, String choice) {
        public boolean isYes() {
            return "yes".equals(choice);
        }

        public boolean isNo() {
            return "no".equals(choice);
        }

        public boolean isRemoved() {
            return "remove".equals(choice);
        }

        /** The form field of this chip. */
        public String field() {
            return "finding." + finding;
        }
    }

    private static final FormErrors NO_ERRORS =
            FormErrors.inOrder("region", "side", "age", "sex", "durationDays", "painScore");

    public StoryChips {
        Objects.requireNonNull(errors, "errors");
        words = Map.copyOf(words);
        findings = List.copyOf(findings);
    }

    /** The chips of a fresh reading. */
    static StoryChips of(KnowledgeBase kb, String story, StoryReading r) {
        Map<String, String> words = new LinkedHashMap<>();
        for (StoryReading.Evidence e : r.evidence()) {
            if (StoryReading.FIELDS.contains(e.finding())) {
                words.put(e.finding(), e.text());
            }
        }
        List<Chip> chips = new ArrayList<>();
        r.findings()
                .forEach((id, present) -> kb.finding(id)
                        .ifPresent(
                                f -> chips.add(chip(f, r.wordsFor(id).orElse(""), present, present ? "yes" : "no"))));
        return new StoryChips(
                story,
                List.copyOf(kb.regions()),
                r.region().orElse(""),
                r.side().orElse(""),
                r.age().map(String::valueOf).orElse(""),
                r.sex().orElse(""),
                r.durationDays().map(String::valueOf).orElse(""),
                r.painScore().map(String::valueOf).orElse(""),
                words,
                chips,
                NO_ERRORS);
    }

    private static Chip chip(Finding f, String words, boolean read, String choice) {
        return new Chip(f.id(), f.said(true), f.said(false), words, read, choice);
    }

    /** The chips as posted: the runner's choices over what was read. */
    static StoryChips posted(KnowledgeBase kb, String story, StoryReading r, Map<String, String> fields) {
        StoryChips read = of(kb, story, r);
        List<Chip> chips = new ArrayList<>();
        for (Chip c : read.findings()) {
            String choice = fields.getOrDefault(c.field(), c.choice());
            if (!List.of("yes", "no", "remove").contains(choice)) {
                choice = c.choice();
            }
            chips.add(new Chip(c.finding(), c.yes(), c.no(), c.words(), c.read(), choice));
        }
        return new StoryChips(
                story,
                read.regions(),
                fields.getOrDefault("region", ""),
                fields.getOrDefault("side", ""),
                fields.getOrDefault("age", ""),
                fields.getOrDefault("sex", ""),
                fields.getOrDefault("durationDays", ""),
                fields.getOrDefault("painScore", ""),
                read.words(),
                chips,
                NO_ERRORS);
    }

    /** The findings the runner kept: true, false, never a removed one. */
    Map<String, Boolean> kept() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Chip c : findings) {
            if (!c.isRemoved()) {
                out.put(c.finding(), c.isYes());
            }
        }
        return out;
    }

    /** The intake as confirmed, or what is wrong with it, each field named as on the intake form. */
    FormErrors.Checked<Case> validate(KnowledgeBase kb, CaseReader reader) {
        Region chosen = kb.region(region == null ? "" : region).orElse(null);
        if (chosen == null) {
            return FormErrors.Checked.invalid(NO_ERRORS.add(
                    "region", "Where it hurts: your story did not say, so choose the area from the list."));
        }
        IntakeForm form = IntakeForm.posted(chosen, side, age, sex, durationDays, painScore);
        FormErrors.Checked<Case> checked = form.validate(reader);
        return checked.isValid() ? checked : FormErrors.Checked.invalid(checked.errors());
    }

    StoryChips withErrors(FormErrors e) {
        return new StoryChips(story, regions, region, side, age, sex, durationDays, painScore, words, findings, e);
    }

    /** The words a field came from, or null. */
    public String wordsFor(String field) {
        return words.get(field);
    }
}

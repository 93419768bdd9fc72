package org.runmend.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;

/**
 * The story reader against the 80 dev stories' gold findings: precision, recall, red flags and
 * region from the words alone, printed. A finding counts when its value matches; a value the
 * story does not state (or the opposite value) is a false positive. Only findings the knowledge
 * base knows are scored (the rest cannot be read until the knowledge has them; the count is printed).
 */
class StoryReadingQualityTest {
    private static KnowledgeBase kb;
    private static StoryReader reader;
    private static DevStories stories;
    /** A Monday, so that "since Saturday" is two days. */
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        reader = StoryReader.bundled(kb);
        stories = DevStories.load();
    }

    @Test
    void findings_precision_and_recall_meet_the_bar() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int unknownToKnowledge = 0;
        List<String> misses = new ArrayList<>();
        for (DevStories.Story s : stories.all()) {
            StoryReading r = reader.read(s.story(), TODAY);
            for (Map.Entry<String, Boolean> e : r.findings().entrySet()) {
                Boolean gold = s.findings().get(e.getKey());
                if (e.getValue().equals(gold)) {
                    tp++;
                } else {
                    fp++;
                    misses.add(s.id() + " FP " + (e.getValue() ? "+" : "-") + e.getKey() + " ["
                            + r.wordsFor(e.getKey()).orElse("") + "]");
                }
            }
            for (Map.Entry<String, Boolean> e : s.findings().entrySet()) {
                if (kb.finding(e.getKey()).isEmpty()) {
                    unknownToKnowledge++;
                    continue;
                }
                if (!e.getValue().equals(r.findings().get(e.getKey()))) {
                    fn++;
                    misses.add(s.id() + " FN " + (e.getValue() ? "+" : "-") + e.getKey());
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        misses.forEach(m -> System.out.println("  " + m));
        System.out.printf(
                "story findings on %d dev stories: precision %.3f (%d of %d), recall %.3f (%d of %d); %d gold findings not in the knowledge yet%n",
                stories.all().size(), precision, tp, tp + fp, recall, tp, tp + fn, unknownToKnowledge);
        assertTrue(precision >= 0.9, "precision " + precision);
        assertTrue(recall >= 0.75, "recall " + recall);
    }

    @Test
    void every_red_flag_a_story_states_is_found() {
        List<String> missed = new ArrayList<>();
        int stated = 0;
        for (DevStories.Story s : stories.all()) {
            StoryReading r = reader.read(s.story(), TODAY);
            for (Map.Entry<String, Boolean> e : s.findings().entrySet()) {
                boolean redFlag = kb.finding(e.getKey()).map(Finding::isRedFlag).orElse(false);
                if (redFlag && e.getValue()) {
                    stated++;
                    if (!Boolean.TRUE.equals(r.findings().get(e.getKey()))) {
                        missed.add(s.id() + " " + e.getKey());
                    }
                }
            }
        }
        System.out.printf(
                "red flags stated in dev stories: %d, found %d%s%n",
                stated, stated - missed.size(), missed.isEmpty() ? "" : ", missed " + missed);
        assertEquals(List.of(), missed);
    }

    @Test
    void region_from_the_words_alone_is_right_in_nine_stories_of_ten() {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (DevStories.Story s : stories.all()) {
            String read = reader.read(s.story(), TODAY).region().orElse("none");
            if (read.equals(s.region())) {
                right++;
            } else {
                wrong.add(s.id() + " " + s.region() + " read as " + read);
            }
        }
        double share = right / (double) stories.all().size();
        System.out.printf(
                "region from the words alone: %d of %d (%.1f%%)%s%n",
                right, stories.all().size(), 100 * share, wrong.isEmpty() ? "" : ", wrong: " + wrong);
        assertTrue(share >= 0.9, "region " + share);
    }

    @Test
    void side_age_sex_duration_and_pain_score_are_read_where_stated() {
        int side = 0;
        int sideRead = 0;
        int age = 0;
        int ageRead = 0;
        int sex = 0;
        int sexRead = 0;
        int dur = 0;
        int durRead = 0;
        int pain = 0;
        int painRead = 0;
        List<String> notes = new ArrayList<>();
        for (DevStories.Story s : stories.all()) {
            StoryReading r = reader.read(s.story(), TODAY);
            if (r.side().isPresent()) {
                sideRead++;
                side += r.side().get().equals(s.side()) ? 1 : 0;
                if (!r.side().get().equals(s.side())) {
                    notes.add(s.id() + " side " + r.side().get() + " gold " + s.side());
                }
            }
            if (r.age().isPresent()) {
                ageRead++;
                age += r.age().get().equals(s.age()) ? 1 : 0;
                if (!r.age().get().equals(s.age())) {
                    notes.add(s.id() + " age " + r.age().get() + " gold " + s.age());
                }
            }
            if (r.sex().isPresent()) {
                sexRead++;
                sex += r.sex().get().equals(s.sex()) ? 1 : 0;
                if (!r.sex().get().equals(s.sex())) {
                    notes.add(s.id() + " sex " + r.sex().get() + " gold " + s.sex());
                }
            }
            if (r.durationDays().isPresent()) {
                durRead++;
                int g = s.durationDays();
                int v = r.durationDays().get();
                boolean close = Math.abs(v - g) <= Math.max(2, g / 3);
                dur += close ? 1 : 0;
                if (!close) {
                    notes.add(s.id() + " duration " + v + " ["
                            + r.wordsFor("durationDays").orElse("") + "] gold " + g);
                }
            }
            if (r.painScore().isPresent()) {
                painRead++;
                pain += Math.abs(r.painScore().get() - s.painScore()) <= 1 ? 1 : 0;
                if (Math.abs(r.painScore().get() - s.painScore()) > 1) {
                    notes.add(s.id() + " pain " + r.painScore().get() + " ["
                            + r.wordsFor("painScore").orElse("") + "] gold " + s.painScore());
                }
            }
        }
        notes.forEach(n -> System.out.println("  " + n));
        System.out.printf(
                "side read in %d stories, right %d; age %d, right %d; sex %d, right %d; duration %d, within a third %d; pain score %d, within 1 %d%n",
                sideRead, side, ageRead, age, sexRead, sex, durRead, dur, painRead, pain);
        assertTrue(side >= sideRead * 0.9 && age >= ageRead * 0.9 && sex >= sexRead * 0.9, "side, age or sex misread");
    }
}

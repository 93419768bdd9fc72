package org.runmend.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.KnowledgeException;
import org.runmend.knowledge.Region;

/** The story reader on stories of our own (regression tests, not evidence) and on bad input. */
class StoryReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static KnowledgeBase kb;
    private static StoryReader reader;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
        reader = StoryReader.bundled(kb);
    }

    @Test
    void every_finding_and_every_region_has_phrases() {
        Lexicon lexicon = Lexicon.bundled(kb);
        List<String> missing = new ArrayList<>();
        for (Finding f : kb.findings()) {
            if (!f.isDerived() && lexicon.words(f.id()).present().isEmpty()) {
                missing.add("finding " + f.id());
            }
        }
        for (Region r : kb.regions()) {
            if (lexicon.regions().getOrDefault(r.id(), List.of()).isEmpty()) {
                missing.add("region " + r.id());
            }
        }
        assertThat(missing).as("knowledge ids without words in lexicon.json").isEmpty();
    }

    @Test
    void an_unknown_finding_in_the_lexicon_stops_the_load_naming_file_and_entry() {
        String bad = "{\"findings\": {\"no-such-finding\": {\"present\": [\"x\"]}}, \"regions\": {}, \"spellings\": {},"
                + " \"context\": {}, \"painWords\": {}, \"fillers\": []}";
        assertThatThrownBy(() -> Lexicon.read(
                        new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "lexicon.json", kb))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("lexicon.json")
                .hasMessageContaining("findings.no-such-finding");
    }

    @Test
    void an_unknown_region_in_the_lexicon_stops_the_load_naming_it() {
        String bad = "{\"findings\": {}, \"regions\": {\"elbow\": [\"elbow\"]}, \"spellings\": {},"
                + " \"context\": {}, \"painWords\": {}, \"fillers\": []}";
        assertThatThrownBy(() -> Lexicon.read(
                        new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "lexicon.json", kb))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("regions.elbow");
    }

    @Test
    void regression_stories_are_read_as_written() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/intake/regression-stories.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            String id = n.get("id").asText();
            StoryReading r = reader.read(n.get("story").asText(), MONDAY);
            if (!r.region().orElse("").equals(n.get("region").asText())) {
                wrong.add(id + " region " + r.region());
            }
            for (String field : List.of("durationDays", "painScore", "age")) {
                if (n.has(field)) {
                    Integer got = switch (field) {
                        case "durationDays" -> r.durationDays().orElse(null);
                        case "painScore" -> r.painScore().orElse(null);
                        default -> r.age().orElse(null);
                    };
                    if (got == null || got != n.get(field).asInt()) {
                        wrong.add(id + " " + field + " " + got);
                    }
                }
            }
            if (n.has("side") && !r.side().orElse("").equals(n.get("side").asText())) {
                wrong.add(id + " side " + r.side());
            }
            if (n.has("sex") && !r.sex().orElse("").equals(n.get("sex").asText())) {
                wrong.add(id + " sex " + r.sex());
            }
            n.path("has").properties().forEach(e -> {
                if (!Boolean.valueOf(e.getValue().asBoolean())
                        .equals(r.findings().get(e.getKey()))) {
                    wrong.add(id + " " + e.getKey() + " read " + r.findings().get(e.getKey()));
                }
            });
            n.path("hasNot").forEach(f -> {
                if (r.findings().containsKey(f.asText())) {
                    wrong.add(id + " " + f.asText() + " read though hedged or past");
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void since_a_weekday_counts_back_from_the_day_told() {
        assertThat(reader.read("My knee has hurt since Saturday's long run.", MONDAY)
                        .durationDays())
                .contains(2);
    }

    @Test
    void each_finding_shows_the_words_it_came_from() {
        StoryReading r = reader.read("My heel hurts. No swelling that I can see.", MONDAY);
        assertThat(r.findings()).containsEntry("swelling", false);
        assertThat(r.wordsFor("swelling")).contains("No swelling");
    }

    @Test
    void the_tapped_region_wins_over_the_words() {
        assertThat(reader.read("My knee hurts.", MONDAY, "calf").region()).contains("calf");
    }

    @Test
    void empty_emoji_only_and_foreign_stories_understand_nothing() {
        assertThat(reader.read("", MONDAY).isEmpty()).isTrue();
        assertThat(reader.read("   ", MONDAY).isEmpty()).isTrue();
        assertThat(reader.read("\uD83D\uDE2D\uD83C\uDFC3\u200D\u2640\uFE0F\uD83E\uDDB5", MONDAY)
                        .isEmpty())
                .isTrue();
        assertThat(reader.read("Me duele mucho la rodilla desde el domingo y no puedo correr.", MONDAY)
                        .findings())
                .isEmpty();
        assertThat(reader.read("\u819d\u304c\u75db\u3044\u3067\u3059", MONDAY).isEmpty())
                .isTrue();
    }

    @Test
    void a_story_over_the_limit_is_refused_naming_the_field_and_limit() {
        String tooLong = "my knee hurts ".repeat(800);
        assertThatThrownBy(() -> reader.read(tooLong, MONDAY))
                .isInstanceOf(StoryTooLongException.class)
                .hasMessageContaining("story")
                .hasMessageContaining("4000");
        assertThat(reader.read(tooLong.substring(0, StoryReader.MAX_LENGTH), MONDAY)
                        .region())
                .contains("knee");
    }
}

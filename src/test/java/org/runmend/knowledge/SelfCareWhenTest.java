package org.runmend.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-care entries say when they apply (how old and how bad the pain, what they say about
 * running, whether they are a daily task), and the loader refuses entries that could put two
 * contradicting pieces of advice in one plan.
 */
class SelfCareWhenTest {
    private static final Path SOURCE = Path.of("src", "main", "resources", "knowledge");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    @Test
    void an_entry_for_a_fresh_injury_applies_only_in_its_first_days() {
        SelfCareItem cold = KB.selfCareItem("remedy-cold-pack").orElseThrow();
        assertThat(cold.fitsPain(2, 4)).isTrue();
        assertThat(cold.fitsPain(21, 4)).isFalse();
        assertThat(cold.fitsPain(null, 4))
                .as("a fresh-injury entry needs to know the pain is fresh")
                .isFalse();
        assertThat(KB.selfCareItem("remedy-relative-rest").orElseThrow().fitsPain(null, null))
                .isTrue();
    }

    @Test
    void painkillers_new_shoes_fresh_injury_care_and_keep_running_advice_are_not_daily_checklist_tasks() {
        assertThat(KB.selfCareItem("remedy-pain-relief-medicine").orElseThrow().isDailyTask())
                .isFalse();
        assertThat(KB.selfCareItem("remedy-replace-shoes").orElseThrow().isDailyTask())
                .isFalse();
        assertThat(KB.selfCareItem("remedy-cold-pack").orElseThrow().isDailyTask())
                .isFalse();
        assertThat(KB.selfCareItem("remedy-keep-active-reduced-load")
                        .orElseThrow()
                        .isDailyTask())
                .isFalse();
        assertThat(KB.selfCareItem("ex-calf-stretch").orElseThrow().isDailyTask())
                .isTrue();
        for (SelfCareItem i : KB.selfCareItems()) {
            if (i.isDailyTask()) {
                assertThat(i.daily()).as(i.id()).isTrue();
                assertThat(i.when().maxDays()).as(i.id()).isNull();
            }
        }
    }

    @Test
    void every_keep_running_entry_is_for_self_care_only() {
        assertThat(KB.selfCareItems())
                .filteredOn(i -> i.running() == SelfCareItem.Running.KEEP)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.upTo()).as(i.id()).isEqualTo(Triage.SELF_CARE));
    }

    @Test
    void keep_and_stop_running_entries_that_can_meet_in_one_plan_stop_loading(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        Path file = dir.resolve("selfcare.json");
        ArrayNode items = (ArrayNode) JSON.readTree(file.toFile());
        for (JsonNode i : items) {
            if (i.get("id").asText().equals("remedy-calm-heel-pain")) {
                ((ObjectNode) i).remove("when");
            }
        }
        JSON.writeValue(file.toFile(), items);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("remedy-keep-active-reduced-load")
                .hasMessageContaining("remedy-calm-heel-pain")
                .hasMessageContaining("stop");
    }

    @Test
    void keep_running_advice_allowed_above_self_care_stops_loading(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        Path file = dir.resolve("selfcare.json");
        ArrayNode items = (ArrayNode) JSON.readTree(file.toFile());
        for (JsonNode i : items) {
            if (i.get("id").asText().equals("remedy-keep-active-reduced-load")) {
                ((ObjectNode) i).put("upTo", "soon");
            }
        }
        JSON.writeValue(file.toFile(), items);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("remedy-keep-active-reduced-load")
                .hasMessageContaining("upTo must be 'self-care'");
    }

    @Test
    void a_window_that_never_holds_or_an_unknown_running_value_stops_loading(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        Path file = dir.resolve("selfcare.json");
        ArrayNode items = (ArrayNode) JSON.readTree(file.toFile());
        ObjectNode cold = null;
        for (JsonNode i : items) {
            if (i.get("id").asText().equals("remedy-cold-pack")) {
                cold = (ObjectNode) i;
            }
        }
        cold.putObject("when").put("minDays", 10).put("maxDays", 3);
        JSON.writeValue(file.toFile(), items);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("remedy-cold-pack")
                .hasMessageContaining("never applies");

        cold.putObject("when").put("maxDays", 3);
        cold.put("running", "maybe");
        JSON.writeValue(file.toFile(), items);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("remedy-cold-pack")
                .hasMessageContaining("running 'maybe' is not one of [stop, keep]");
    }

    private static void copyKnowledge(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(SOURCE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}

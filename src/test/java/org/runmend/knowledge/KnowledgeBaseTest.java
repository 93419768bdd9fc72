package org.runmend.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.support.Shared;

class KnowledgeBaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SOURCE = Path.of("src/main/resources/knowledge");
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBase.bundled();
    }

    @Test
    void bundled_contract_copy_matches_the_shared_contract() throws IOException {
        Path upstream = Shared.upstream().orElse(null);
        assumeTrue(upstream != null, "no ../shared beside this clone: only the comparison with it is skipped");
        for (String f : new String[] {
            "regions.json", "conditions.json", "findings.json", "case.schema.json", "result.schema.json"
        }) {
            assertThat(JSON.readTree(Shared.contract(f).toFile()))
                    .as(f)
                    .isEqualTo(JSON.readTree(
                            upstream.resolve("contract").resolve(f).toFile()));
        }
        for (String f : new String[] {"cases.jsonl", "stories.jsonl"}) {
            assertThat(Files.readString(Shared.contract("dev").resolve(f)))
                    .as("dev/" + f)
                    .isEqualTo(
                            Files.readString(upstream.resolve("vignettes/dev").resolve(f)));
        }
    }

    @Test
    void every_contract_id_has_an_entry() throws IOException {
        for (JsonNode r : JSON.readTree(Shared.contract("regions.json").toFile())) {
            assertThat(kb.region(r.get("id").asText())).as(r.toString()).isPresent();
        }
        for (JsonNode f : JSON.readTree(Shared.contract("findings.json").toFile())) {
            assertThat(kb.finding(f.get("id").asText())).as(f.toString()).isPresent();
        }
        for (JsonNode c : JSON.readTree(Shared.contract("conditions.json").toFile())) {
            Condition condition = kb.condition(c.get("id").asText()).orElseThrow();
            assertThat(condition.triage().id()).isEqualTo(c.get("triage").asText());
            c.get("regions")
                    .forEach(r -> assertThat(condition.showsIn(r.asText()))
                            .as(condition.id() + " in " + r)
                            .isTrue());
        }
    }

    @Test
    void every_condition_has_what_a_runner_and_clinician_need() {
        for (Condition c : kb.conditions()) {
            assertThat(c.icd10()).as(c.id()).matches("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");
            assertThat(c.likelihoods()).as(c.id() + " likelihoods").hasSizeGreaterThanOrEqualTo(4);
            assertThat(c.likelihoods().values())
                    .as(c.id())
                    .allSatisfy(l -> assertThat(l.source()).isNotBlank());
            assertThat(c.sources()).as(c.id() + " sources").isNotEmpty();
            assertThat(kb.selfCareFor(c.id())).as(c.id() + " has a plan").isNotEmpty();
        }
    }

    @Test
    void every_finding_has_a_question_in_our_own_words() {
        for (Finding f : kb.findings()) {
            assertThat(f.question()).as(f.id()).endsWith("?");
            assertThat(f.question()).as(f.id()).isNotEqualToIgnoringCase(f.means());
        }
    }

    @Test
    void urgent_and_emergency_conditions_get_doctor_advice_but_no_exercises() {
        for (Condition c : kb.conditions()) {
            if (c.triage().isAbove(Triage.SOON)) {
                assertThat(kb.selfCareFor(c.id()))
                        .as(c.id())
                        .isNotEmpty()
                        .allSatisfy(i -> assertThat(i.kind())
                                .isIn(SelfCareKind.SEE_DOCTOR, SelfCareKind.CAUSE, SelfCareKind.PREVENTION));
            }
        }
    }

    @Test
    void the_library_file_gives_a_review_date_and_runners_words() {
        assertThat(kb.library().reviewed()).isNotNull();
        assertThat(kb.library().synonyms())
                .isNotEmpty()
                .anySatisfy(s -> assertThat(s.same()).contains("instep"));
    }

    @Test
    void a_library_file_with_a_bad_date_or_a_half_rule_stops_loading(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        ObjectNode library =
                (ObjectNode) JSON.readTree(dir.resolve("library.json").toFile());
        library.put("reviewed", "last spring");
        JSON.writeValue(dir.resolve("library.json").toFile(), library);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("library.json")
                .hasMessageContaining("'last spring' is not a date");

        library.put("reviewed", "2026-01-01");
        ((ArrayNode) library.get("synonyms")).addObject().putArray("words").add("hind leg");
        JSON.writeValue(dir.resolve("library.json").toFile(), library);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("library.json")
                .hasMessageContaining("needs either 'same'");
    }

    @Test
    void a_missing_contract_condition_stops_loading_naming_file_and_entry(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        ArrayNode conditions =
                (ArrayNode) JSON.readTree(dir.resolve("conditions.json").toFile());
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).get("id").asText().equals("dvt")) {
                conditions.remove(i);
                break;
            }
        }
        JSON.writeValue(dir.resolve("conditions.json").toFile(), conditions);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("conditions.json")
                .hasMessageContaining("'dvt'")
                .hasMessageContaining("contract condition is missing");
    }

    @Test
    void a_region_with_long_pain_days_out_of_range_stops_loading_naming_file_entry_and_field(@TempDir Path dir)
            throws IOException {
        copyKnowledge(dir);
        ArrayNode regions =
                (ArrayNode) JSON.readTree(dir.resolve("regions.json").toFile());
        ObjectNode knee = null;
        for (var r : regions) {
            if (r.get("id").asText().equals("knee")) {
                knee = (ObjectNode) r;
            }
        }
        knee.put("longPainDays", 0);
        JSON.writeValue(dir.resolve("regions.json").toFile(), regions);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("regions.json")
                .hasMessageContaining("'knee'")
                .hasMessageContaining("'longPainDays' is 0");
    }

    @Test
    void a_broken_reference_stops_loading_naming_file_and_entry(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        ArrayNode conditions =
                (ArrayNode) JSON.readTree(dir.resolve("conditions.json").toFile());
        ObjectNode first = (ObjectNode) conditions.get(0);
        ((ObjectNode) first.get("likelihoods"))
                .putObject("knee-fell-off")
                .put("p", 0.5)
                .put("source", "x");
        JSON.writeValue(dir.resolve("conditions.json").toFile(), conditions);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("conditions.json")
                .hasMessageContaining(first.get("id").asText())
                .hasMessageContaining("unknown finding 'knee-fell-off'");
    }

    @Test
    void a_missing_contract_finding_stops_loading(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        ArrayNode findings =
                (ArrayNode) JSON.readTree(dir.resolve("findings.json").toFile());
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).get("id").asText().equals("saddle-numbness")) {
                findings.remove(i);
                break;
            }
        }
        JSON.writeValue(dir.resolve("findings.json").toFile(), findings);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("findings.json")
                .hasMessageContaining("saddle-numbness");
    }

    @Test
    void exercises_offered_for_an_emergency_condition_stop_loading(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        ArrayNode items = (ArrayNode) JSON.readTree(dir.resolve("selfcare.json").toFile());
        ObjectNode exercise = null;
        for (JsonNode i : items) {
            if (i.get("kind").asText().equals("exercise")) {
                exercise = (ObjectNode) i;
                break;
            }
        }
        ((ArrayNode) exercise.get("conditions")).add("cauda-equina-syndrome");
        JSON.writeValue(dir.resolve("selfcare.json").toFile(), items);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("selfcare.json")
                .hasMessageContaining(exercise.get("id").asText())
                .hasMessageContaining("cauda-equina-syndrome");
    }

    @Test
    void an_unknown_self_care_kind_stops_loading_naming_file_entry_and_value(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        Path file = dir.resolve("selfcare-hip-thigh.json");
        ArrayNode items = (ArrayNode) JSON.readTree(file.toFile());
        ObjectNode item = (ObjectNode) items.get(0);
        item.put("kind", "stretch");
        JSON.writeValue(file.toFile(), items);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("knowledge/selfcare-hip-thigh.json")
                .hasMessageContaining("entry '" + item.get("id").asText() + "'")
                .hasMessageContaining("kind 'stretch' is not one of [see-doctor, remedy, exercise, return-to-running, "
                        + "prevention, cause]");
    }

    @Test
    void a_self_care_entry_without_a_kind_stops_loading(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        Path file = dir.resolve("selfcare-whole-body.json");
        ArrayNode items = (ArrayNode) JSON.readTree(file.toFile());
        ObjectNode item = (ObjectNode) items.get(0);
        item.remove("kind");
        JSON.writeValue(file.toFile(), items);
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("knowledge/selfcare-whole-body.json")
                .hasMessageContaining("entry '" + item.get("id").asText() + "'")
                .hasMessageContaining("has no kind");
    }

    @Test
    void invalid_json_names_the_file_and_line(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        Files.writeString(dir.resolve("regions.json"), "[\n{\"id\": \"knee\",\n");
        assertThatThrownBy(() -> KnowledgeLoader.fromDirectory(dir).load())
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("regions.json")
                .hasMessageContaining("not valid JSON");
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

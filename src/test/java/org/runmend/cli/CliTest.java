package org.runmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.support.Shared;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InputStream originalIn = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void batch_keeps_order_reports_bad_lines_in_place_and_goes_on() throws Exception {
        String input = String.join(
                "\n",
                "{\"id\":\"a\",\"region\":\"knee\",\"findings\":{\"outer-knee-pain\":true}}",
                "this is not json",
                "{\"id\":\"b\",\"region\":\"elbow\",\"findings\":{}}",
                "",
                "{\"id\":\"c\",\"age\":130,\"region\":\"calf\",\"findings\":{}}",
                "{\"id\":\"d\",\"region\":\"calf\",\"findings\":{\"wobbly\":true}}",
                "{\"id\":\"e\",\"region\":\"lower-back\",\"findings\":{\"saddle-numbness\":true}}");
        int status = run(input, "assess", "--jsonl");
        List<JsonNode> lines = out.toString()
                .lines()
                .map(l -> {
                    try {
                        return JSON.readTree(l);
                    } catch (Exception e) {
                        throw new AssertionError("output line is not JSON: " + l);
                    }
                })
                .toList();
        assertThat(status).isEqualTo(1);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).get("conditions").get(0).get("id").asText()).isEqualTo("itb-syndrome");
        assertThat(lines.get(1).get("error").asText()).contains("line 2").contains("not valid JSON");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("b");
        assertThat(lines.get(2).get("error").asText()).contains("region 'elbow'");
        assertThat(lines.get(3).get("error").asText()).contains("age 130");
        assertThat(lines.get(4).get("error").asText()).contains("'wobbly'");
        assertThat(lines.get(5).get("triage").asText()).isEqualTo("emergency");
        assertThat(lines.get(5).get("redFlags").toString()).contains("saddle-numbness");
    }

    @Test
    void batch_of_the_dev_vignettes_answers_every_line_in_the_contract_shape() throws Exception {
        String input = Files.readString(Shared.devCases());
        int status = run(input, "assess", "--jsonl");
        assertThat(status).isZero();
        List<String> ids = input.lines()
                .map(l -> {
                    try {
                        return JSON.readTree(l).get("id").asText();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
        List<String> outLines = out.toString().lines().toList();
        assertThat(outLines).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            JsonNode r = JSON.readTree(outLines.get(i));
            assertThat(r.get("id").asText()).isEqualTo(ids.get(i));
            assertThat(r.get("triage").asText()).isIn("emergency", "urgent", "soon", "self-care");
            assertThat(r.get("conditions").size()).isGreaterThanOrEqualTo(3);
            for (JsonNode c : r.get("conditions")) {
                assertThat(c.get("probability").asDouble()).isBetween(0.0, 1.0);
                assertThat(c.get("why").isArray()).isTrue();
            }
        }
    }

    @Test
    void single_case_prints_a_summary_a_person_can_read() {
        int status = run(
                "{\"id\":\"me\",\"age\":45,\"sex\":\"female\",\"region\":\"heel-bottom\",\"durationDays\":10,"
                        + "\"painScore\":5,\"findings\":{\"first-steps-pain\":true,\"inner-heel-tenderness\":true,"
                        + "\"numbness-tingling\":false}}",
                "assess");
        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("WHAT TO DO")
                .contains("Plantar fasciitis")
                .contains("POSSIBLE CAUSES")
                .contains("FIRST STEPS")
                .contains("not a diagnosis");
    }

    @Test
    void one_story_prints_what_was_understood_with_its_words_then_the_check() {
        int status = run(
                "", "assess", "--story", "I'm 45F. Heel pain on the first steps out of bed for 3 weeks, no numbness.");
        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("Understood from the story:")
                .contains("Yes: It is worst on the first steps")
                .contains("(\"no numbness\")")
                .contains("Plantar fasciitis")
                .contains("POSSIBLE CAUSES");
    }

    @Test
    void a_story_that_does_not_say_where_asks_for_the_region() {
        int status = run("", "assess", "--story", "\ud83d\ude2d");
        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("Nothing in the story could be understood");
        assertThat(err.toString()).contains("--region");
    }

    @Test
    void a_batch_line_may_carry_a_story_and_its_stated_findings_win() throws Exception {
        String line =
                "{\"id\":\"s\",\"region\":\"calf\",\"age\":40,\"sex\":\"male\",\"durationDays\":2,\"painScore\":5,"
                        + "\"story\":\"My calf is swollen compared with the other one after a long flight.\","
                        + "\"findings\":{\"clot-risk\":false}}";
        int status = run(line + "\n", "assess", "--jsonl");
        assertThat(status).isZero();
        JsonNode r = JSON.readTree(out.toString().strip());
        assertThat(r.get("redFlags").toString()).contains("calf-swelling-one-side");
        assertThat(r.get("triage").asText()).isEqualTo("urgent");
    }

    @Test
    void single_bad_case_names_the_field_and_exits_one() {
        int status = run("{\"id\":\"me\",\"region\":\"knee\",\"painScore\":12,\"findings\":{}}", "assess");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("painScore 12");
    }

    @Test
    void evaluate_prints_the_figures_and_the_misses(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(
                cases,
                String.join(
                        "\n",
                        "{\"id\":\"ok\",\"region\":\"knee\",\"findings\":{\"outer-knee-pain\":true,\"fixed-distance-onset\":true},"
                                + "\"expected\":{\"condition\":\"itb-syndrome\",\"triage\":\"self-care\"}}",
                        "{\"id\":\"wrong\",\"region\":\"knee\",\"findings\":{\"outer-knee-pain\":true},"
                                + "\"expected\":{\"condition\":\"patellar-tendinopathy\",\"triage\":\"emergency\"}}"));
        int status = run("", "evaluate", cases.toString());
        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("cases 2 | top-1 50.0%")
                .contains("under-triage 1 (urgent/emergency 1)")
                .contains("wrong: patellar-tendinopathy / emergency")
                .contains("UNDER-TRIAGE");
    }

    @Test
    void a_missing_file_is_named() {
        int status = run("", "evaluate", "no/such/cases.jsonl");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("no/such/cases.jsonl: no such file");
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The free-text start of the pain check: the intake API, a story in the interview API, and the pages. */
class StoryIntakeTest {
    @RegisterExtension
    static final PageTestApp APP = new PageTestApp();

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return new WebClient(APP.app.port())
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.app.port() + path))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void intake_reads_region_side_figures_and_findings_with_their_words() throws Exception {
        HttpResponse<String> r = postJson(
                "/api/v1/intake",
                JSON.writeValueAsString(
                        java.util.Map.of(
                                "story",
                                "I'm 34F. The top of my left foot has ached for 2 weeks since I upped my mileage, about a 5/10. No swelling.")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("region").asText()).isEqualTo("foot-top");
        assertThat(b.get("side").asText()).isEqualTo("left");
        assertThat(b.get("age").asInt()).isEqualTo(34);
        assertThat(b.get("sex").asText()).isEqualTo("female");
        assertThat(b.get("durationDays").asInt()).isEqualTo(14);
        assertThat(b.get("painScore").asInt()).isEqualTo(5);
        assertThat(b.get("findings").get("load-increase").asBoolean()).isTrue();
        assertThat(b.get("findings").get("swelling").asBoolean()).isFalse();
        assertThat(b.get("evidence").toString())
                .contains("\"finding\":\"swelling\",\"present\":false,\"text\":\"No swelling\"");
    }

    @Test
    void the_region_sent_wins_and_a_field_the_story_does_not_give_is_left_out() throws Exception {
        JsonNode b = JSON.readTree(postJson("/api/v1/intake", "{\"story\":\"my knee hurts\",\"region\":\"calf\"}")
                .body());
        assertThat(b.get("region").asText()).isEqualTo("calf");
        assertThat(b.has("age")).isFalse();
        assertThat(b.has("painScore")).isFalse();
    }

    @Test
    void an_emoji_only_story_gets_a_clear_answer_not_an_error() throws Exception {
        HttpResponse<String> r = postJson("/api/v1/intake", "{\"story\":\"\\ud83d\\ude2d\\ud83e\\uddb5\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("message").asText()).contains("body map");
    }

    @Test
    void a_story_over_4000_characters_is_refused_naming_the_field_and_the_limit() throws Exception {
        HttpResponse<String> r =
                postJson("/api/v1/intake", JSON.writeValueAsString(java.util.Map.of("story", "a".repeat(10_000))));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("field").asText()).isEqualTo("story");
        assertThat(b.get("error").asText()).contains("4000");
    }

    @Test
    void an_interview_with_a_story_counts_its_findings_as_answered_and_still_screens() throws Exception {
        HttpResponse<String> r = postJson(
                "/api/v1/interviews",
                "{\"age\":30,\"sex\":\"female\",\"durationDays\":10,\"painScore\":4,"
                        + "\"story\":\"Top of my right foot hurts where the laces press since I upped my miles. No swelling.\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("questionsAsked").asInt()).isZero();
        assertThat(b.get("question").get("kind").asText()).isEqualTo("checklist");
    }

    @Test
    void a_story_stating_an_emergency_goes_straight_to_the_emergency_advice() throws Exception {
        HttpResponse<String> r = postJson(
                "/api/v1/interviews",
                "{\"age\":40,\"sex\":\"male\",\"durationDays\":2,\"painScore\":6,"
                        + "\"story\":\"My right calf is swollen and warm and since this morning I am short of breath.\"}");
        JsonNode b = JSON.readTree(r.body());
        assertThat(b.get("done").asBoolean()).isTrue();
        assertThat(b.get("triage").asText()).isEqualTo("emergency");
        assertThat(b.get("questionsAsked").asInt()).isZero();
    }

    @Test
    void the_check_page_opens_with_the_story_box_above_the_map() throws Exception {
        String page = new WebClient(APP.app.port()).get("/check").body();
        assertThat(page).contains("What happened? Where does it hurt, since when, what makes it worse?");
        assertThat(page.indexOf("name=\"story\"")).isLessThan(page.indexOf("<svg"));
    }

    @Test
    void a_story_shows_chips_with_their_words_then_the_questions() throws Exception {
        WebClient c = new WebClient(APP.app.port());
        HttpResponse<String> chips = c.post(
                "/check/story", "story", "The outside of my left hip hurts when I lie on it at night. No numbness.");
        assertThat(chips.statusCode()).isEqualTo(200);
        assertThat(chips.body())
                .contains("What we understood")
                .contains("from “lie on it at night”")
                .contains("from “No numbness”")
                .contains("value=\"hip-side\" selected");
        HttpResponse<String> next = c.post(
                "/check/story/start",
                "story",
                "The outside of my left hip hurts when I lie on it at night. No numbness.",
                "region",
                "hip-side",
                "side",
                "left",
                "age",
                "50",
                "sex",
                "female",
                "durationDays",
                "30",
                "painScore",
                "4",
                "finding.side-lying-hip-pain",
                "yes",
                "finding.numbness-tingling",
                "no");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("name=\"interview\"");
    }

    @Test
    void a_story_in_another_language_or_too_long_keeps_the_map_as_the_way_in() throws Exception {
        WebClient c = new WebClient(APP.app.port());
        HttpResponse<String> foreign = c.post("/check/story", "story", "Me duele la rodilla desde el domingo.");
        assertThat(foreign.statusCode()).isEqualTo(200);
        assertThat(foreign.body()).contains("body map").contains("<svg");
        HttpResponse<String> tooLong = c.post("/check/story", "story", "knee ".repeat(2_000));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body())
                .contains("Your story: at most 4000 characters")
                .contains("<svg");
    }
}

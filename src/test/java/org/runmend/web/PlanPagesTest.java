package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.support.TestClock;

class PlanPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> PLANTAR_HEEL =
            Map.of("first-steps-pain", "yes", "gradual-onset", "yes", "inner-heel-tenderness", "yes");

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    /** Runs the interview over the JSON API and returns the finished interview's token. */
    static String finishedCheck(WebClient c, String intake, Map<String, String> answers) throws Exception {
        JsonNode node = JSON.readTree(c.send(HttpRequest.newBuilder(URI.create(c.base() + "/api/v1/interviews"))
                        .header("content-type", "application/json")
                        .header("X-CSRF-Token", c.csrf())
                        .POST(HttpRequest.BodyPublishers.ofString(intake)))
                .body());
        while (!node.get("done").asBoolean()) {
            JsonNode question = node.get("question");
            String body;
            if ("checklist".equals(question.path("kind").asText())) {
                com.fasterxml.jackson.databind.node.ObjectNode ticked = JSON.createObjectNode();
                question.get("items").forEach(i -> {
                    if ("yes".equals(answers.get(i.get("finding").asText()))) {
                        ticked.put(i.get("finding").asText(), "yes");
                    }
                });
                body = "{\"answers\":" + ticked + "}";
            } else {
                String finding = question.get("finding").asText();
                body = "{\"finding\":\"" + finding + "\",\"answer\":\"" + answers.getOrDefault(finding, "no") + "\"}";
            }
            node = JSON.readTree(c.send(HttpRequest.newBuilder(URI.create(c.base() + "/api/v1/interviews/"
                                    + node.get("interview").asText() + "/answers"))
                            .header("content-type", "application/json")
                            .header("X-CSRF-Token", c.csrf())
                            .POST(HttpRequest.BodyPublishers.ofString(body)))
                    .body());
        }
        return node.get("interview").asText();
    }

    static String heelCheck(WebClient c) throws Exception {
        return finishedCheck(
                c,
                "{\"age\":45,\"sex\":\"female\",\"region\":\"heel-bottom\",\"durationDays\":10,\"painScore\":5}",
                PLANTAR_HEEL);
    }

    @Test
    void a_plan_starts_from_the_result_and_keeps_a_checklist_history() throws Exception {
        WebClient ann = t.signUp("ann@example.org");
        String result = ann.post("/check/resume", "interview", heelCheck(ann)).body();
        assertThat(result)
                .contains("action=\"/plan/start\"")
                .contains("name=\"conditionId\" value=\"plantar-fasciitis\"")
                .contains("Start this plan");
        assertThat(result)
                .contains("Read more in the guides")
                .contains("href=\"/guides/condition/plantar-fasciitis\"")
                .contains("href=\"/guides/region/heel-bottom\"");

        assertThat(ann.get("/plan").body()).contains("You have no plan running");
        HttpResponse<String> started =
                ann.post("/plan/start", "conditionId", "plantar-fasciitis", "region", "heel-bottom");
        assertThat(started.statusCode()).isEqualTo(302);
        String plan = ann.get("/plan").body();
        assertThat(plan)
                .contains("Today's checklist")
                .contains("class=\"timer\"")
                .contains("Mark done today");

        Matcher m = Pattern.compile("action=\"/plan/([^/]+)/mark\"[\\s\\S]*?name=\"item\" value=\"([^\"]+)\"")
                .matcher(plan);
        assertThat(m.find()).isTrue();
        String planId = m.group(1);
        String item = m.group(2);
        assertThat(ann.post("/plan/" + planId + "/mark", "item", item, "done", "true")
                        .statusCode())
                .isEqualTo(302);
        plan = ann.get("/plan").body();
        assertThat(plan).contains("1 of ").contains("Done today").contains("<td class=\"tick\">");

        ann.post("/plan/" + planId + "/mark", "item", item, "done", "false");
        assertThat(ann.get("/plan").body()).contains("0 of ").doesNotContain("<td class=\"tick\">");

        assertThat(t.signUp("bob@example.org")
                        .post("/plan/" + planId + "/mark", "item", item, "done", "true")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_next_running_step_stays_locked_while_pain_is_above_three() throws Exception {
        WebClient cy = t.signUp("cy@example.org");
        cy.post("/plan/start", "conditionId", "plantar-fasciitis", "region", "heel-bottom");
        String plan = cy.get("/plan").body();
        assertThat(plan).contains("Back to running, step by step").contains("aria-current=\"step\"");
        assertThat(plan)
                .containsPattern(
                        "<button type=\"submit\" class=\"primary\" disabled aria-describedby=\"return-reason\">Open the next step");
        String planId = planId(plan);

        cy.post(
                "/diary",
                "day",
                TestClock.TODAY.toString(),
                "region",
                "heel-bottom",
                "score",
                "5",
                "morningAfter",
                "4");
        plan = cy.get("/plan").body();
        assertThat(plan)
                .contains("Pain was 5/10 during and 4/10 the next morning")
                .contains("disabled aria-describedby");
        assertThat(cy.post("/plan/" + planId + "/advance").statusCode()).isEqualTo(400);

        cy.post(
                "/diary",
                "day",
                TestClock.TODAY.toString(),
                "region",
                "heel-bottom",
                "score",
                "2",
                "morningAfter",
                "1");
        plan = cy.get("/plan").body();
        assertThat(plan).contains("you may move to the next step").doesNotContain("disabled aria-describedby");
        assertThat(cy.post("/plan/" + planId + "/advance").statusCode()).isEqualTo(302);
        assertThat(cy.get("/plan").body()).contains("class=\"step-done\"");
    }

    @Test
    void high_pain_in_the_plans_region_sends_back_to_the_check_and_a_plan_can_stop() throws Exception {
        WebClient di = t.signUp("di@example.org");
        di.post("/plan/start", "conditionId", "plantar-fasciitis", "region", "heel-bottom");
        di.post("/diary", "day", TestClock.TODAY.toString(), "region", "heel-bottom", "score", "8");
        String plan = di.get("/plan").body();
        assertThat(plan).contains("class=\"recheck\"").contains("Do the pain check again");
        assertThat(di.post("/plan/" + planId(plan) + "/stop").statusCode()).isEqualTo(302);
        assertThat(di.get("/plan").body()).contains("You have no plan running");
    }

    @Test
    void a_condition_that_needs_a_doctor_has_no_plan_to_start() throws Exception {
        WebClient ed = t.signUp("ed@example.org");
        HttpResponse<String> r = ed.post("/plan/start", "conditionId", "dvt", "region", "calf");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("see a clinician");
    }

    private static String planId(String page) {
        Matcher m = Pattern.compile("action=\"/plan/([^/]+)/(?:mark|advance|stop)\"")
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

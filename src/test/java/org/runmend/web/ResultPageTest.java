package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The result page at a glance, its plan on a page of its own, and keeping a check by signing up or in from it. */
class ResultPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAVED = Pattern.compile("^/checks/([A-Za-z0-9_-]+)$");

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    /**
     * A plantar heel check over the JSON API: yes to the plantar signs, "not sure" to the second
     * question asked, no to the rest. Returns the finished interview's token.
     */
    static String heelCheckWithNotSure(WebClient c) throws Exception {
        JsonNode node = JSON.readTree(c.send(
                        HttpRequest.newBuilder(URI.create(c.base() + "/api/v1/interviews"))
                                .header("content-type", "application/json")
                                .header("X-CSRF-Token", c.csrf())
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"age\":45,\"sex\":\"female\",\"region\":\"heel-bottom\",\"durationDays\":10,\"painScore\":5}")))
                .body());
        int n = 0;
        while (!node.get("done").asBoolean()) {
            String body;
            if ("checklist".equals(node.get("question").path("kind").asText())) {
                body = "{\"answers\":{}}";
            } else {
                String finding = node.get("question").get("finding").asText();
                String answer = n == 1 ? "unknown" : PlanPagesTest.PLANTAR_HEEL.getOrDefault(finding, "no");
                body = "{\"finding\":\"" + finding + "\",\"answer\":\"" + answer + "\"}";
            }
            node = JSON.readTree(c.send(HttpRequest.newBuilder(URI.create(c.base() + "/api/v1/interviews/"
                                    + node.get("interview").asText() + "/answers"))
                            .header("content-type", "application/json")
                            .header("X-CSRF-Token", c.csrf())
                            .POST(HttpRequest.BodyPublishers.ofString(body)))
                    .body());
            n++;
        }
        return node.get("interview").asText();
    }

    @Test
    void result_shows_triage_and_next_step_first_then_folded_causes_then_a_link_to_the_plan() throws Exception {
        WebClient c = new WebClient(t.app.port());
        String page =
                c.post("/check/resume", "interview", PlanPagesTest.heelCheck(c)).body();
        int triage = page.indexOf("data-triage=\"self-care\"");
        int next = page.indexOf("data-next-step");
        int save = page.indexOf("data-result-actions");
        int causes = page.indexOf("id=\"conditions-title\"");
        int plan = page.indexOf("data-plan-link");
        assertThat(triage).isPositive();
        assertThat(next).isGreaterThan(triage);
        assertThat(save).isGreaterThan(next).isLessThan(causes);
        assertThat(plan).isGreaterThan(causes);
        assertThat(page)
                .contains("<li class=\"condition\" data-condition=\"plantar-fasciitis\">\n        <details>")
                .contains("Save this check")
                .contains("Start with:")
                .doesNotContain("class=\"item item-")
                .doesNotContain("id=\"sources-title\"")
                .doesNotContain("You said yes:")
                .doesNotContain("From what you told us")
                .contains("It is worst on the first steps after bed or sitting.");
        assertThat(Pattern.compile("<ul class=\"reasons[^\"]*\">(.*?)</ul>", Pattern.DOTALL)
                        .matcher(page)
                        .results()
                        .map(m -> m.group(1))
                        .toList())
                .isNotEmpty()
                .allSatisfy(list -> assertThat(list).doesNotContain("?</li>"));
    }

    @Test
    void the_plan_has_its_own_page_with_remedies_before_the_clinician_advice() throws Exception {
        WebClient c = new WebClient(t.app.port());
        String token = PlanPagesTest.heelCheck(c);
        HttpResponse<String> plan = c.post("/check/plan", "interview", token);
        assertThat(plan.statusCode()).isEqualTo(200);
        String page = plan.body();
        assertThat(page)
                .contains("<h1>Your self-care plan</h1>")
                .contains("class=\"item item-exercise\"")
                .contains("Sources (");
        assertThat(page.indexOf("<h2>What helps now</h2>"))
                .isPositive()
                .isLessThan(page.indexOf("<h2>When to see a clinician</h2>"));
        assertThat(page).contains("action=\"/check/resume\"").contains("Back to the result");
    }

    @Test
    void signing_up_from_a_result_saves_the_check_and_returns_to_it() throws Exception {
        WebClient c = new WebClient(t.app.port());
        String token = heelCheckWithNotSure(c);
        String form =
                c.post("/check/keep", "interview", token, "with", "signup").body();
        assertThat(form)
                .contains("Create your RunMend account")
                .contains("data-keeping-check")
                .contains("name=\"interview\" value=\"" + token + "\"");

        HttpResponse<String> signedUp = c.post(
                "/signup",
                "email",
                "keeper@example.org",
                "name",
                "Kee",
                "password",
                "velvet kettle migrates north",
                "interview",
                token);
        assertThat(signedUp.statusCode()).isEqualTo(302);
        String location = signedUp.headers().firstValue("Location").orElseThrow();
        Matcher saved = SAVED.matcher(location);
        assertThat(saved.matches()).as(location).isTrue();

        String result = c.get(location).body();
        assertThat(result)
                .contains("data-triage=\"self-care\"")
                .contains("data-saved-check=\"" + saved.group(1) + "\"")
                .contains("Saved to your account")
                .contains("data-condition=\"plantar-fasciitis\"")
                .contains("href=\"/checks/" + saved.group(1) + "/plan\"")
                .doesNotContain("action=\"/check/answer\"")
                .contains("<strong class=\"a a-unknown\">Not sure</strong>");
        assertThat(c.get("/checks").body()).contains("href=\"/checks/" + saved.group(1) + "\"");
        assertThat(c.get("/checks/" + saved.group(1) + "/plan").body()).contains("<h1>Your self-care plan</h1>");
        assertThat(new WebClient(t.app.port()).get(location).statusCode())
                .as("anonymous")
                .isNotEqualTo(200);
        assertThat(t.signUp("other@example.org").get(location).statusCode())
                .as("another runner")
                .isEqualTo(404);
    }

    @Test
    void logging_in_from_a_result_saves_the_check_and_returns_to_it() throws Exception {
        t.signUp("returning@example.org");
        WebClient c = new WebClient(t.app.port());
        String token = PlanPagesTest.heelCheck(c);
        String form = c.post("/check/keep", "interview", token, "with", "login").body();
        assertThat(form).contains("<h1>Log in</h1>").contains("data-keeping-check");

        HttpResponse<String> wrong =
                c.post("/login", "email", "returning@example.org", "password", "not the password", "interview", token);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body())
                .as("the check is still carried after a wrong password")
                .contains("name=\"interview\" value=\"" + token + "\"");

        HttpResponse<String> in = c.post(
                "/login",
                "email",
                "returning@example.org",
                "password",
                "velvet kettle migrates north",
                "interview",
                token);
        assertThat(in.statusCode()).isEqualTo(302);
        String location = in.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(SAVED);
        assertThat(c.get(location).body()).contains("Saved to your account").contains("data-triage=\"self-care\"");
    }

    @Test
    void a_signed_in_runner_saving_a_check_comes_back_to_it() throws Exception {
        WebClient c = t.signUp("saver@example.org");
        HttpResponse<String> r = c.post("/check/save", "interview", PlanPagesTest.heelCheck(c));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).matches(SAVED);
    }
}

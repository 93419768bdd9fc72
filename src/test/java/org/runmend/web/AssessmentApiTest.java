package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.KnowledgeBase;

class AssessmentApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebApp app;

    @BeforeAll
    static void start() throws java.io.IOException {
        app = new WebApp(
                        KnowledgeBase.bundled(),
                        org.runmend.AppConfig.ephemeral(java.nio.file.Path.of("target")),
                        org.runmend.support.Databases.sqlite(java.nio.file.Files.createTempDirectory("runmend-web")),
                        org.runmend.support.TestClock.FIXED)
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void posting_a_case_returns_its_result() throws Exception {
        HttpResponse<String> r = post(
                "/api/v1/assessments",
                "{\"id\":\"api-1\",\"age\":40,\"sex\":\"male\",\"region\":\"calf\",\"durationDays\":3,\"painScore\":5,"
                        + "\"findings\":{\"calf-swelling-one-side\":true,\"clot-risk\":true,\"redness-warmth\":true}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("id").asText()).isEqualTo("api-1");
        assertThat(java.util.stream.StreamSupport.stream(body.get("conditions").spliterator(), false)
                        .limit(3)
                        .map(c -> c.get("id").asText()))
                .contains("dvt");
        assertThat(body.get("triage").asText()).isEqualTo("urgent");
        assertThat(body.get("redFlags").toString()).contains("calf-swelling-one-side");
        assertThat(body.get("disclaimer").asText()).contains("not a diagnosis");
    }

    @Test
    void a_bad_case_gets_400_naming_the_field() throws Exception {
        HttpResponse<String> r =
                post("/api/v1/assessments", "{\"id\":\"x\",\"region\":\"knee\",\"age\":3,\"findings\":{}}");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("field").asText()).isEqualTo("age");
        assertThat(body.get("error").asText()).contains("age 3");

        HttpResponse<String> notJson = post("/api/v1/assessments", "{oops");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("error").asText()).contains("not valid JSON");

        HttpResponse<String> unknown =
                post("/api/v1/assessments", "{\"id\":\"x\",\"region\":\"knee\",\"findings\":{\"sore\":true}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("field").asText()).isEqualTo("findings");
    }

    @Test
    void an_empty_body_is_a_400_not_a_crash() throws Exception {
        HttpResponse<String> r = post("/api/v1/assessments", "");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("field").asText()).isEqualTo("body");
    }
}

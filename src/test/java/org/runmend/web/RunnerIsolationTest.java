package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.Shared;

/** Runner B guesses runner A's ids over HTTP and gets nothing. */
class RunnerIsolationTest {
    @TempDir
    static Path dir;

    private static Database db;
    private static WebApp app;

    @BeforeAll
    static void start() {
        db = Databases.sqlite(dir);
        app = new WebApp(KnowledgeBase.bundled(), AppConfig.ephemeral(dir), db, org.runmend.support.TestClock.FIXED)
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        db.close();
    }

    @Test
    void runner_b_can_neither_read_nor_change_runner_as_data_by_guessing_ids() throws Exception {
        WebClient ann = new WebClient(app.port());
        ann.post("/signup", "email", "ann@example.org", "name", "Ann", "password", "ann's own velvet kettle");
        byte[] fit = Files.readAllBytes(Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit"));
        HttpResponse<String> imported =
                ann.send(HttpRequest.newBuilder(URI.create(ann.base() + "/api/v1/activities?name=run.fit"))
                        .header("X-CSRF-Token", ann.csrf())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(fit)));
        String id =
                new ObjectMapper().readTree(imported.body()).get("ids").get(0).asText();
        assertThat(ann.get("/log/" + id).statusCode()).isEqualTo(200);

        WebClient bob = new WebClient(app.port());
        bob.post("/signup", "email", "bob@example.org", "name", "Bob", "password", "bob's own velvet kettle");
        assertThat(bob.get("/log/" + id).statusCode()).isEqualTo(404);
        assertThat(bob.send(HttpRequest.newBuilder(URI.create(bob.base() + "/api/v1/activities")))
                        .body())
                .isEqualTo("[]");
        HttpResponse<String> delete = bob.post("/log/" + id + "/delete");
        assertThat(delete.statusCode()).isIn(404, 405);
        assertThat(ann.get("/log/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void the_api_refuses_a_signed_in_import_without_the_csrf_header_and_anonymous_callers() throws Exception {
        WebClient cy = new WebClient(app.port());
        cy.post("/signup", "email", "cy@example.org", "name", "Cy", "password", "cy's long password!");
        HttpResponse<String> noToken =
                cy.send(HttpRequest.newBuilder(URI.create(cy.base() + "/api/v1/activities?name=x.gpx"))
                        .POST(HttpRequest.BodyPublishers.ofString("<gpx/>")));
        assertThat(noToken.statusCode()).isEqualTo(403);
        WebClient nobody = new WebClient(app.port());
        HttpResponse<String> anonymous =
                nobody.send(HttpRequest.newBuilder(URI.create(nobody.base() + "/api/v1/activities")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void a_signed_in_runner_can_save_a_finished_check_and_see_it_listed() throws Exception {
        WebClient dee = new WebClient(app.port());
        dee.post("/signup", "email", "dee@example.org", "name", "Dee", "password", "dee's own velvet kettle");
        var json = new ObjectMapper();
        var node = json.readTree(dee.send(
                        HttpRequest.newBuilder(URI.create(dee.base() + "/api/v1/interviews"))
                                .header("content-type", "application/json")
                                .header("X-CSRF-Token", dee.csrf())
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"age\":40,\"sex\":\"male\",\"region\":\"knee\",\"durationDays\":5,\"painScore\":4}")))
                .body());
        while (!node.get("done").asBoolean()) {
            String token = node.get("interview").asText();
            node = json.readTree(dee.send(HttpRequest.newBuilder(
                                    URI.create(dee.base() + "/api/v1/interviews/" + token + "/answers"))
                            .header("content-type", "application/json")
                            .header("X-CSRF-Token", dee.csrf())
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "checklist"
                                                    .equals(node.get("question")
                                                            .path("kind")
                                                            .asText())
                                            ? "{\"answers\":{}}"
                                            : "{\"finding\":\""
                                                    + node.get("question")
                                                            .get("finding")
                                                            .asText() + "\",\"answer\":\"unknown\"}")))
                    .body());
        }
        HttpResponse<String> saved =
                dee.post("/check/save", "interview", node.get("interview").asText());
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(dee.get("/checks").body()).contains("data-check=");

        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(dee.base() + "/report.pdf"))
                                .header("Cookie", "runmend_session=" + sessionOf(dee))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("not a diagnosis");
        }
        HttpResponse<String> fhir = dee.send(HttpRequest.newBuilder(URI.create(dee.base() + "/report.fhir.json")));
        assertThat(fhir.statusCode()).isEqualTo(200);
        var bundle = org.runmend.report.FhirReport.context()
                .newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.Bundle.class, fhir.body());
        assertThat(bundle.getEntry()).isNotEmpty();
    }

    private static String sessionOf(WebClient client) {
        return client.cookie(Security.SESSION_COOKIE);
    }
}

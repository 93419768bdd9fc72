package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.Shared;

/**
 * Two app instances against one PostgreSQL, as behind a load balancer: a log-in on one works on
 * the other, an import on one shows on the other, and an interview begun on one goes on on the
 * other.
 */
class TwoInstancesOnPostgresTest {
    private static Database dbA;
    private static Database dbB;
    private static WebApp a;
    private static WebApp b;

    @BeforeAll
    static void start() {
        String url = Databases.newPostgresDatabase();
        AppConfig config = AppConfig.ephemeral(Path.of("target")).withDatabase(url, "postgres", "postgres");
        dbA = config.openDatabase();
        dbB = config.openDatabase();
        KnowledgeBase kb = KnowledgeBase.bundled();
        a = new WebApp(kb, config, dbA, org.runmend.support.TestClock.FIXED).start("127.0.0.1", 0);
        b = new WebApp(kb, config, dbB, org.runmend.support.TestClock.FIXED).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        a.stop();
        b.stop();
        dbA.close();
        dbB.close();
    }

    @Test
    void a_login_on_one_instance_works_on_the_other_and_an_import_on_one_shows_on_the_other() throws Exception {
        WebClient browser = new WebClient(a.port());
        HttpResponse<String> signup = browser.post(
                "/signup", "email", "twin@example.org", "name", "Twin", "password", "two instances one db");
        assertThat(signup.statusCode()).isEqualTo(302);

        browser.at(b.port());
        assertThat(browser.get("/").body()).contains("Log out Twin");

        byte[] gpx = Files.readAllBytes(Shared.activities().resolve("gpx/tg-run.gpx"));
        HttpResponse<String> imported =
                browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/api/v1/activities?name=tg-run.gpx"))
                        .header("X-CSRF-Token", browser.csrf())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(gpx)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"imported\":1");

        browser.at(a.port());
        HttpResponse<String> listed =
                browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/api/v1/activities")));
        assertThat(listed.body()).contains("\"source\":\"gpx\"");
    }

    @Test
    void an_interview_started_on_one_instance_continues_on_the_other() throws Exception {
        WebClient api = new WebClient(a.port());
        HttpResponse<String> started = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/interviews"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"age\":30,\"sex\":\"female\",\"region\":\"knee\",\"durationDays\":5,\"painScore\":4}")));
        assertThat(started.statusCode()).isEqualTo(201);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.body());
        String token = node.get("interview").asText();
        assertThat(node.get("question").get("kind").asText()).isEqualTo("checklist");
        api.at(b.port());
        HttpResponse<String> answered =
                api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/interviews/" + token + "/answers"))
                        .header("content-type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"answers\":{}}")));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("\"questionsAsked\":1");
    }
}

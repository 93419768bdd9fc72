package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.support.TestClock;

/**
 * Issue 19, items 11 and 3: every signed-in page and every API answer says {@code Cache-Control:
 * no-store}, so Back after log-out shows nothing private; and every answer tells the service worker
 * whose session it was made for, so the worker can forget private pages when the session is gone.
 */
class PrivateAnswersTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @Test
    void every_signed_in_page_and_api_answer_is_no_store() throws Exception {
        WebClient runner = t.signUp("private@example.org");
        String id = t.run("private@example.org", TestClock.TODAY.minusDays(1), 5);
        for (String path : List.of(
                "/",
                "/log",
                "/log/" + id,
                "/log/" + id + "/export.gpx",
                "/log/" + id + "/route.json",
                "/shoes",
                "/load",
                "/diary",
                "/plan",
                "/checks",
                "/account",
                "/settings",
                "/report",
                "/report.pdf",
                "/report.fhir.json",
                "/guides",
                "/timer",
                "/api/v1/activities",
                "/api/v1/load",
                "/log/no-such-run")) {
            HttpResponse<String> r = runner.get(path);
            assertThat(r.headers().firstValue("Cache-Control"))
                    .as(path + " (" + r.statusCode() + ")")
                    .hasValue("no-store");
        }
        HttpResponse<String> assessment =
                new WebClient(t.app.port()).send(HttpRequest.newBuilder(URI.create(runner.base() + "/api/v1/regions")));
        assertThat(assessment.headers().firstValue("Cache-Control"))
                .as("an API answer without a session")
                .hasValue("no-store");
    }

    @Test
    void the_session_header_names_the_session_and_says_none_once_it_is_gone() throws Exception {
        WebClient runner = t.signUp("gone@example.org");
        String tag = runner.get("/plan")
                .headers()
                .firstValue(Security.SESSION_HEADER)
                .orElseThrow();
        assertThat(tag).isNotEqualTo("none").hasSize(24).doesNotContain(runner.cookie(Security.SESSION_COOKIE));
        assertThat(runner.get("/guides").headers().firstValue(Security.SESSION_HEADER))
                .hasValue(tag);
        // the session ends elsewhere (a password change on another device, the account deleted)
        t.accounts.logOut(runner.cookie(Security.SESSION_COOKIE));
        assertThat(runner.get("/guides").headers().firstValue(Security.SESSION_HEADER))
                .hasValue("none");
        assertThat(new WebClient(t.app.port()).get("/").headers().firstValue(Security.SESSION_HEADER))
                .hasValue("none");
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, item 1: after log-in RunMend sends the runner only to one of its own pages. */
class OpenRedirectTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/\t/evil.example/x",
                "/\n/evil.example",
                "/\r/evil.example",
                "//evil.example/x",
                "/\\evil.example",
                "\\/evil.example",
                "/ /evil.example",
                "https://evil.example/",
                "/log/\t/x",
                "/x\u0000",
                "evil.example",
                "",
                "/\u2028/evil.example"
            })
    void a_next_address_that_is_not_a_plain_site_path_sends_the_runner_to_the_log(String next) throws Exception {
        t.accounts.signUp(
                "redirect-" + Integer.toHexString(next.hashCode()) + "@example.org",
                "R",
                "velvet kettle migrates north");
        HttpResponse<String> r = logIn("redirect-" + Integer.toHexString(next.hashCode()) + "@example.org", next);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/log");
    }

    @Test
    void a_site_path_with_a_query_is_kept() throws Exception {
        t.accounts.signUp("keep@example.org", "K", "velvet kettle migrates north");
        HttpResponse<String> r = logIn("keep@example.org", "/diary?day=2026-01-02");
        assertThat(r.headers().firstValue("Location")).hasValue("/diary?day=2026-01-02");
    }

    @Test
    void the_log_in_page_never_carries_a_foreign_next_address_into_its_form() throws Exception {
        String page = new WebClient(t.app.port())
                .get("/login?next=%2F%09%2Fevil.example%2Fx")
                .body();
        assertThat(page).doesNotContain("evil.example").contains("value=\"/log\"");
    }

    private HttpResponse<String> logIn(String email, String next) throws Exception {
        WebClient browser = new WebClient(t.app.port());
        String csrf = browser.csrf();
        String form = "email=" + enc(email) + "&password=" + enc("velvet kettle migrates north") + "&next=" + enc(next)
                + "&_csrf=" + enc(csrf);
        // a client that does not follow redirects, sharing nothing but the CSRF cookie
        HttpClient raw = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return raw.send(
                HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .header("Cookie", Security.CSRF_COOKIE + "=" + browser.cookie(Security.CSRF_COOKIE))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

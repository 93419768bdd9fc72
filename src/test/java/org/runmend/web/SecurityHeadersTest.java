package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 4: every answer carries the security headers, every page a strict Content
 * Security Policy (scripts only from RunMend's own files), and no page or template has inline script.
 */
class SecurityHeadersTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void every_page_carries_the_security_headers_and_html_says_its_charset() throws Exception {
        WebClient runner = t.signUp("headers@example.org");
        String id = t.run("headers@example.org", org.runmend.support.TestClock.TODAY.minusDays(1), 5);
        for (String path : List.of(
                "/",
                "/check",
                "/guides",
                "/log",
                "/log/" + id,
                "/shoes",
                "/load",
                "/diary",
                "/plan",
                "/account",
                "/report",
                "/log/no-such-run",
                "/no-such-page")) {
            HttpResponse<String> r = runner.get(path);
            assertThat(r.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(
                            v -> assertThat(v.toLowerCase(java.util.Locale.ROOT).replace(" ", ""))
                                    .isEqualTo("text/html;charset=utf-8"));
            assertStrictHeaders(path, r);
            assertThat(INLINE_SCRIPT.matcher(r.body()).find())
                    .as("inline script on " + path)
                    .isFalse();
        }
        WebClient anonymous = new WebClient(t.app.port());
        for (String path : List.of("/login", "/signup", "/login?next=/account")) {
            assertStrictHeaders(path, anonymous.get(path));
        }
    }

    @Test
    void the_api_and_the_script_file_carry_the_headers_too() throws Exception {
        WebClient c = new WebClient(t.app.port());
        for (String path : List.of("/api/v1/regions", "/assets/runmend.js", "/health")) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(c.base() + path)));
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertStrictHeaders(path, r);
        }
    }

    @Test
    void the_account_deletion_page_cannot_be_framed_by_another_site() throws Exception {
        HttpResponse<String> r = t.signUp("framed@example.org").get("/account");
        assertThat(r.body()).contains("Delete");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
    }

    @Test
    void no_template_has_an_inline_script_or_event_handler() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                assertThat(INLINE_SCRIPT.matcher(Files.readString(f)).find())
                        .as(f.toString())
                        .isFalse();
            }
        }
    }

    private static void assertStrictHeaders(String path, HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .as("CSP of " + path)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "object-src 'none'",
                        "base-uri 'none'",
                        "frame-ancestors 'none'",
                        "form-action 'self'",
                        "img-src 'self' data: https://tile.openstreetmap.org")
                .doesNotContain("unsafe-eval");
        String scripts = csp.replaceAll(".*script-src ([^;]*).*", "$1");
        assertThat(scripts).as("script-src of " + path).isEqualTo("'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    }
}

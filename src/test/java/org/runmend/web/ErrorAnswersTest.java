package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19, items 12 and 14: the answers made before any route runs (a body too large: 413; Jetty's
 * own 400, 414 and 431) carry the security headers too, and a malformed multipart body is a 400
 * that names no internals, not a 500.
 */
class ErrorAnswersTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static void assertHeaders(String what, RawHttp.Answer a) {
        assertThat(a).as(what).isNotNull();
        assertThat(a.headers().get("content-security-policy"))
                .as(what + " CSP")
                .isEqualTo(Security.CONTENT_SECURITY_POLICY);
        assertThat(a.headers().get("x-content-type-options")).as(what).isEqualTo("nosniff");
        assertThat(a.headers().get("x-frame-options")).as(what).isEqualTo("DENY");
        assertThat(a.body()).as(what).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void a_body_announced_too_large_gets_413_with_the_security_headers() throws Exception {
        RawHttp.Answer a = RawHttp.send(
                t.app.port(),
                "POST /api/v1/assessments HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 5000000",
                new byte[0],
                10_000);
        assertHeaders("413", a);
        assertThat(a.status()).isEqualTo(413);
    }

    @Test
    void jettys_own_400_414_and_431_carry_the_security_headers() throws Exception {
        RawHttp.Answer bad = RawHttp.send(t.app.port(), "GET /%zz HTTP/1.1\r\nHost: x", new byte[0], 10_000);
        assertThat(bad.status()).isEqualTo(400);
        assertHeaders("400", bad);
        RawHttp.Answer badHeader =
                RawHttp.send(t.app.port(), "GET / HTTP/1.1\r\nHost: x\r\nBad Header: x", new byte[0], 10_000);
        assertThat(badHeader.status()).isEqualTo(400);
        assertHeaders("400 for a header", badHeader);
        RawHttp.Answer uri =
                RawHttp.send(t.app.port(), "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x", new byte[0], 10_000);
        assertThat(uri.status()).isEqualTo(414);
        assertHeaders("414", uri);
        RawHttp.Answer header = RawHttp.send(
                t.app.port(), "GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + "b".repeat(20_000), new byte[0], 10_000);
        assertThat(header.status()).isEqualTo(431);
        assertHeaders("431", header);
    }

    @Test
    void a_malformed_multipart_upload_is_a_400_without_internals() throws Exception {
        WebClient runner = t.signUp("broken-form@example.org");
        String csrf = runner.csrf();
        String cookie = Security.SESSION_COOKIE + "=" + runner.cookie(Security.SESSION_COOKIE);
        String[] bodies = {
            "this is not multipart at all",
            "--other\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.gpx\"\r\n\r\nxx\r\n--other--\r\n",
            "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.gpx\"\r\n\r\n<gpx>cut off here",
            "--b\r\nno header end at all"
        };
        for (String body : bodies) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            RawHttp.Answer a = RawHttp.send(
                    t.app.port(),
                    "POST /log/upload HTTP/1.1\r\nHost: x\r\nCookie: " + cookie
                            + "\r\nX-CSRF-Token: " + csrf
                            + "\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=b"
                            + "\r\nContent-Length: " + bytes.length,
                    bytes,
                    20_000);
            assertThat(a).as(body).isNotNull();
            assertThat(a.status()).as(body).isEqualTo(400);
            assertHeaders(body, a);
        }
    }
}

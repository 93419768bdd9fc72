package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19, item 1: a body is not read (nor written to the upload folder) before the session and
 * the CSRF token are checked, and a multipart body is taken only where files are uploaded. Each
 * request announces a body and sends only its first bytes: a server that reads before it checks
 * waits for the rest and gives no answer.
 */
class NothingReadBeforeChecksTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final String BOUNDARY = "----runmendtest";
    private static final byte[] PART_START = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; "
                    + "filename=\"big.gpx\"\r\nContent-Type: application/gpx+xml\r\n\r\n" + " ".repeat(70_000))
            .getBytes(StandardCharsets.UTF_8);

    private static String head(String path, long length, String contentType, String cookie, String extra) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + length + (cookie == null ? "" : "\r\nCookie: " + cookie) + (extra == null ? "" : "\r\n" + extra);
    }

    private static String multipart() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    @Test
    void a_multipart_body_to_a_form_that_takes_no_files_is_refused_before_it_is_read() throws Exception {
        for (String path : new String[] {"/diary", "/login", "/signup", "/check"}) {
            RawHttp.Answer a =
                    RawHttp.send(t.app.port(), head(path, 900_000, multipart(), null, null), PART_START, 10_000);
            assertThat(a)
                    .as("an answer to a multipart POST " + path + " before its body arrived")
                    .isNotNull();
            assertThat(a.status()).as(path).isEqualTo(415);
            assertThat(a.headers().get("x-frame-options")).isEqualTo("DENY");
        }
        assertUploadFolderEmpty();
    }

    @Test
    void an_upload_without_a_session_is_refused_before_it_is_read() throws Exception {
        WebClient anonymous = new WebClient(t.app.port());
        String csrf = anonymous.csrf();
        RawHttp.Answer a = RawHttp.send(
                t.app.port(),
                head(
                        "/log/upload?_csrf=" + csrf,
                        150_000_000,
                        multipart(),
                        Security.CSRF_COOKIE + "=" + csrf,
                        "X-CSRF-Token: " + csrf),
                PART_START,
                10_000);
        assertThat(a).as("an answer before the body arrived").isNotNull();
        assertThat(a.status()).isEqualTo(403);
        assertUploadFolderEmpty();
    }

    @Test
    void an_upload_whose_token_is_only_in_the_body_is_refused_before_it_is_read() throws Exception {
        WebClient runner = t.signUp("early-check@example.org");
        String cookie = Security.SESSION_COOKIE + "=" + runner.cookie(Security.SESSION_COOKIE);
        RawHttp.Answer a = RawHttp.send(
                t.app.port(), head("/log/upload", 150_000_000, multipart(), cookie, null), PART_START, 10_000);
        assertThat(a).as("an answer before the body arrived").isNotNull();
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.body()).contains("CSRF");
        assertUploadFolderEmpty();
    }

    @Test
    void a_form_without_any_token_cookie_or_session_is_refused_before_it_is_read() throws Exception {
        RawHttp.Answer a = RawHttp.send(
                t.app.port(),
                head("/diary", 900_000, "application/x-www-form-urlencoded", null, null),
                "note=".getBytes(StandardCharsets.UTF_8),
                10_000);
        assertThat(a).as("an answer before the body arrived").isNotNull();
        assertThat(a.status()).isEqualTo(403);
    }

    @Test
    void the_upload_form_carries_its_token_outside_the_body_and_still_uploads() throws Exception {
        WebClient runner = t.signUp("form-upload@example.org");
        String page = runner.get("/log").body();
        assertThat(page).contains("action=\"/log/upload?_csrf=" + runner.csrf() + "\"");
    }

    private static void assertUploadFolderEmpty() throws Exception {
        for (int i = 0; i < 30; i++) {
            if (UploadFiles.in(t.dir.resolve("uploads")).isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(UploadFiles.in(t.dir.resolve("uploads")))
                .as("files in the upload folder")
                .isEmpty();
    }
}

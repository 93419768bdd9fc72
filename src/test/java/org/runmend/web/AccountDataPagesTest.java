package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountDataPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @Test
    void export_downloads_a_zip_with_everything_as_json() throws Exception {
        WebClient ann = t.signUp("ann@example.org");
        ann.post("/diary", "day", LocalDate.now().toString(), "region", "knee", "score", "2", "note", "after hills");
        assertThat(ann.get("/account").body()).contains("Download my data").contains("href=\"/account/export\"");
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookieOf(ann)).build();
        HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(URI.create(ann.base() + "/account/export")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/zip"));
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"runmend-export.zip\"");
        List<String> names = new ArrayList<>();
        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().equals("runmend-export.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("runmend-export.json", "pain_entries.csv");
        assertThat(json).contains("ann@example.org").contains("after hills");
    }

    @Test
    void deleting_needs_the_typed_e_mail_then_ends_the_session_and_the_account() throws Exception {
        WebClient bo = t.signUp("bo@example.org");
        HttpResponse<String> wrong = bo.post("/account/delete", "confirm", "someone@example.org");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The account was not deleted");
        assertThat(t.accounts.findByEmail("bo@example.org")).isPresent();

        HttpResponse<String> done = bo.post("/account/delete", "confirm", "BO@example.org ");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValue("/account/deleted");
        assertThat(bo.get("/account/deleted").body()).contains("Your account is deleted");
        assertThat(bo.get("/diary").statusCode()).isEqualTo(302);
        assertThat(t.accounts.findByEmail("bo@example.org")).isEmpty();
        HttpResponse<String> login = new WebClient(t.app.port()).post("/login", "email", "bo@example.org",
                "password", "velvet kettle migrates north", "next", "/diary");
        assertThat(login.statusCode()).isEqualTo(401);
    }

    /** The client's cookies, for a download read as bytes. */
    private static java.net.CookieHandler cookieOf(WebClient c) throws Exception {
        var f = WebClient.class.getDeclaredField("cookies");
        f.setAccessible(true);
        return (java.net.CookieHandler) f.get(c);
    }
}

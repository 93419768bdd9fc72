package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.support.TestClock;

class AccountDataPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @Test
    void export_downloads_a_zip_with_everything_as_json() throws Exception {
        WebClient ann = t.signUp("ann@example.org");
        ann.post("/diary", "day", TestClock.TODAY.toString(), "region", "knee", "score", "2", "note", "after hills");
        assertThat(ann.get("/account").body()).contains("Download my data").contains("href=\"/account/export\"");
        var http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(cookieOf(ann))
                .build();
        HttpResponse<byte[]> zip = http.send(
                HttpRequest.newBuilder(URI.create(ann.base() + "/account/export"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/zip"));
        assertThat(zip.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"runmend-export.zip\"");
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
    void deleting_needs_the_typed_e_mail_and_the_password_then_ends_the_session_and_the_account() throws Exception {
        WebClient bo = t.signUp("bo@example.org");
        HttpResponse<String> wrong = bo.post(
                "/account/delete", "confirm", "someone@example.org", "password", "velvet kettle migrates north");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The account was not deleted");
        assertThat(t.accounts.findByEmail("bo@example.org")).isPresent();
        HttpResponse<String> noPassword = bo.post("/account/delete", "confirm", "bo@example.org");
        assertThat(noPassword.statusCode()).isEqualTo(403);
        assertThat(noPassword.body()).contains("The account was not deleted").contains("password is wrong");
        assertThat(bo.post("/account/delete", "confirm", "bo@example.org", "password", "not the password")
                        .statusCode())
                .isEqualTo(403);
        assertThat(t.accounts.findByEmail("bo@example.org")).isPresent();
        assertThat(bo.get("/account").body())
                .contains("name=\"password\" type=\"password\" autocomplete=\"current-password\"");

        HttpResponse<String> done =
                bo.post("/account/delete", "confirm", "BO@example.org ", "password", "velvet kettle migrates north");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValue("/account/deleted");
        assertThat(bo.get("/account/deleted").body()).contains("Your account is deleted");
        assertThat(bo.get("/diary").statusCode()).isEqualTo(302);
        assertThat(t.accounts.findByEmail("bo@example.org")).isEmpty();
        HttpResponse<String> login = new WebClient(t.app.port())
                .post(
                        "/login",
                        "email",
                        "bo@example.org",
                        "password",
                        "velvet kettle migrates north",
                        "next",
                        "/diary");
        assertThat(login.statusCode()).isEqualTo(401);
    }

    @Test
    void guessing_the_current_password_on_the_account_page_is_slowed_like_log_in() throws Exception {
        WebClient gus = t.signUp("gus@example.org");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(gus.post("/account/password", "current", "guess number " + i, "new", "a brand new passphrase")
                    .statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(403);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
        HttpResponse<String> email =
                gus.post("/account/email", "email", "gus2@example.org", "password", "one more guess");
        assertThat(email.statusCode()).isEqualTo(429);
        assertThat(email.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void sign_up_with_a_taken_address_does_not_say_it_is_taken() throws Exception {
        t.signUp("known@example.org");
        HttpResponse<String> again = new WebClient(t.app.port())
                .post("/signup", "email", "known@example.org", "name", "x", "password", "pebble lantern on the hill");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("cannot be used here").doesNotContain("already exists");
    }

    @Test
    void changing_the_password_needs_the_current_one_and_signs_out_other_devices() throws Exception {
        WebClient phone = t.signUp("cy@example.org");
        WebClient laptop = new WebClient(t.app.port());
        laptop.post("/login", "email", "cy@example.org", "password", "velvet kettle migrates north");
        assertThat(laptop.get("/diary").statusCode()).isEqualTo(200);

        HttpResponse<String> wrong =
                phone.post("/account/password", "current", "not my password", "new", "a brand new passphrase");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("The password was not changed").contains("The current password is wrong");
        HttpResponse<String> shortOne =
                phone.post("/account/password", "current", "velvet kettle migrates north", "new", "short");
        assertThat(shortOne.statusCode()).isEqualTo(400);
        assertThat(shortOne.body()).contains("at least 10 characters");

        HttpResponse<String> ok = phone.post(
                "/account/password", "current", "velvet kettle migrates north", "new", "a brand new passphrase");
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(phone.get("/account?changed=password").body()).contains("Your password is changed");
        assertThat(laptop.get("/diary").statusCode())
                .as("the other device is signed out")
                .isEqualTo(302);
        assertThat(new WebClient(t.app.port())
                        .post("/login", "email", "cy@example.org", "password", "velvet kettle migrates north")
                        .statusCode())
                .isEqualTo(401);
        assertThat(new WebClient(t.app.port())
                        .post("/login", "email", "cy@example.org", "password", "a brand new passphrase")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void changing_the_e_mail_needs_the_password_and_a_free_address() throws Exception {
        WebClient dee = t.signUp("dee@example.org");
        t.signUp("taken@example.org");
        assertThat(dee.post("/account/email", "email", "dee2@example.org", "password", "wrong password!")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> taken =
                dee.post("/account/email", "email", "Taken@example.org", "password", "velvet kettle migrates north");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body())
                .contains("cannot be used here")
                .doesNotContain("already exists")
                .contains("value=\"Taken@example.org\"");
        assertThat(dee.post("/account/email", "email", "not-an-address", "password", "velvet kettle migrates north")
                        .statusCode())
                .isEqualTo(400);

        assertThat(dee.post(
                                "/account/email",
                                "email",
                                " Dee.New@example.org ",
                                "password",
                                "velvet kettle migrates north")
                        .statusCode())
                .isEqualTo(302);
        assertThat(dee.get("/account?changed=email").body())
                .contains("dee.new@example.org")
                .contains("log in with dee.new@example.org");
        assertThat(t.accounts.findByEmail("dee@example.org")).isEmpty();
        assertThat(new WebClient(t.app.port())
                        .post("/login", "email", "dee.new@example.org", "password", "velvet kettle migrates north")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void the_export_json_is_complete_for_machines_and_the_csvs_are_readable_for_people() throws Exception {
        WebClient eve = t.signUp("eve@example.org");
        byte[] fit = java.nio.file.Files.readAllBytes(
                org.runmend.support.Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit"));
        HttpResponse<String> imported =
                eve.send(HttpRequest.newBuilder(URI.create(eve.base() + "/api/v1/activities?name=run.fit"))
                        .header("X-CSRF-Token", eve.csrf())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(fit)));
        assertThat(imported.statusCode()).isLessThan(300);
        eve.post("/diary", "day", TestClock.TODAY.toString(), "region", "knee", "score", "2", "note", "after hills");
        eve.post("/check/save", "interview", PlanPagesTest.heelCheck(eve));

        var http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(cookieOf(eve))
                .build();
        byte[] zip = http.send(
                        HttpRequest.newBuilder(URI.create(eve.base() + "/account/export"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(files.get("runmend-export.json"));
        var run = json.get("activities").get(0);
        assertThat(run.get("start").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(run.has("samples_gz")).isFalse();
        assertThat(run.get("samples").isArray()).isTrue();
        assertThat(run.get("samples").size()).isGreaterThan(10);
        assertThat(run.get("samples").get(0).get("time").asText()).endsWith("Z");
        assertThat(run.get("distance_m").isNumber()).isTrue();
        assertThat(json.get("assessments").get(0).get("case").get("region").asText())
                .isEqualTo("heel-bottom");
        assertThat(json.get("account").get(0).get("created_at").asText()).endsWith("Z");

        String activities = files.get("activities.csv");
        String[] header = activities.lines().findFirst().orElseThrow().split(",");
        assertThat(header)
                .contains("date", "start_time", "distance_km", "moving_time")
                .doesNotContain("samples_gz", "laps_json", "start_ms");
        String row = activities.lines().skip(1).findFirst().orElseThrow();
        assertThat(row)
                .containsPattern("\\d{4}-\\d{2}-\\d{2}")
                .containsPattern(",\\d+\\.\\d{2},")
                .containsPattern("\\d+:\\d{2}:\\d{2}");
        for (var f : files.entrySet()) {
            if (f.getKey().endsWith(".csv")) {
                assertThat(f.getValue())
                        .as(f.getKey() + " has no encoded blob")
                        .doesNotContainPattern("[A-Za-z0-9+/=]{60,}")
                        .as(f.getKey() + " has no long unrounded number")
                        .doesNotContainPattern("\\d+\\.\\d{4,}")
                        .as(f.getKey() + " has no epoch milliseconds")
                        .doesNotContainPattern("\\b1[0-9]{12}\\b");
            }
        }
        assertThat(files.get("assessments.csv")).contains("heel-bottom").doesNotContain("{");
    }

    /** The client's cookies, for a download read as bytes. */
    private static java.net.CookieHandler cookieOf(WebClient c) throws Exception {
        var f = WebClient.class.getDeclaredField("cookies");
        f.setAccessible(true);
        return (java.net.CookieHandler) f.get(c);
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.support.TestClock;

/** The training log pages in process, over HTTP, each test as its own freshly signed-up runner. */
class TrainingPageTest {
    private static final Path DATA = org.runmend.support.Shared.activities();
    private static final Path GPX_RUN = DATA.resolve("gpx/tg-run.gpx");
    private static final Path FIT_RUN = DATA.resolve("fit/pf-activity-small-fenix2-run.fit");
    private static final Path BROKEN_FIT = DATA.resolve("broken/tg-empty_trk.gpx");
    private static WebApp app;

    @BeforeAll
    static void start() throws java.io.IOException {
        app = new WebApp(
                        KnowledgeBase.bundled(),
                        AppConfig.ephemeral(Path.of("target")),
                        org.runmend.support.Databases.sqlite(Files.createTempDirectory("runmend-training-web")),
                        TestClock.FIXED)
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void the_log_needs_a_signed_in_runner() throws Exception {
        HttpClient anonymous =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String path : List.of("/log", "/log/new", "/shoes", "/load")) {
            HttpResponse<String> r =
                    anonymous.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("location").orElse("")).startsWith("/login?next=");
        }
    }

    @Test
    void uploading_real_files_at_once_lists_them_and_names_the_broken_one() throws Exception {
        Runner a = Runner.signUp();
        HttpResponse<String> r = a.upload(false, GPX_RUN, FIT_RUN, BROKEN_FIT);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Upload finished")
                .contains("data-file=\"tg-run.gpx\"")
                .contains("data-file=\"pf-activity-small-fenix2-run.fit\"")
                .containsPattern("<li class=\"upload-result result-imported\" data-file=\"tg-run.gpx\">")
                .containsPattern("<li class=\"upload-result result-failed\" data-file=\"tg-empty_trk.gpx\">")
                .contains("Failed: tg-empty_trk.gpx")
                .contains("/diary/new?activity=")
                .contains("\">for this run</a>");

        String log = a.get("/log").body();
        assertThat(count(log, "<tr data-activity=")).isEqualTo(2);
        assertThat(log).contains("2 activities, newest first").contains("Running");
        assertThat(log).doesNotContain("empty_trk");
    }

    @Test
    void uploading_the_same_file_twice_reports_a_duplicate() throws Exception {
        Runner a = Runner.signUp();
        HttpResponse<String> first = a.upload(true, GPX_RUN);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(first.body()).contains("\"status\":\"imported\"").contains("\"imported\":1");

        HttpResponse<String> again = a.upload(true, GPX_RUN);
        assertThat(again.body())
                .contains("\"status\":\"duplicate\"")
                .contains("\"duplicates\":1")
                .contains("already in your log");
        assertThat(count(a.get("/log").body(), "<tr data-activity=")).isEqualTo(1);
    }

    @Test
    void an_upload_without_the_csrf_token_is_refused() throws Exception {
        Runner a = Runner.signUp();
        HttpResponse<String> r = a.uploadWithToken("not-the-token-of-this-session", GPX_RUN);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(a.get("/log").body()).contains("No activities yet");
    }

    @Test
    void manual_entry_with_a_bad_distance_shows_an_error_naming_the_field() throws Exception {
        Runner a = Runner.signUp();
        HttpResponse<String> r = a.post(
                "/log/new", "date", TestClock.TODAY.toString(), "distance", "ten", "duration", "50:00", "effort", "11");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("role=\"alert\"")
                .contains("Distance: enter kilometres as a number, like 8.5 (you entered ten).")
                .contains("Perceived effort: must be between 1 and 10 (you entered 11).")
                .contains("aria-invalid=\"true\" aria-describedby=\"distance-error\"")
                .contains("value=\"ten\"")
                .doesNotContain("Duration:");
        assertThat(a.get("/log").body()).contains("No activities yet");
    }

    @Test
    void a_manual_run_is_saved_with_its_details_and_can_be_edited_and_deleted() throws Exception {
        Runner a = Runner.signUp();
        a.post(
                "/shoes",
                "name",
                "Grey road shoes",
                "start",
                TestClock.TODAY.minusDays(60).toString(),
                "alert",
                "");
        String id = a.addRun(TestClock.TODAY.minusDays(1), "8,5", "45", "trail", "knee", "3");
        String page = a.get("/log/" + id).body();
        assertThat(page)
                .contains("Trail running on")
                .contains("8.50 km")
                .contains("45:00")
                .contains("5:18 min/km")
                .contains("Entered by hand")
                .contains("Grey road shoes")
                .contains("<option value=\"knee\" selected>");

        // the pain is the run's diary entry: the diary (and with it the chart and the report) reads it
        assertThat(a.get("/diary").body())
                .contains("Knee · <span class=\"entry-score\">pain 3/10</span> · after a run");
        assertThat(a.get("/log").body()).contains("data-label=\"Pain\">Knee 3/10</td>");

        HttpResponse<String> edited = a.post(
                "/log/" + id + "/details",
                "surface",
                "road",
                "warmUp",
                "yes",
                "effort",
                "4",
                "shoe",
                "",
                "painRegion",
                "",
                "painScore",
                "");
        assertThat(edited.statusCode()).isEqualTo(302);
        String after = a.get("/log/" + id + "?notice=saved").body();
        assertThat(after)
                .contains("Your details were saved.")
                .contains("value=\"road\" checked")
                .contains("value=\"yes\" checked")
                .contains("value=\"4\"")
                .contains("<option value=\"\" selected>Nothing hurt");
        assertThat(a.get("/diary").body())
                .as("pain cleared on the run form leaves the diary")
                .doesNotContain("pain 3/10");

        HttpResponse<String> noPlace = a.post(
                "/log/" + id + "/details",
                "surface",
                "road",
                "warmUp",
                "",
                "effort",
                "",
                "shoe",
                "",
                "painRegion",
                "",
                "painScore",
                "5");
        assertThat(noPlace.statusCode()).isEqualTo(400);
        assertThat(noPlace.body()).contains("Where it hurt: choose the place");
        a.post(
                "/log/" + id + "/details",
                "surface",
                "road",
                "warmUp",
                "",
                "effort",
                "",
                "shoe",
                "",
                "painRegion",
                "calf",
                "painScore",
                "5");

        HttpResponse<String> ask = a.post("/log/" + id + "/delete");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Delete this activity?").contains("name=\"confirm\" value=\"yes\"");
        assertThat(a.get("/log/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> gone = a.post("/log/" + id + "/delete", "confirm", "yes");
        assertThat(gone.statusCode()).isEqualTo(302);
        assertThat(a.get("/log/" + id).statusCode()).isEqualTo(404);
        assertThat(a.get("/diary").body())
                .as("the pain stays in the diary, no longer tied to a run")
                .contains("(calf) · <span class=\"entry-score\">pain 5/10</span></p>");
    }

    @Test
    void a_notice_key_from_the_address_shows_its_sentence_and_an_unknown_one_is_ignored() throws Exception {
        Runner a = Runner.signUp();
        assertThat(a.get("/log?notice=deleted").body()).contains(Notice.DELETED.text());
        HttpResponse<String> unknown = a.get("/log?notice=%3Cscript%3Ebogus");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).doesNotContain("bogus").doesNotContain("class=\"notice\"");
        assertThat(Notice.ofKey("shoe-added")).contains(Notice.SHOE_ADDED);
        assertThat(Notice.SAVED.after("/log/x")).isEqualTo("/log/x?notice=saved");
    }

    @Test
    void detail_page_of_a_watch_file_shows_laps_and_charts() throws Exception {
        Runner a = Runner.signUp();
        String body = a.upload(true, FIT_RUN).body();
        String id = firstId(body);
        String page = a.get("/log/" + id).body();
        assertThat(page)
                .contains("<table class=\"laps\">")
                .contains("<th scope=\"row\">1</th>")
                .contains("Heart rate")
                .contains("Moving time")
                .contains("Elapsed time")
                .contains("id=\"pace-chart-title\"")
                .contains("role=\"img\"")
                .containsPattern("<path class=\"line\" d=\"M[0-9.]+ [0-9.]+ L");
    }

    @Test
    void shoes_can_be_added_made_default_given_a_reminder_and_retired() throws Exception {
        Runner a = Runner.signUp();
        HttpResponse<String> bad = a.post("/shoes", "name", "", "start", "yesterday", "alert", "-5");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("Name: give the pair a name")
                .contains("First run in them: enter a date")
                .contains("Reminder distance: must be between 1 and 5000 km (you entered -5).");

        a.post("/shoes", "name", "Old trainers", "start", "2024-01-01", "alert", "");
        a.post("/shoes", "name", "New racers", "start", TestClock.TODAY.toString(), "alert", "500");
        String page = a.get("/shoes").body();
        assertThat(page)
                .contains("Old trainers")
                .contains("New racers")
                .contains("to the 700 km reminder")
                .contains("to the 500 km reminder");
        assertThat(count(page, "<span class=\"tag\">Default</span>")).isEqualTo(1);
        String racers = shoeId(page, "New racers");
        a.post("/shoes/" + racers + "/default");
        String old = shoeId(a.get("/shoes").body(), "Old trainers");
        a.post("/shoes/" + old + "/alert", "alert", "800");
        a.post("/shoes/" + old + "/retire");
        String after = a.get("/shoes").body();
        assertThat(after).contains("<span class=\"tag\">Retired</span>");
        assertThat(after.substring(after.indexOf("New racers"))).contains("Default");
        assertThat(a.get("/log/new").body())
                .contains("selected>New racers (default)</option>")
                .doesNotContain("Old trainers");
    }

    @Test
    void load_page_flags_a_run_far_longer_than_the_longest_of_the_30_days_before() throws Exception {
        Runner a = Runner.signUp();
        LocalDate today = TestClock.TODAY;
        a.addRun(today.minusDays(20), "6", "36:00", "road", "", "");
        a.addRun(today.minusDays(12), "6", "36:00", "road", "", "");
        a.addRun(today.minusDays(3), "10", "62:00", "road", "", "");
        String load = a.get("/load").body();
        assertThat(load)
                .contains("A run much longer than before")
                .contains("moderate spike (over 30% to 100% longer)")
                .contains("+67% on your longest of 6.0 km")
                .contains("Why it matters:")
                .contains("class=\"wbar spike\"")
                .contains("▲ 1 spike")
                .contains("<caption id=\"weeks-table-title\">")
                .contains(org.runmend.training.AcuteChronic.CAVEAT.substring(0, 40))
                .contains("What the pain check will pre-answer from your log")
                .contains("Did your weekly distance or the length of a single run go up sharply");
    }

    @Test
    void another_runner_gets_404_for_an_activity_and_cannot_delete_or_edit_it() throws Exception {
        Runner a = Runner.signUp();
        Runner b = Runner.signUp();
        String id = a.addRun(TestClock.TODAY.minusDays(2), "5", "30", "road", "", "");
        assertThat(b.get("/log/" + id).statusCode()).isEqualTo(404);
        assertThat(b.get("/log/" + id).body()).doesNotContain("5.00 km");
        assertThat(b.post("/log/" + id + "/delete", "confirm", "yes").statusCode())
                .isEqualTo(404);
        assertThat(b.post("/log/" + id + "/details", "surface", "grass").statusCode())
                .isEqualTo(404);
        assertThat(b.get("/log").body()).contains("No activities yet");
        String mine = a.get("/log/" + id).body();
        assertThat(mine).contains("5.00 km").contains("value=\"road\" checked");
    }

    // ---- helpers ----

    /** A browser-like client with its own cookies: one signed-up runner. */
    private static final class Runner {
        final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf;

        static Runner signUp() throws Exception {
            Runner r = new Runner();
            r.get("/signup");
            String cookieToken = ((CookieManager) r.http.cookieHandler().orElseThrow())
                    .getCookieStore().getCookies().stream()
                            .filter(c -> c.getName().equals(Security.CSRF_COOKIE))
                            .findFirst()
                            .orElseThrow()
                            .getValue();
            HttpResponse<String> s = r.send(HttpRequest.newBuilder(uri("/signup"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(
                            "email",
                            "runner-" + UUID.randomUUID() + "@example.org",
                            "name",
                            "Test Runner",
                            "password",
                            "velvet kettle migrates north",
                            "_csrf",
                            cookieToken)))
                    .build());
            assertThat(s.statusCode()).as(s.body()).isEqualTo(302);
            r.csrf = attr(r.get("/log").body(), "name=\"_csrf\" value");
            return r;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html")
                    .build());
        }

        HttpResponse<String> post(String path, String... kv) throws Exception {
            String[] all = java.util.Arrays.copyOf(kv, kv.length + 2);
            all[kv.length] = "_csrf";
            all[kv.length + 1] = csrf;
            return send(HttpRequest.newBuilder(uri(path))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                    .build());
        }

        /** Adds a run by hand and returns its id. */
        String addRun(LocalDate day, String km, String duration, String surface, String painRegion, String painScore)
                throws Exception {
            HttpResponse<String> r = post(
                    "/log/new",
                    "date",
                    day.toString(),
                    "time",
                    "",
                    "distance",
                    km,
                    "duration",
                    duration,
                    "surface",
                    surface,
                    "warmUp",
                    "",
                    "effort",
                    "",
                    "painRegion",
                    painRegion,
                    "painScore",
                    painScore);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
            String location = r.headers().firstValue("location").orElseThrow();
            assertThat(location).endsWith("?notice=added");
            return location.substring("/log/".length(), location.indexOf('?'));
        }

        /** Posts files as multipart: as the script does (one JSON answer) or as the plain form does. */
        HttpResponse<String> upload(boolean script, Path... files) throws Exception {
            return upload(script, csrf, files);
        }

        HttpResponse<String> uploadWithToken(String token, Path... files) throws Exception {
            return upload(false, token, files);
        }

        private HttpResponse<String> upload(boolean script, String token, Path... files) throws Exception {
            String boundary = "----runmend" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                                + f.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(f));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            // as the page's form sends it: the token in the address, so it is checked before the body is read
            HttpRequest.Builder b = HttpRequest.newBuilder(
                            uri("/log/upload?_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .header("content-type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            if (script) {
                b.header("Accept", "application/json").header("X-CSRF-Token", token);
            } else {
                b.header("Accept", "text/html");
            }
            return send(b.build());
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private static String attr(String page, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(name + " in page").isTrue();
        return m.group(1);
    }

    private static String firstId(String json) {
        Matcher m = Pattern.compile("\"ids\":\\[\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("an imported id in " + json).isTrue();
        return m.group(1);
    }

    private static String shoeId(String page, String name) {
        Matcher m = Pattern.compile("data-shoe=\"([^\"]+)\">\\s*<h2>" + Pattern.quote(name))
                .matcher(page);
        assertThat(m.find()).as(name + " on the shoes page").isTrue();
        return m.group(1);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

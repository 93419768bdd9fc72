package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;

/** The pain check pages in process, over HTTP, without a browser. */
class PainCheckPageTest {
    static final List<String> CONTRACT_REGIONS = List.of(
            "foot-top",
            "heel-bottom",
            "heel-back",
            "calf",
            "shin",
            "thigh-back",
            "knee",
            "lower-back",
            "hip-groin",
            "hip-side",
            "buttock",
            "thigh-front",
            "ankle",
            "forefoot");
    /** Regions drawn once, in the middle (the lower back) or on the one sole shown. */
    static final List<String> UNPAIRED = List.of("lower-back");

    private static final java.net.CookieManager COOKIES = new java.net.CookieManager();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().cookieHandler(COOKIES).build();
    private static WebApp app;

    @BeforeAll
    static void start() throws java.io.IOException {
        app = new WebApp(
                        KnowledgeBase.bundled(),
                        AppConfig.ephemeral(Path.of("target")),
                        org.runmend.support.Databases.sqlite(java.nio.file.Files.createTempDirectory("runmend-web")),
                        org.runmend.support.TestClock.FIXED)
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void home_page_says_what_runmend_does_and_starts_the_check() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("<html lang=\"en\">", "<main", "<header", "<footer", "<nav")
                .contains("does not diagnose")
                .contains("href=\"/check\"");
    }

    @Test
    void body_map_offers_body_parts_then_every_region_and_side_as_focusable_labelled_areas_and_as_a_list()
            throws Exception {
        String page = get("/check").body();
        assertThat(page).containsOnlyOnce("<svg");
        assertThat(page)
                .containsPattern("<a class=\"area\" href=\"/check/intake\\?region=lower-back\" data-part=\"lower-back\""
                        + " data-region=\"lower-back\" aria-label=\"Lower back\" tabindex=\"0\">");
        StringBuilder zoomed = new StringBuilder();
        for (String part : List.of("hip", "thigh", "knee", "lower-leg", "foot-ankle")) {
            assertThat(page)
                    .as(part)
                    .containsPattern("<a class=\"area\" href=\"/check\\?part=" + part + "\" data-part=\"" + part
                            + "\" aria-label=\"[^\"]+\" tabindex=\"0\">");
            HttpResponse<String> r = get("/check?part=" + part);
            assertThat(r.statusCode()).as(part).isEqualTo(200);
            assertThat(r.body())
                    .as(part)
                    .containsOnlyOnce("<svg")
                    .contains("href=\"/check\" data-whole-body")
                    .doesNotContain("name=\"story\"");
            zoomed.append(r.body());
        }
        for (String region : CONTRACT_REGIONS) {
            if (!UNPAIRED.contains(region)) {
                for (String side : List.of("left", "right")) {
                    assertThat(zoomed)
                            .as(region + " " + side)
                            .containsPattern("<a class=\"area\" href=\"/check/intake\\?region="
                                    + region + "&amp;side=" + side + "\" data-region=\"" + region + "\" data-side=\""
                                    + side
                                    + "\" aria-label=\"[^\"]+, " + side + " side\" tabindex=\"0\">");
                }
            }
            assertThat(page).as(region).contains("<li><a href=\"/check/intake?region=" + region + "\">");
        }
    }

    @Test
    void an_unknown_body_part_shows_the_whole_figure_with_a_message() throws Exception {
        HttpResponse<String> r = get("/check?part=elbow");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("That part of the body is not on the map").contains("data-part=\"knee\"");
    }

    @Test
    void the_side_picked_on_the_body_map_is_ticked_on_the_intake_form() throws Exception {
        String page = get("/check/intake?region=ankle&side=left").body();
        assertThat(page).containsPattern("value=\"left\" checked");
        assertThat(get("/check/intake?region=ankle&side=elbow").body())
                .doesNotContainPattern("value=\"(left|right|both)\" checked");
    }

    @Test
    void intake_names_the_chosen_region_and_labels_every_input() throws Exception {
        String page = get("/check/intake?region=heel-bottom").body();
        assertThat(page).contains("Bottom of the heel");
        for (String id : List.of("age", "durationDays", "painScore")) {
            assertThat(page).contains("<label for=\"" + id + "\">").contains("id=\"" + id + "\"");
        }
        assertThat(page).contains("<legend>Sex");
    }

    @Test
    void an_unknown_region_goes_back_to_the_body_map_with_a_message() throws Exception {
        HttpResponse<String> r = get("/check/intake?region=elbow");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Choose where it hurts").contains("data-part=\"knee\"");
    }

    @Test
    void a_bad_intake_shows_an_error_naming_each_bad_field() throws Exception {
        HttpResponse<String> r = post(
                "/check/intake",
                form("region", "knee", "age", "3", "sex", "female", "durationDays", "ten", "painScore", ""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("role=\"alert\"")
                .contains("Age: must be between 5 and 100 (you entered 3).")
                .contains("How long it has hurt: must be a whole number (you entered ten).")
                .contains("How bad it is: enter a number from 0")
                .contains("aria-invalid=\"true\" aria-describedby=\"age-error\"")
                .doesNotContain("Sex:")
                .contains("value=\"3\"");
    }

    @Test
    void a_good_intake_starts_the_interview_with_a_signed_token_in_a_hidden_field() throws Exception {
        String page = startInterview("lower-back");
        assertThat(page)
                .contains("<form method=\"post\" action=\"/check/checklist\" class=\"checklist\"")
                .containsPattern("<input type=\"hidden\" name=\"interview\" value=\"[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\">")
                .contains("Safety check")
                .contains("<input type=\"radio\" name=\"answer.saddle-numbness\" value=\"yes\"")
                .contains("<input type=\"radio\" name=\"answer.saddle-numbness\" value=\"unknown\"")
                .contains("data-checklist-none");
    }

    @Test
    void none_of_these_never_drops_a_yes_chosen_before_it() throws Exception {
        String page = startInterview("knee");
        String result = post(
                        "/check/checklist",
                        form("interview", token(page), "answer.bladder-bowel-change", "yes", "none", "yes"))
                .body();
        assertThat(result).contains("class=\"triage triage-emergency\" role=\"alert\"");
    }

    @Test
    void a_warning_sign_can_be_answered_not_sure_and_the_rest_left_blank_count_as_no() throws Exception {
        String page = startInterview("knee");
        String next = post("/check/checklist", form("interview", token(page), "answer.bladder-bowel-change", "unknown"))
                .body();
        assertThat(next).doesNotContain("class=\"checklist\"");
        assertThat(next)
                .containsPattern(
                        "data-answered=\"bladder-bowel-change\">[\\s\\S]*?<strong class=\"a a-unknown\">Not sure</strong>");
        assertThat(next)
                .containsPattern("data-answered=\"saddle-numbness\">[\\s\\S]*?<strong class=\"a a-no\">No</strong>");
    }

    @Test
    void a_form_without_the_csrf_token_is_refused() throws Exception {
        HttpResponse<String> r = postRaw(
                "/check/intake",
                form("region", "knee", "age", "30", "sex", "female", "durationDays", "3", "painScore", "3"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF check failed");
        HttpResponse<String> forged = postRaw(
                "/check/intake",
                form(
                        "region",
                        "knee",
                        "age",
                        "30",
                        "sex",
                        "female",
                        "durationDays",
                        "3",
                        "painScore",
                        "3",
                        "_csrf",
                        "made-up-token-of-the-right-length"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void a_tampered_interview_token_gets_a_page_saying_it_cannot_continue() throws Exception {
        HttpResponse<String> r =
                post("/check/answer", form("interview", "abc.def", "finding", "fever-unwell", "answer", "no"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("This pain check cannot continue").contains("href=\"/check\"");
    }

    @Test
    void the_safety_checklist_comes_first_in_any_region_and_ticking_bladder_change_ends_on_the_emergency_panel()
            throws Exception {
        for (String region : List.of("lower-back", "thigh-back", "hip-side")) {
            String page = startInterview(region);
            assertThat(page)
                    .as(region)
                    .contains("class=\"checklist\"")
                    .contains("name=\"answer.bladder-bowel-change\"");
            String result = post(
                            "/check/checklist",
                            form(
                                    "interview",
                                    token(page),
                                    "answer.bladder-bowel-change",
                                    "yes",
                                    "answer.saddle-numbness",
                                    "no"))
                    .body();
            assertThat(result)
                    .as(region)
                    .contains("class=\"triage triage-emergency\" role=\"alert\"")
                    .contains("Get emergency help now")
                    .contains("This is not a diagnosis.")
                    .doesNotContain("class=\"question\"");
        }
    }

    @Test
    void back_takes_the_last_answer_back_and_change_re_asks_a_question_in_place() throws Exception {
        String checklist = startInterview("heel-bottom");
        String first =
                post("/check/checklist", form("interview", token(checklist))).body();
        assertThat(first).contains("class=\"question\"");
        String firstFinding = attr(first, "data-finding");
        String second = post("/check/answer", form("interview", token(first), "finding", firstFinding, "answer", "no"))
                .body();
        assertThat(second).contains("data-answered=\"" + firstFinding + "\"");

        String back = post("/check/back", form("interview", token(second))).body();
        assertThat(attr(back, "data-finding")).isEqualTo(firstFinding);
        assertThat(back).doesNotContain("data-answered=\"" + firstFinding + "\"");
        String backToChecklist =
                post("/check/back", form("interview", token(back))).body();
        assertThat(backToChecklist).as("the checklist is taken back as a whole").contains("class=\"checklist\"");

        String change = post("/check/change", form("interview", token(second), "finding", firstFinding))
                .body();
        assertThat(attr(change, "data-finding")).isEqualTo(firstFinding);
        assertThat(change).contains("You answered <strong>No</strong>");
        String after = post(
                        "/check/answer", form("interview", token(change), "finding", firstFinding, "answer", "unknown"))
                .body();
        assertThat(after)
                .containsOnlyOnce("data-answered=\"" + firstFinding + "\"")
                .contains("Not sure");
    }

    @Test
    void css_and_js_together_are_under_100_kb_as_served() throws Exception {
        Set<String> assets = new LinkedHashSet<>();
        for (String page : List.of(get("/").body(), get("/check").body(), startInterview("calf"))) {
            Matcher m = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"").matcher(page);
            while (m.find()) {
                assets.add(m.group(1));
            }
        }
        assertThat(assets).anyMatch(a -> a.contains(".css?v=")).anyMatch(a -> a.contains(".js?v="));
        long total = 0;
        for (String a : assets) {
            HttpResponse<byte[]> r =
                    HTTP.send(HttpRequest.newBuilder(uri(a)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(a).isEqualTo(200);
            total += r.body().length;
        }
        assertThat(total).as("bytes of " + assets).isLessThan(100 * 1024);
    }

    @Test
    void unknown_pages_get_an_html_not_found_page() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(uri("/no/such/page"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Page not found");
    }

    private static String startInterview(String region) throws Exception {
        HttpResponse<String> r = post(
                "/check/intake",
                form("region", region, "age", "45", "sex", "female", "durationDays", "10", "painScore", "5"));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static String token(String page) {
        return attr(page, "name=\"interview\" value");
    }

    private static String attr(String page, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name + " in page").isTrue();
        return m.group(1);
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form the way a browser does: with the CSRF token of the page's cookie. */
    private static HttpResponse<String> post(String path, String form) throws Exception {
        return postRaw(path, form + "&_csrf=" + csrf());
    }

    private static String csrf() throws Exception {
        get("/");
        return COOKIES.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(Security.CSRF_COOKIE))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private static HttpResponse<String> postRaw(String path, String form) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
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

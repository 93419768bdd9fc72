package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 10, item 6: a missing activity or pair of shoes gets the same HTML 404 page as the rest of the site. */
class ErrorPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @Test
    void a_missing_activity_or_shoe_is_an_html_page_naming_what_was_not_found() throws Exception {
        WebClient runner = t.signUp("missing@example.org");
        for (HttpResponse<String> r : List.of(
                runner.get("/log/no-such-run"),
                runner.post("/log/no-such-run/details", "surface", "road"),
                runner.post("/log/no-such-run/delete"),
                runner.post("/shoes/no-such-pair/retire"),
                runner.post("/shoes/no-such-pair/default"),
                runner.post("/shoes/no-such-pair/alert", "alert", "600"))) {
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(r.uri().toString())
                    .startsWith("text/html");
            assertThat(r.body())
                    .as(r.uri().toString())
                    .contains("<!doctype html>")
                    .contains("no-such-");
        }
    }

    @Test
    void an_unknown_activity_shoe_or_diary_entry_gets_the_same_404_page_as_any_other_missing_thing() throws Exception {
        WebClient runner = t.signUp("same-404@example.org");
        HttpResponse<String> noPage = runner.get("/no/such/page");
        assertThat(noPage.statusCode()).isEqualTo(404);
        assertThat(noPage.body()).contains("<h1>Page not found</h1>");
        for (HttpResponse<String> r : List.of(
                runner.get("/log/no-such-run"),
                runner.get("/log/no-such-run/export.gpx"),
                runner.post("/shoes/no-such-pair/retire"),
                runner.post("/shoes/no-such-pair/alert", "alert", "600"),
                runner.get("/diary/no-such-entry/edit"),
                runner.post("/diary/no-such-entry/delete"))) {
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(r.uri().toString())
                    .startsWith("text/html");
            assertThat(withoutMessage(r.body())).as(r.uri().toString()).isEqualTo(withoutMessage(noPage.body()));
            assertThat(message(r.body())).as(r.uri().toString()).contains("no-such-");
        }
    }

    @Test
    void a_refused_report_plan_form_or_interview_token_is_the_same_problem_page_naming_the_problem() throws Exception {
        WebClient runner = t.signUp("refused@example.org");
        HttpResponse<String> noPage = runner.get("/no/such/page");
        HttpResponse<String> report = runner.get("/report.pdf");
        assertThat(report.statusCode()).isEqualTo(404);
        assertThat(report.body()).contains("<h1>No saved pain check</h1>");
        assertThat(message(report.body())).contains("Save this check");
        HttpResponse<String> plan = runner.post("/plan/start", "conditionId", "no-such-condition", "region", "knee");
        assertThat(plan.statusCode()).isEqualTo(400);
        assertThat(message(plan.body())).contains("Unknown condition");
        HttpResponse<String> token =
                runner.post("/check/answer", "interview", "forged", "finding", "swelling", "answer", "yes");
        assertThat(token.statusCode()).isEqualTo(400);
        assertThat(token.body()).contains("<h1>This pain check cannot continue</h1>");
        for (HttpResponse<String> r : List.of(report, plan, token)) {
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(r.uri().toString())
                    .startsWith("text/html");
            // the same page as any other problem: only the title and the message differ
            assertThat(withoutMessage(r.body()).replaceAll("<h1>[^<]*</h1>", "").replaceAll("<title>[^<]*</title>", ""))
                    .as(r.uri().toString())
                    .isEqualTo(withoutMessage(noPage.body())
                            .replaceAll("<h1>[^<]*</h1>", "")
                            .replaceAll("<title>[^<]*</title>", ""));
        }
    }

    /** The one sentence that names what was missing. */
    private static String message(String page) {
        int start = page.indexOf("<p role=\"alert\">");
        assertThat(start).as("the problem page's message in " + page).isNotNegative();
        return page.substring(start, page.indexOf("</p>", start));
    }

    private static String withoutMessage(String page) {
        return page.replace(message(page), "<p role=\"alert\">");
    }
}

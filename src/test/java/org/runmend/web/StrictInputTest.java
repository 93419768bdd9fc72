package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmend.support.TestClock;

/** Issue 10, item 6: input that only looks acceptable is refused, naming the field and the value. */
class StrictInputTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final String CASE =
            "{\"id\":\"c1\",\"region\":\"knee\",\"age\":40,\"durationDays\":10,\"findings\":{}}";

    private HttpResponse<String> assess(String path, String body) throws Exception {
        WebClient c = new WebClient(t.app.port());
        return c.send(HttpRequest.newBuilder(URI.create(c.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void the_case_itself_is_accepted() throws Exception {
        assertThat(assess("/api/v1/assessments", CASE).statusCode()).isEqualTo(200);
    }

    @Test
    void a_json_body_followed_by_anything_else_is_refused() throws Exception {
        for (String path : new String[] {"/api/v1/assessments", "/api/v1/interviews"}) {
            HttpResponse<String> r = assess(path, CASE.replace(",\"findings\":{}", "") + " trailing garbage");
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("after the JSON");
            assertThat(assess(path, CASE + "{}").statusCode()).as(path).isEqualTo(400);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"id\":\"c1\"|\"id\":{}|id",
                "\"id\":\"c1\"|\"id\":[\"a\"]|id",
                "\"id\":\"c1\"|\"id\":12|id",
                "\"durationDays\":10|\"durationDays\":2147483647|durationDays",
                "\"durationDays\":10|\"durationDays\":-1|durationDays",
                "\"age\":40|\"age\":400|age",
                "\"age\":40|\"age\":-3|age"
            })
    void out_of_range_or_mistyped_case_fields_are_refused_by_name(String from, String to, String field)
            throws Exception {
        HttpResponse<String> r = assess("/api/v1/assessments", CASE.replace(from, to));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void a_shoe_cannot_start_in_the_far_future_or_the_distant_past() throws Exception {
        WebClient runner = t.signUp("shoe-year@example.org");
        for (String start : new String[] {
            "+999999999-01-01",
            "0000-01-01",
            "1899-12-31",
            TestClock.TODAY.plusYears(2).toString()
        }) {
            HttpResponse<String> r = runner.post("/shoes", "name", "Blue", "start", start);
            assertThat(r.statusCode()).as(start).isEqualTo(400);
            assertThat(r.body()).as(start).contains("First run in them");
        }
        assertThat(runner.post(
                                "/shoes",
                                "name",
                                "Blue",
                                "start",
                                TestClock.TODAY.minusYears(1).toString())
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void a_diary_day_must_be_a_plausible_day() throws Exception {
        WebClient runner = t.signUp("diary-day@example.org");
        for (String day : new String[] {"0000-01-01", "1899-12-31", "+999999999-12-31"}) {
            HttpResponse<String> r = runner.post("/diary", "day", day, "region", "knee", "score", "3");
            assertThat(r.statusCode()).as(day).isEqualTo(400);
            assertThat(r.body()).as(day).contains("The date");
        }
    }
}

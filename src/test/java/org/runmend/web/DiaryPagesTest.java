package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.support.TestClock;

class DiaryPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @Test
    void an_entry_appears_in_the_list_and_the_chart() throws Exception {
        WebClient ann = t.signUp("ann@example.org");
        t.run("ann@example.org", TestClock.TODAY.minusDays(2), 6);
        HttpResponse<String> posted = ann.post(
                "/diary",
                "day",
                TestClock.TODAY.toString(),
                "region",
                "knee",
                "score",
                "3",
                "morningAfter",
                "",
                "note",
                "stairs <b>hurt</b>");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/diary?entered=knee"));

        String page = ann.get("/diary?entered=knee").body();
        assertThat(page)
                .contains("Saved your Knee entry")
                .contains("pain 3/10")
                .contains("stairs &lt;b&gt;hurt&lt;/b&gt;");
        assertThat(page)
                .contains("<svg viewBox=")
                .contains("data-region=\"knee\"")
                .contains("class=\"run-bar\"");
        assertThat(page).contains("<th scope=\"col\">Knee pain</th>");
        assertThat(page).doesNotContain("do the pain check again");
    }

    @Test
    void a_new_warning_sign_sends_the_runner_back_to_the_pain_check_even_with_low_pain() throws Exception {
        WebClient cat = t.signUp("cat@example.org");
        HttpResponse<String> posted =
                cat.post("/diary", "day", TestClock.TODAY.toString(), "region", "calf", "score", "2", "warning", "yes");
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("warning=yes");
        assertThat(cat.get(location.replace("#saved", "")).body())
                .contains("A new warning sign: do the pain check again now")
                .contains("href=\"/check\"");
    }

    @Test
    void a_bad_entry_comes_back_with_its_problems() throws Exception {
        WebClient bo = t.signUp("bo@example.org");
        HttpResponse<String> r = bo.post("/diary", "day", "yesterday", "region", "", "score", "12");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("id=\"errors\"")
                .contains("Choose where it hurts")
                .contains("from 0 (no pain) to 10");
    }

    @Test
    void pain_rising_after_a_spike_is_said_in_plain_words_and_sends_back_to_the_check() throws Exception {
        WebClient cy = t.signUp("cy@example.org");
        LocalDate today = TestClock.TODAY;
        for (int i = 20; i >= 6; i -= 3) {
            t.run("cy@example.org", today.minusDays(i), 8);
            cy.post("/diary", "day", today.minusDays(i).toString(), "region", "shin", "score", "1");
        }
        t.run("cy@example.org", today.minusDays(3), 14);
        cy.post("/diary", "day", today.minusDays(1).toString(), "region", "shin", "score", "5");

        String page = cy.get("/diary?entered=shin").body();
        assertThat(page)
                .contains("Your pain went up to 5/10")
                .contains("14.0 km")
                .contains("75% longer");
        assertThat(page).contains("class=\"run-bar spike\"").contains("class=\"spike-mark\"");
        assertThat(page).contains("class=\"recheck\"").contains("href=\"/check\"");
    }

    @Test
    void the_entry_after_a_run_takes_the_runs_day_and_links_to_it() throws Exception {
        WebClient di = t.signUp("di@example.org");
        LocalDate day = TestClock.TODAY.minusDays(4);
        String activity = t.run("di@example.org", day, 10);
        String form = di.get("/diary/new?activity=" + activity + "&region=calf").body();
        assertThat(form)
                .contains("value=\"" + day + "\"")
                .contains("name=\"activityId\" value=\"" + activity + "\"")
                .contains("<option value=\"calf\" selected>");
        di.post("/diary", "day", day.toString(), "region", "calf", "score", "2", "activityId", activity);
        assertThat(di.get("/diary").body()).contains("after a run");
        assertThat(new org.runmend.diary.Diary(t.db, org.runmend.support.TestClock.FIXED)
                        .entries(t.runnerId("di@example.org"), day, day))
                .singleElement()
                .satisfies(e -> assertThat(e.activityId()).isEqualTo(activity));

        WebClient other = t.signUp("eve@example.org");
        assertThat(other.get("/diary/new?activity=" + activity).statusCode()).isEqualTo(404);
    }

    @Test
    void an_entry_can_be_deleted_only_by_its_runner() throws Exception {
        WebClient fay = t.signUp("fay@example.org");
        fay.post("/diary", "day", TestClock.TODAY.toString(), "region", "calf", "score", "4");
        String page = fay.get("/diary").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("action=\"/diary/([^/]+)/delete\"")
                .matcher(page);
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        assertThat(t.signUp("gus@example.org").post("/diary/" + id + "/delete").statusCode())
                .isEqualTo(404);
        assertThat(fay.post("/diary/" + id + "/delete").statusCode()).isEqualTo(302);
        assertThat(fay.get("/diary").body()).doesNotContain("data-entry=\"" + id + "\"");
    }

    @Test
    void the_diary_needs_a_log_in() throws Exception {
        HttpResponse<String> r = new WebClient(t.app.port()).get("/diary");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/login?next=%2Fdiary");
    }

    @Test
    void an_entry_can_be_changed_in_place_and_only_by_its_runner() throws Exception {
        WebClient fay = t.signUp("fern@example.org");
        String today = org.runmend.support.TestClock.TODAY.toString();
        fay.post("/diary", "day", today, "region", "knee", "score", "6", "note", "stairs hurt");
        String diary = fay.get("/diary").body();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("href=\"/diary/([^/]+)/edit\"").matcher(diary);
        assertThat(m.find()).isTrue();
        String id = m.group(1);

        String form = fay.get("/diary/" + id + "/edit").body();
        assertThat(form)
                .contains("Change a diary entry")
                .contains("action=\"/diary/" + id + "\"")
                .contains("stairs hurt")
                .contains("value=\"6\" required checked");
        var bad = fay.post("/diary/" + id, "day", today, "region", "knee", "score", "11");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Change a diary entry").contains("from 0 (no pain) to 10");

        var ok = fay.post(
                "/diary/" + id,
                "day",
                today,
                "region",
                "knee",
                "score",
                "3",
                "morningAfter",
                "2",
                "note",
                "better after rest");
        assertThat(ok.statusCode()).isEqualTo(302);
        String after = fay.get("/diary").body();
        assertThat(after)
                .contains("better after rest")
                .contains("pain 3/10")
                .contains("next morning 2/10")
                .doesNotContain("stairs hurt")
                .contains("data-entry=\"" + id + "\"");

        WebClient gus = t.signUp("hal@example.org");
        assertThat(gus.get("/diary/" + id + "/edit").statusCode()).isEqualTo(404);
        assertThat(gus.post("/diary/" + id, "day", today, "region", "knee", "score", "9")
                        .statusCode())
                .isEqualTo(404);
        assertThat(fay.get("/diary").body()).contains("pain 3/10");
    }
}

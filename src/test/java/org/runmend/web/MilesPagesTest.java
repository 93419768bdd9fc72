package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.activity.Distance;
import org.runmend.support.TestClock;
import org.runmend.training.Shoe;

/** A runner who chose miles reads miles on the load page, the shoes page and the diary chart, and types the shoe reminder in miles. */
class MilesPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    /** A new runner who chose miles on the settings page. */
    private static WebClient milesRunner(String email) throws Exception {
        WebClient c = t.signUp(email);
        assertThat(c.post("/settings", "units", "mi").statusCode()).isEqualTo(302);
        return c;
    }

    @Test
    void the_shoes_page_shows_miles_and_a_reminder_typed_in_miles_is_kept_as_the_right_metres() throws Exception {
        WebClient di = milesRunner("di-shoes@example.org");
        String page = di.get("/shoes").body();
        assertThat(page)
                .contains("The reminder distance (435 mi unless you change it)")
                .contains("<span class=\"hint\">in mi; 435 if you leave it empty</span>")
                .contains("max=\"3106\" placeholder=\"435\"");

        assertThat(di.post(
                                "/shoes",
                                "name",
                                "Grey road shoes",
                                "start",
                                TestClock.TODAY.minusDays(10).toString(),
                                "alert",
                                "400")
                        .statusCode())
                .isEqualTo(302);
        Shoe pair = t.training.shoes().list(t.runnerId("di-shoes@example.org")).get(0);
        assertThat(pair.alertDistance().toKilometres()).as("400 mi").isCloseTo(643.7, within(0.05));
        t.run("di-shoes@example.org", TestClock.TODAY.minusDays(2), 16.09344); // 10 mi, in the default pair

        page = di.get("/shoes").body();
        assertThat(page)
                .contains("<strong>10 mi</strong>")
                .contains("390 mi to the 400 mi reminder.")
                .contains("Reminder at <span class=\"unit\">mi</span>")
                .contains("value=\"400\"")
                .doesNotContain(" km");

        assertThat(di.post("/shoes/" + pair.id() + "/alert", "alert", "500").statusCode())
                .isEqualTo(302);
        assertThat(t.training
                        .shoes()
                        .get(t.runnerId("di-shoes@example.org"), pair.id())
                        .alertDistance()
                        .metres())
                .as("500 mi")
                .isCloseTo(804_672, within(0.01));
        assertThat(di.get("/shoes").body()).contains("490 mi to the 500 mi reminder.");
    }

    @Test
    void reminder_errors_give_the_limits_in_miles() throws Exception {
        WebClient fay = milesRunner("fay-shoes@example.org");
        HttpResponse<String> bad = fay.post("/shoes", "name", "Trail pair", "start", "", "alert", "4000");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Reminder distance: must be between 1 and 3106 mi (you entered 4000).");
        assertThat(fay.post("/shoes", "name", "Trail pair", "start", "", "alert", "")
                        .statusCode())
                .isEqualTo(302);
        Shoe pair = t.training.shoes().list(t.runnerId("fay-shoes@example.org")).get(0);
        assertThat(pair.alertDistance()).as("blank is the default").isEqualTo(Shoe.DEFAULT_ALERT);

        HttpResponse<String> words = fay.post("/shoes/" + pair.id() + "/alert", "alert", "lots");
        assertThat(words.statusCode()).isEqualTo(400);
        assertThat(words.body())
                .contains("Reminder distance for Trail pair: enter a number of miles, like 435 (you entered lots).");
        assertThat(fay.post("/shoes/" + pair.id() + "/alert", "alert", "").body())
                .contains("Reminder distance for Trail pair: enter a number of miles.");
        assertThat(fay.post("/shoes/" + pair.id() + "/alert", "alert", "3107").body())
                .contains("Reminder distance for Trail pair: must be between 1 and 3106 mi (you entered 3107).");
    }

    @Test
    void the_load_page_gives_a_worn_pair_and_the_flag_sentences_in_miles() throws Exception {
        WebClient ed = milesRunner("ed-load@example.org");
        // the default pair, which the runs below get: a reminder at 10 mi
        t.training
                .shoes()
                .add(
                        t.runnerId("ed-load@example.org"),
                        "Blue racers",
                        TestClock.TODAY.minusDays(30),
                        Distance.ofMetres(10 * 1609.344),
                        true);
        t.run("ed-load@example.org", TestClock.TODAY.minusDays(20), 6);
        t.run("ed-load@example.org", TestClock.TODAY.minusDays(12), 6);
        t.run("ed-load@example.org", TestClock.TODAY.minusDays(3), 10);

        String load = ed.get("/load").body();
        assertThat(load)
                .contains("<strong>Blue racers</strong>: 14 mi, reminder at 10 mi.")
                .contains("Your 6.2 mi run on ")
                .contains("than your longest run in the 30 days before it (3.7 mi)")
                .contains("Your shoes \"Blue racers\" have 13.7 mi on them, past the 10 mi you set as a reminder")
                .doesNotContain(" km");
    }

    @Test
    void the_diary_chart_gives_running_distance_in_miles() throws Exception {
        WebClient gus = milesRunner("gus-diary@example.org");
        t.run("gus-diary@example.org", TestClock.TODAY.minusDays(2), 16.09344); // 10 mi
        String diary = gus.get("/diary").body();
        assertThat(diary)
                .contains("running distance per day (mi, right scale)")
                .contains("<td>10 mi</td>")
                .contains(": 10 mi</title>")
                .doesNotContain(" km");

        WebClient kim = t.signUp("kim-diary@example.org");
        t.run("kim-diary@example.org", TestClock.TODAY.minusDays(2), 16.09344);
        assertThat(kim.get("/diary").body())
                .contains("running distance per day (km, right scale)")
                .contains("<td>16.1 km</td>");
    }
}

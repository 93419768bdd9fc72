package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.support.TestClock;

/**
 * A runner's days follow their time zone, on a fixed clock: the diary takes the runner's today and
 * refuses their tomorrow (no leeway), and the load page's current week and a run's day are the
 * runner's, also where UTC is still on the day before or already on the day after.
 */
class RunnerTimeZoneTest {
    /** Sunday 7 June 2026, 23:30 UTC: already Monday 8 June, 11:30, in Auckland. */
    @RegisterExtension
    static final PageTestApp SUNDAY_NIGHT_UTC = new PageTestApp(TestClock.at("2026-06-07T23:30:00Z"));

    /** Monday 8 June 2026, 03:00 UTC: still Sunday 7 June, 20:00, in Los Angeles. */
    @RegisterExtension
    static final PageTestApp MONDAY_EARLY_UTC = new PageTestApp(TestClock.at("2026-06-08T03:00:00Z"));

    private static final Pattern CURRENT_WEEK =
            Pattern.compile("<span class=\"visually-hidden\">([^<]+)</span><span aria-hidden=\"true\">"
                    + "[^<]+</span>(?:</a>)? <span class=\"unit\">\\(so far\\)</span></th>\\s*<td class=\"num\">([^<]+)</td><td class=\"num\">[^<]+</td>"
                    + "<td class=\"num\">(\\d+)</td>");

    private static WebClient runnerIn(PageTestApp app, String email, String zone) throws Exception {
        WebClient c = app.signUp(email);
        assertThat(c.post("/settings", "units", "km", "zone", zone).statusCode())
                .isEqualTo(302);
        return c;
    }

    private static HttpResponse<String> diaryEntry(WebClient c, String day) throws Exception {
        return c.post("/diary", "day", day, "region", "knee", "score", "3");
    }

    @Test
    void ahead_of_utc_the_diary_takes_the_runners_today_while_utc_is_still_on_the_day_before() throws Exception {
        WebClient kiri = runnerIn(SUNDAY_NIGHT_UTC, "kiri@example.org", "Pacific/Auckland");
        assertThat(diaryEntry(kiri, "2026-06-08").statusCode()).isEqualTo(302);
        HttpResponse<String> tomorrow = diaryEntry(kiri, "2026-06-09");
        assertThat(tomorrow.statusCode()).isEqualTo(400);
        assertThat(tomorrow.body()).contains("The date is in the future: enter a day up to today.");
        assertThat(kiri.get("/diary").body()).contains("value=\"2026-06-08\"");
    }

    @Test
    void a_runner_on_utc_has_no_leeway_for_the_day_after() throws Exception {
        WebClient uma = runnerIn(SUNDAY_NIGHT_UTC, "uma@example.org", "UTC");
        assertThat(diaryEntry(uma, "2026-06-07").statusCode()).isEqualTo(302);
        HttpResponse<String> tomorrow = diaryEntry(uma, "2026-06-08");
        assertThat(tomorrow.statusCode()).isEqualTo(400);
        assertThat(tomorrow.body()).contains("enter a day up to today");
    }

    @Test
    void behind_utc_the_diary_refuses_the_day_utc_has_already_reached() throws Exception {
        WebClient lou = runnerIn(MONDAY_EARLY_UTC, "lou@example.org", "America/Los_Angeles");
        assertThat(diaryEntry(lou, "2026-06-07").statusCode()).isEqualTo(302);
        HttpResponse<String> utcToday = diaryEntry(lou, "2026-06-08");
        assertThat(utcToday.statusCode()).isEqualTo(400);
        assertThat(utcToday.body()).contains("The date is in the future: enter a day up to today.");
    }

    @Test
    void a_runner_without_a_zone_gets_the_browsers_and_without_that_utc() throws Exception {
        WebClient plain = MONDAY_EARLY_UTC.signUp("plain@example.org");
        assertThat(diaryEntry(plain, "2026-06-08").statusCode()).isEqualTo(302);
        WebClient browser = MONDAY_EARLY_UTC.signUp("browser@example.org");
        browser.setCookie(RunnerTime.COOKIE, "America/Los_Angeles");
        assertThat(diaryEntry(browser, "2026-06-08").statusCode()).isEqualTo(400);
        assertThat(diaryEntry(browser, "2026-06-07").statusCode()).isEqualTo(302);
        browser.setCookie(RunnerTime.COOKIE, "Mars/Olympus_Mons");
        assertThat(diaryEntry(browser, "2026-06-08").statusCode()).isEqualTo(302);
    }

    @Test
    void the_load_page_counts_the_week_and_the_runs_day_in_the_runners_zone() throws Exception {
        // a GPX file's time, in UTC: Sunday 21:00 there, Monday 09:00 in Auckland
        ZonedDateTime fromFile = ZonedDateTime.parse("2026-06-07T21:00:00Z");
        WebClient kai = runnerIn(SUNDAY_NIGHT_UTC, "kai@example.org", "Pacific/Auckland");
        SUNDAY_NIGHT_UTC.run("kai@example.org", fromFile, 10);
        Matcher week = CURRENT_WEEK.matcher(kai.get("/load").body());
        assertThat(week.find()).as("the current week's row").isTrue();
        assertThat(week.group(1)).isEqualTo("8 Jun – 14 Jun");
        assertThat(week.group(2)).isEqualTo("10.0");
        assertThat(week.group(3)).isEqualTo("1");

        WebClient ulla = runnerIn(SUNDAY_NIGHT_UTC, "ulla@example.org", "UTC");
        SUNDAY_NIGHT_UTC.run("ulla@example.org", fromFile, 10);
        Matcher utcWeek = CURRENT_WEEK.matcher(ulla.get("/load").body());
        assertThat(utcWeek.find()).isTrue();
        assertThat(utcWeek.group(1)).isEqualTo("1 Jun – 7 Jun");
        assertThat(utcWeek.group(3)).isEqualTo("1");
    }

    @Test
    void the_log_and_the_activity_page_show_a_start_recorded_in_utc_in_the_runners_zone() throws Exception {
        // a GPX file's time, in UTC: Sunday 21:00 there, Monday 09:00 in Auckland
        WebClient lea = runnerIn(SUNDAY_NIGHT_UTC, "lea@example.org", "Pacific/Auckland");
        String id = SUNDAY_NIGHT_UTC.run("lea@example.org", ZonedDateTime.parse("2026-06-07T21:00:00Z"), 8);
        assertThat(lea.get("/log").body())
                .contains("Mon 8 Jun 2026")
                .contains("09:00")
                .doesNotContain("21:00");
        assertThat(lea.get("/log/" + id).body())
                .contains("Mon 8 Jun 2026, 09:00")
                .contains("(Pacific/Auckland)");

        WebClient uwe = runnerIn(SUNDAY_NIGHT_UTC, "uwe@example.org", "UTC");
        String same = SUNDAY_NIGHT_UTC.run("uwe@example.org", ZonedDateTime.parse("2026-06-07T21:00:00Z"), 8);
        assertThat(uwe.get("/log/" + same).body()).contains("Sun 7 Jun 2026, 21:00");
    }

    @Test
    void a_run_with_its_own_local_time_keeps_its_day() throws Exception {
        // entered in Auckland time on the Sunday evening: it stays on Sunday, the week before
        WebClient ana = runnerIn(SUNDAY_NIGHT_UTC, "ana@example.org", "Pacific/Auckland");
        SUNDAY_NIGHT_UTC.run("ana@example.org", ZonedDateTime.parse("2026-06-07T19:00:00+12:00[Pacific/Auckland]"), 7);
        Matcher week = CURRENT_WEEK.matcher(ana.get("/load").body());
        assertThat(week.find()).isTrue();
        assertThat(week.group(1)).isEqualTo("8 Jun – 14 Jun");
        assertThat(week.group(3)).isEqualTo("0");
    }

    @Test
    void settings_show_and_change_the_zone_and_name_an_unknown_one() throws Exception {
        WebClient sam = SUNDAY_NIGHT_UTC.signUp("sam@example.org");
        assertThat(sam.get("/settings").body())
                .contains("id=\"zone\"")
                .contains("value=\"UTC\"")
                .contains("<option value=\"Europe/Berlin\">");
        HttpResponse<String> bad = sam.post("/settings", "units", "km", "zone", "Mars/Olympus_Mons");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("Time zone: \"Mars/Olympus_Mons\" is not a time zone RunMend knows")
                .contains("value=\"Mars/Olympus_Mons\"");
        assertThat(sam.post("/settings", "units", "km", "zone", "Europe/Berlin").statusCode())
                .isEqualTo(302);
        assertThat(sam.get("/settings").body()).contains("value=\"Europe/Berlin\"");
    }

    @Test
    void sign_up_keeps_the_zone_the_browser_sent() throws Exception {
        WebClient c = new WebClient(SUNDAY_NIGHT_UTC.app.port());
        c.get("/signup");
        c.post(
                "/signup",
                "email",
                "zoe@example.org",
                "name",
                "Zoe",
                "password",
                "velvet kettle migrates north",
                "zone",
                "Pacific/Auckland");
        assertThat(c.get("/settings").body()).contains("value=\"Pacific/Auckland\"");
        assertThat(diaryEntry(c, "2026-06-08").statusCode()).isEqualTo(302);
    }
}

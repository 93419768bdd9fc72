package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.support.TestClock;
import org.runmend.web.training.HistoryPages;

/**
 * Years of imported history browsed by week, month and year at plain addresses, in the runner's
 * unit; the load page's key figures and chart before its warnings, newest first; a pair of shoes
 * given to past runs from the shoes page.
 */
class HistoryPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final LocalDate TODAY = TestClock.TODAY;

    /** A run of 8 km every third day from 4 January 2021 to 28 June 2024, nothing since. */
    private static List<String> oldHistory(String email) {
        List<String> ids = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2021, 1, 4); d.isBefore(LocalDate.of(2024, 6, 30)); d = d.plusDays(3)) {
            ids.add(t.run(email, d, 8));
        }
        return ids;
    }

    @Test
    void every_year_month_and_week_of_an_imported_history_can_be_browsed_without_javascript() throws Exception {
        String email = "years@example.org";
        WebClient c = t.signUp(email);
        oldHistory(email);

        String years = c.get("/load/years").body();
        assertThat(years)
                .contains("href=\"/load/year/2021\"")
                .contains("href=\"/load/year/2024\"")
                .doesNotContain("href=\"/load/year/2020\"")
                .doesNotContain("href=\"/load/year/2025\"");
        // 2021: 121 runs (4 Jan, every third day), 968 km
        assertThat(years).containsPattern("<a href=\"/load/year/2021\">2021</a></th>\\s*<td class=\"num\">968.0</td>");

        String y2021 = c.get("/load/year/2021").body();
        assertThat(y2021)
                .contains("<strong>968.0 km</strong> in 121 runs")
                .contains("href=\"/load/month/2021-04\">April</a>")
                .contains("rel=\"next\"")
                .contains("href=\"/load/year/2022\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(c.get("/load/year/2022").body()).contains("href=\"/load/year/2021\" rel=\"prev\"");

        String april = c.get("/load/month/2021-04").body();
        assertThat(april)
                .contains("<h1>April 2021</h1>")
                .contains("href=\"/load/month/2021-03\" rel=\"prev\"")
                .contains("href=\"/load/month/2021-05\" rel=\"next\"")
                .contains("href=\"/load/year/2021\"")
                .contains("href=\"/load/week/2021-W14\"")
                // 1 April 2021 is the 29th day after 4 January: a run, in week 13
                .contains("aria-label=\"Thu 1 Apr 2021: 8.0 km in 1 run\"")
                .contains("aria-label=\"Fri 2 Apr 2021: no run\"");
        assertThat(count(april, "class=\"dist\">8.0<"))
                .as("runs on 29 March, 1, 4, ..., 28 April and 1 May in the grid")
                .isEqualTo(12);

        HttpResponse<String> week = c.get("/load/week/2021-W13");
        assertThat(week.statusCode()).isEqualTo(200);
        assertThat(week.body())
                .contains("Mon 29 Mar 2021 to Sun 4 Apr 2021")
                .contains("<strong>24.0 km</strong> in 3 runs")
                .contains("id=\"d2021-04-01\"")
                .containsPattern("<a href=\"/log/[0-9a-f-]{36}\">Morning run</a> at 07:00")
                .contains("href=\"/load/week/2021-W12\" rel=\"prev\"")
                .contains("href=\"/load/week/2021-W14\" rel=\"next\"");
        assertThat(c.get("/load/week").body()).contains("Week 2026, week 24").doesNotContain("rel=\"next\"");
        assertThat(c.get("/load/month").body()).contains("<h1>June 2026</h1>");
        assertThat(c.get("/load/year").body()).contains("<h1>2026</h1>").contains("No runs in this year.");
    }

    @Test
    void a_period_that_does_not_exist_is_refused_with_a_400_naming_it() throws Exception {
        WebClient c = t.signUp("bad-periods@example.org");
        for (String[] bad : new String[][] {
            {"/load/week/2021-W54", "2021-W54", "2021 has weeks 1 to 52"},
            {"/load/week/2020-W00", "2020-W00", "2020 has weeks 1 to 53"},
            {"/load/week/last", "last", "like 2026-W24"},
            {"/load/month/2021-13", "2021-13", "months are numbered 01 to 12"},
            {"/load/month/1850-01", "1850-01", "from 1900 to 2027"},
            {"/load/year/abcd", "abcd", "four digits, like 2026"},
            {"/load/year/2999", "2999", "from 1900 to 2027"}
        }) {
            HttpResponse<String> r = c.get(bad[0]);
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(r.body())
                    .as(bad[0])
                    .contains("\u201c" + bad[1] + "\u201d")
                    .contains(bad[2]);
        }
        assertThat(c.get("/load/week/2020-W53").statusCode()).isEqualTo(200);
    }

    @Test
    void the_history_is_in_miles_for_a_runner_who_chose_miles() throws Exception {
        String email = "miles-history@example.org";
        WebClient c = t.signUp(email);
        assertThat(c.post("/settings", "units", "mi").statusCode()).isEqualTo(302);
        t.run(email, LocalDate.of(2022, 5, 3), 16.09344);
        assertThat(c.get("/load/year/2022").body()).contains("<strong>10.0 mi</strong> in 1 run");
        assertThat(c.get("/load/month/2022-05").body()).contains("aria-label=\"Tue 3 May 2022: 10.0 mi in 1 run\"");
        assertThat(c.get("/load/week/2022-W18").body()).contains("<strong>10.00 mi</strong>");
    }

    @Test
    void with_only_old_history_the_load_page_pre_answers_nothing_and_links_the_history() throws Exception {
        String email = "old-history@example.org";
        WebClient c = t.signUp(email);
        oldHistory(email);
        String load = c.get("/load").body();
        assertThat(load)
                .contains("Nothing yet: your log cannot answer any of its questions")
                .contains("href=\"/load/month\"")
                .contains("href=\"/load/years\"");
    }

    @Test
    void the_load_page_puts_key_figures_and_chart_before_its_warnings_and_the_newest_warning_first() throws Exception {
        String email = "order@example.org";
        WebClient c = t.signUp(email);
        for (int i = 70; i >= 25; i -= 2) {
            t.run(email, TODAY.minusDays(i), 5);
        }
        t.run(email, TODAY.minusDays(20), 9); // a spike, then a bigger week and a longer spike
        t.run(email, TODAY.minusDays(6), 8);
        t.run(email, TODAY.minusDays(4), 12);
        t.run(email, TODAY.minusDays(2), 25);
        String load = c.get("/load").body();
        int key = load.indexOf("id=\"key-title\"");
        int chart = load.indexOf("class=\"chart load-chart\"");
        int flags = load.indexOf("id=\"flags-title\"");
        int table = load.indexOf("id=\"weeks-table-title\"");
        assertThat(key).isPositive().isLessThan(chart);
        assertThat(chart).isLessThan(flags);
        assertThat(flags).isLessThan(table);
        List<LocalDate> newest = new ArrayList<>();
        Matcher m = Pattern.compile("<p class=\"small\">When: ([^<]+)</p>").matcher(load.substring(flags, table));
        while (m.find()) {
            String when = m.group(1);
            int last = when.lastIndexOf(", ");
            newest.add(LocalDate.parse(
                    last < 0 ? when : when.substring(last + 2),
                    java.time.format.DateTimeFormatter.ofPattern("EEE d MMM uuuu", java.util.Locale.ENGLISH)));
        }
        assertThat(newest).as(load.substring(flags, table)).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < newest.size(); i++) {
            assertThat(newest.get(i)).isBeforeOrEqualTo(newest.get(i - 1));
        }
        // the week table newest first, each week a link to its days
        int thisWeek =
                load.indexOf("href=\"" + HistoryPages.weekHref(TODAY.with(java.time.DayOfWeek.MONDAY)) + "\"", table);
        int lastWeek = load.indexOf(
                "href=\""
                        + HistoryPages.weekHref(
                                TODAY.with(java.time.DayOfWeek.MONDAY).minusWeeks(1)) + "\"",
                table);
        assertThat(thisWeek).isPositive().isLessThan(lastWeek);
    }

    @Test
    void a_pair_is_given_to_past_runs_by_date_range_with_a_preview_and_a_result_line() throws Exception {
        String email = "shoes-past@example.org";
        WebClient c = t.signUp(email);
        oldHistory(email);
        assertThat(c.post(
                                "/shoes",
                                "name",
                                "Blue trail shoes",
                                "start",
                                TODAY.minusDays(10).toString(),
                                "alert",
                                "")
                        .statusCode())
                .isEqualTo(302);
        String shoe = t.training.shoes().list(t.runnerId(email)).get(0).id();

        HttpResponse<String> preview = c.post(
                "/shoes/assign",
                "shoe",
                shoe,
                "from",
                "2021-01-01",
                "to",
                "2021-12-31",
                "onlyWithout",
                "on",
                "action",
                "preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains(
                        "This would assign 121 runs, 968 km to Blue trail shoes (Fri 1 Jan 2021 to "
                                + "Fri 31 Dec 2021, runs without a pair), and count it from Mon 4 Jan 2021. Nothing is changed yet.")
                .contains("value=\"2021-01-01\"");
        assertThat(c.get("/shoes").body()).contains("<strong>0 km</strong>");

        HttpResponse<String> done = c.post(
                "/shoes/assign",
                "shoe",
                shoe,
                "from",
                "2021-01-01",
                "to",
                "2023-12-31",
                "onlyWithout",
                "on",
                "action",
                "assign");
        assertThat(done.statusCode()).isEqualTo(200);
        // 2021 to 2023: 364 runs, 2,912 km
        assertThat(done.body())
                .contains("Assigned 364 runs, 2,912 km to Blue trail shoes")
                .contains("it now counts from Mon 4 Jan 2021")
                .contains("<strong>2,912 km</strong>")
                .contains("in 364 runs since Mon 4 Jan 2021");

        HttpResponse<String> bad = c.post(
                "/shoes/assign",
                "shoe",
                shoe,
                "from",
                "2021-02-30",
                "to",
                "2020-01-01",
                "onlyWithout",
                "on",
                "action",
                "assign");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("From: enter a date as YYYY-MM-DD (you entered 2021-02-30).");
        HttpResponse<String> backwards =
                c.post("/shoes/assign", "shoe", shoe, "from", "2022-02-01", "to", "2022-01-01", "action", "assign");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body())
                .contains("To: enter a day on or after the first day, Tue 1 Feb 2022 (you entered 2022-01-01).");
        assertThat(c.post("/shoes/assign", "shoe", "not-a-pair", "from", "2022-01-01", "to", "2022-02-01")
                        .statusCode())
                .isEqualTo(400);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

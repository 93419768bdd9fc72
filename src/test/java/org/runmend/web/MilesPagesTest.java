package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.activity.Distance;
import org.runmend.support.TestClock;

/** A runner who chose miles reads miles on the load page and the shoes page, and types the shoe reminder in miles. */
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
    void the_load_page_gives_a_worn_pair_and_the_flag_sentences_in_miles() throws Exception {
        WebClient ed = milesRunner("ed-load@example.org");
        // the default pair, which the runs below get: a reminder at 10 mi
        t.training.shoes().add(t.runnerId("ed-load@example.org"), "Blue racers", TestClock.TODAY.minusDays(30),
                Distance.ofMetres(10 * 1609.344), true);
        t.run("ed-load@example.org", TestClock.TODAY.minusDays(20), 6);
        t.run("ed-load@example.org", TestClock.TODAY.minusDays(12), 6);
        t.run("ed-load@example.org", TestClock.TODAY.minusDays(3), 10);

        String load = ed.get("/load").body();
        assertThat(load).contains("<strong>Blue racers</strong>: 14 mi, reminder at 10 mi.")
                .contains("Your 6.2 mi run on ").contains("than your longest run in the 30 days before it (3.7 mi)")
                .contains("Your shoes \"Blue racers\" have 13.7 mi on them, past the 10 mi you set as a reminder")
                .doesNotContain(" km");
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.activity.Activity;
import org.runmend.activity.Sport;
import org.runmend.importer.Importer;
import org.runmend.support.Shared;
import org.runmend.training.BestEfforts;
import org.runmend.training.EffortStore;
import org.runmend.training.RunDetails;
import org.runmend.web.training.ActivityPage;

/**
 * Best efforts on the activity page and the personal records page over HTTP, with a run's efforts
 * worked out at import and a ride's never counted; and heights in feet for a runner who reads miles.
 */
class BestEffortsPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static Activity file(String name) throws Exception {
        return Importer.lenient()
                .read(Shared.activities().resolve(name))
                .activities()
                .get(0);
    }

    @Test
    void a_run_shows_its_best_efforts_and_the_records_page_names_the_run_they_came_from() throws Exception {
        WebClient ann = t.signUp("ann-efforts@example.org");
        String runner = t.runnerId("ann-efforts@example.org");
        Activity run = file("fit/pf-activity-small-fenix2-run.fit");
        String id = t.training.save(runner, run, RunDetails.NONE).id();
        List<BestEfforts.Effort> expected = BestEfforts.of(run.samples());
        assertThat(t.training.efforts().of(runner, id)).containsExactlyElementsOf(expected);

        String page = ann.get("/log/" + id).body();
        assertThat(page)
                .contains("<h2 id=\"efforts-title\">Best efforts</h2>")
                .contains("<th scope=\"row\">1 km <span class=\"pr-badge\">your record</span>")
                .contains("1 mile")
                .contains("5 km")
                .doesNotContain(">10 km<")
                .contains("stops included")
                .contains(ActivityPage.effortRow(expected.get(0), org.runmend.activity.Units.KM, true)
                        .time());

        String records = ann.get("/records").body();
        assertThat(records)
                .contains("<h1>Personal records</h1>")
                .contains("href=\"/log/" + id + "\"")
                .contains("<th scope=\"row\">5 km</th>")
                .contains("Sat 15 Aug 2015");
        assertThat(records).doesNotContain(id + "<").as("no raw id shown as text");
    }

    @Test
    void a_ride_has_no_efforts_and_the_records_page_says_there_are_none_yet() throws Exception {
        WebClient bo = t.signUp("bo-ride@example.org");
        String runner = t.runnerId("bo-ride@example.org");
        Activity ride = file("gpx/sw-4801048867_strava.gpx");
        assertThat(ride.sport()).isEqualTo(Sport.CYCLING);
        String id = t.training.save(runner, ride, RunDetails.NONE).id();
        assertThat(t.training.efforts().of(runner, id)).isEmpty();
        assertThat(bo.get("/log/" + id).body()).doesNotContain("Best efforts");
        assertThat(bo.get("/records").body()).contains("No records yet.");
    }

    @Test
    void a_run_saved_before_efforts_existed_is_looked_at_once_when_the_records_are_asked_for() throws Exception {
        WebClient cy = t.signUp("cy-older@example.org");
        String runner = t.runnerId("cy-older@example.org");
        String id = t.training
                .save(runner, file("fit/pf-activity-small-fenix2-run.fit"), RunDetails.NONE)
                .id();
        // as a run saved by an older version: no efforts, not looked at
        t.db.jdbi().useHandle(h -> {
            h.execute("DELETE FROM best_efforts WHERE activity_id = ?", id);
            h.execute("UPDATE activities SET efforts_scanned = NULL WHERE id = ?", id);
        });
        assertThat(t.training.efforts().unscanned(runner)).isEqualTo(1);
        assertThat(cy.get("/log/" + id).body()).as("the page looks at it").contains("Best efforts");
        assertThat(t.training.efforts().unscanned(runner)).isZero();
        t.db.jdbi().useHandle(h -> h.execute("UPDATE activities SET efforts_scanned = NULL WHERE id = ?", id));
        t.db.jdbi().useHandle(h -> h.execute("DELETE FROM best_efforts WHERE activity_id = ?", id));
        List<EffortStore.PersonalRecord> records = t.training.efforts().records(runner);
        assertThat(records)
                .extracting(r -> r.effort().distance())
                .containsExactly(BestEfforts.Standard.KM_1, BestEfforts.Standard.MILE, BestEfforts.Standard.KM_5);
        assertThat(t.training.efforts().unscanned(runner)).isZero();
        assertThat(cy.get("/log/" + id).body()).contains("your record");
    }

    @Test
    void a_runner_who_reads_miles_sees_heights_in_feet_on_the_activity_page() throws Exception {
        WebClient di = t.signUp("di-feet@example.org");
        assertThat(di.post("/settings", "units", "mi").statusCode()).isEqualTo(302);
        Activity run = file("fit/pf-activity-small-fenix2-run.fit");
        String id = t.training
                .save(t.runnerId("di-feet@example.org"), run, RunDetails.NONE)
                .id();
        String page = di.get("/log/" + id).body();
        long feet = Math.round(run.elevationGainMetres() / 0.3048);
        assertThat(page)
                .contains("<dt>Elevation gain</dt><dd>" + feet + " ft</dd>")
                .contains("Elevation (ft)")
                .contains("Up/down <span class=\"unit\">ft</span>")
                .contains("feet climbed and descended")
                .doesNotContain("Elevation (m)")
                .doesNotContain(" m</dd>");
    }
}

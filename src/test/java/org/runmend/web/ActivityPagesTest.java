package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.activity.Activity;
import org.runmend.importer.Importer;
import org.runmend.support.Shared;
import org.runmend.support.TestClock;
import org.runmend.training.RunDetails;

/** The activity page's new routes over HTTP: GPX download, route points, renaming and the unit setting, each scoped to its runner. */
class ActivityPagesTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private String importedRun(String email) throws Exception {
        Activity run = Importer.lenient()
                .read(Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit"))
                .activities()
                .get(0);
        return t.training.save(t.runnerId(email), run, RunDetails.NONE).id();
    }

    @Test
    void the_gpx_download_is_an_attachment_named_after_the_day_and_sport_and_the_route_is_json_points()
            throws Exception {
        WebClient ann = t.signUp("ann-gpx@example.org");
        String id = importedRun("ann-gpx@example.org");
        HttpResponse<String> gpx = ann.get("/log/" + id + "/export.gpx");
        assertThat(gpx.statusCode()).isEqualTo(200);
        assertThat(gpx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/gpx+xml"));
        assertThat(gpx.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"2015-08-15-running.gpx\"");
        assertThat(gpx.body()).contains("<gpx version=\"1.1\" creator=\"RunMend\"");
        HttpResponse<String> route = ann.get("/log/" + id + "/route.json");
        assertThat(route.statusCode()).isEqualTo(200);
        assertThat(route.body()).startsWith("[[").endsWith("]]");
        assertThat(route.body().split("\\],\\[").length).isBetween(400, 601);
    }

    @Test
    void another_runner_gets_no_gpx_no_route_and_cannot_rename() throws Exception {
        t.signUp("ann-own@example.org");
        String id = importedRun("ann-own@example.org");
        WebClient bob = t.signUp("bob-other@example.org");
        assertThat(bob.get("/log/" + id + "/export.gpx").statusCode()).isEqualTo(404);
        assertThat(bob.get("/log/" + id + "/route.json").statusCode()).isEqualTo(404);
        assertThat(bob.post("/log/" + id + "/name", "name", "Mine now").statusCode())
                .isEqualTo(404);
        assertThat(t.training
                        .activities()
                        .get(t.runnerId("ann-own@example.org"), id)
                        .activity()
                        .name())
                .isNull();
    }

    @Test
    void a_name_is_saved_trimmed_a_too_long_one_is_refused_by_field_and_a_blank_one_takes_it_away() throws Exception {
        WebClient cy = t.signUp("cy-name@example.org");
        String id = importedRun("cy-name@example.org");
        assertThat(cy.post("/log/" + id + "/name", "name", "  Canal   loop ").statusCode())
                .isEqualTo(302);
        assertThat(cy.get("/log/" + id).body()).contains("<h1>Canal loop</h1>");
        HttpResponse<String> tooLong = cy.post("/log/" + id + "/name", "name", "x".repeat(201));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body())
                .contains("Name: shorten it to 200 characters at most (it has 201)")
                .contains("id=\"activity-name\"");
        assertThat(cy.get("/log/" + id).body()).contains("<h1>Canal loop</h1>");
        assertThat(cy.post("/log/" + id + "/name", "name", "   ").statusCode()).isEqualTo(302);
        assertThat(cy.get("/log/" + id).body()).contains("<h1>Running on Sat 15 Aug 2015</h1>");
    }

    @Test
    void a_manual_run_has_no_route_and_miles_change_its_figures() throws Exception {
        WebClient di = t.signUp("di-miles@example.org");
        String id = t.run("di-miles@example.org", TestClock.TODAY.minusDays(1), 16.09344);
        assertThat(di.get("/log/" + id + "/route.json").statusCode()).isEqualTo(404);
        assertThat(di.get("/log/" + id).body())
                .contains("16.09 km")
                .contains("5:58 min/km")
                .doesNotContain("id=\"route-title\"");
        HttpResponse<String> bad = di.post("/settings", "units", "furlongs");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Distances: choose kilometres or miles.");
        assertThat(di.post("/settings", "units", "mi").statusCode()).isEqualTo(302);
        assertThat(di.get("/log/" + id).body()).contains("10.00 mi").contains("9:36 min/mi");
        assertThat(di.get("/log").body()).contains("min/mi").contains(">10.00<");
    }
}

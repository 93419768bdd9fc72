package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.activity.Activity;
import org.runmend.importer.Importer;
import org.runmend.support.ActivityFiles;
import org.runmend.training.RunDetails;

/**
 * Every activity in the real device files the tests carry (GPX, TCX and FIT from many makers:
 * runs, rides, walks, swims, streams without distance, time or position) opens as a page, with
 * its GPX download and its route (or "not found" for one without positions), in kilometres and
 * in miles.
 */
class EveryDeviceFilePageTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @Test
    void every_activity_of_every_real_file_opens_in_km_and_miles() throws Exception {
        WebClient runner = t.signUp("devices@example.org");
        String id = t.runnerId("devices@example.org");
        List<String> pages = new ArrayList<>();
        for (Path file : ActivityFiles.in("gpx", "tcx", "fit", "perf")) {
            String folder = file.getParent().getFileName().toString();
            for (Activity a : Importer.lenient().read(file).activities()) {
                boolean route = a.samples().stream().anyMatch(x -> x.latitude() != null);
                pages.add(folder + "/" + file.getFileName() + (route ? " R" : " -") + " /log/"
                        + t.training.save(id, a, RunDetails.NONE).id());
            }
        }
        assertThat(pages).hasSizeGreaterThan(50);
        List<String> failed = new ArrayList<>();
        for (String units : List.of("km", "mi")) {
            assertThat(runner.post("/settings", "units", units).statusCode()).isEqualTo(302);
            for (String page : pages) {
                String[] parts = page.split(" ", -1);
                String path = parts[2];
                // the download and the route do not change with the units: asked for once
                List<String> asked =
                        units.equals("km") ? List.of(path, path + "/export.gpx", path + "/route.json") : List.of(path);
                for (String p : asked) {
                    HttpResponse<String> r = runner.get(p);
                    // the route only of an activity with positions; without, "not found"
                    int expected = p.endsWith("/route.json") && parts[1].equals("-") ? 404 : 200;
                    if (r.statusCode() != expected) {
                        failed.add(parts[0] + " " + p + " in " + units + ": " + r.statusCode() + ", not " + expected);
                    }
                }
            }
        }
        assertThat(failed).as("pages that did not open").isEmpty();
    }
}

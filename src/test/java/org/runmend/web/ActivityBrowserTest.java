package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Chromium;
import org.runmend.support.Shared;

/**
 * Activity pages in headless Chromium on real watch files: the route (map or outline), charts,
 * splits and heart-rate zones of a run, a ride in its own words, miles, GPX export and the weight of
 * the scripts and styles per page. Screenshots at 320, 390 and 1280 px go to target/screenshots/.
 * Both colour schemes through axe-core: {@link ThemesBrowserTest}.
 */
class ActivityBrowserTest {
    private static final Path RUN = Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit");
    private static final Path RIDE = Shared.activities().resolve("gpx/sw-4801048867_strava.gpx");

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(20), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void an_imported_run_shows_route_charts_splits_and_zones_then_everything_in_miles() throws IOException {
        BrowserLog.signUp(chromium);
        BrowserLog.upload(chromium, RUN, RIDE);
        BrowserLog.openActivity(chromium, "Running on");

        // the route: Leaflet draws the line; without tiles the server's outline stays
        WebElement route = driver.findElement(By.cssSelector("figure.route"));
        chromium.waitFor(d -> !d.findElements(By.cssSelector("#route-map path.route-map-line"))
                        .isEmpty()
                || route.getAttribute("class").contains("tiles-failed"));
        chromium.waitFor(d -> route.getAttribute("class").matches(".*tiles-(loaded|failed).*"));
        boolean tiles = route.getAttribute("class").contains("tiles-loaded");
        assertThat(driver.findElement(By.cssSelector(".route-outline")).isDisplayed())
                .isEqualTo(!tiles);
        assertThat(driver.findElement(By.id("route-map")).isDisplayed()).isEqualTo(tiles);
        assertThat(driver.findElement(By.cssSelector(".route-outline path.route-line"))
                        .getAttribute("d"))
                .startsWith("M");

        // 9.01 km: nine whole kilometres, the 10 m left over is too short to be a split
        List<WebElement> splits = driver.findElements(By.cssSelector("table.splits tbody tr"));
        assertThat(splits).hasSize(9);
        assertThat(splits.get(0).findElement(By.tagName("th")).getText()).isEqualTo("1");
        assertThat(splits.get(0).findElements(By.tagName("td")).get(0).getText())
                .matches("\\d{1,2}:\\d{2}");
        assertThat(driver.findElement(By.id("splits-title")).getText()).isEqualTo("Splits per kilometre");
        assertThat(driver.findElements(By.cssSelector("table.zones tbody tr"))).hasSize(6);
        assertThat(driver.findElement(By.cssSelector("p.zone-model")).getText())
                .contains("10% of your maximum heart rate")
                .contains("highest recorded in your log");
        assertThat(driver.findElements(By.cssSelector("#pace-chart-title, #hr-chart-title, #elevation-chart-title")))
                .hasSize(3);
        assertThat(driver.findElement(By.cssSelector(".activity-actions")).getText())
                .contains("Add a pain diary entry for this run")
                .contains("Download as GPX");

        for (int width : new int[] {320, 390}) {
            chromium.phone(width);
            chromium.assertFitsThePhone();
            assertChartLabelsInside();
            chromium.screenshot("run-" + width);
        }
        chromium.laptop(1280, 900);
        assertChartLabelsInside();
        chromium.screenshot("run-1280");
        chromium.phone(390);

        String gpx = (String)
                driver.executeAsyncScript(
                        "var done = arguments[0];"
                                + "fetch(document.querySelector('a[href$=\"export.gpx\"]').href).then(function (r) { return r.text(); }).then(done);");
        assertThat(gpx)
                .startsWith("<?xml")
                .contains("<gpx version=\"1.1\"")
                .contains("<gpxtpx:hr>")
                .contains("<ele>");
        assertThat(gpx.split("<trkpt ", -1).length - 1).isEqualTo(2809);

        // miles: a runner setting, used by the activity page, its charts and splits, and the log
        driver.get(chromium.url("/settings"));
        chromium.click(driver.findElement(By.id("units-mi")));
        chromium.click(driver.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")));
        chromium.waitFor(d -> d.getPageSource().contains("Your settings were saved."));
        chromium.screenshot("settings");
        driver.navigate().back();
        driver.navigate().back();
        driver.navigate().refresh();
        chromium.waitFor(d -> !d.findElements(By.id("splits-title")).isEmpty());
        assertThat(driver.findElement(By.id("splits-title")).getText()).isEqualTo("Splits per mile");
        // 9.01 km = 5.60 mi: five whole miles and 0.60 mi
        List<WebElement> miles = driver.findElements(By.cssSelector("table.splits tbody tr"));
        assertThat(miles).hasSize(6);
        assertThat(miles.get(5).findElement(By.tagName("th")).getText()).isEqualTo("0.60");
        assertThat(driver.findElement(By.cssSelector(".facts")).getText())
                .contains("5.60 mi")
                .contains("min/mi");
        assertThat(driver.findElement(By.id("pace-chart-title")).getText()).isEqualTo("Pace (min/mi)");
        assertThat(driver.findElement(By.cssSelector("#pace-chart-title + svg text.axis-name"))
                        .getText())
                .isEqualTo("mi");
        chromium.screenshot("run-miles-390");
        driver.get(chromium.url("/log"));
        assertThat(driver.findElement(By.cssSelector("table.log thead")).getAttribute("textContent"))
                .contains("min/mi");
        chromium.laptop(1280, 900);
        assertThat(
                        (Long)
                                chromium.js(
                                        "return document.querySelector('.table-scroll').scrollWidth - document.querySelector('.table-scroll').clientWidth;"))
                .as("the log table fits at 1280 px without a sideways scroll")
                .isLessThanOrEqualTo(0L);
        chromium.screenshot("log-miles-1280");
    }

    @Test
    void a_ride_is_named_and_shown_with_speed_and_no_run_wording_and_can_be_renamed() throws IOException {
        BrowserLog.signUp(chromium);
        BrowserLog.upload(chromium, RIDE);
        BrowserLog.openActivity(chromium, "Rondje achterhoek");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rondje achterhoek");
        String facts = driver.findElement(By.cssSelector(".facts")).getText();
        assertThat(facts).contains("Average speed").contains("km/h").doesNotContain("min/km");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .doesNotContainIgnoringCase("this run")
                .doesNotContain("pain diary entry");
        assertThat(driver.findElement(By.id("speed-chart-title")).getText()).isEqualTo("Speed (km/h)");
        assertThat(driver.findElements(By.cssSelector("table.splits tbody tr"))).hasSize(37);
        chromium.screenshot("ride-390");

        chromium.click(driver.findElement(By.cssSelector("details.rename > summary")));
        WebElement name = driver.findElement(By.id("activity-name"));
        name.clear();
        name.sendKeys("Sunday loop with the club");
        chromium.click(driver.findElement(By.cssSelector("form.name-form button[type=submit]")));
        chromium.waitFor(d -> d.getPageSource().contains("The name was saved."));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sunday loop with the club");
        driver.get(chromium.url("/log"));
        assertThat(driver.findElement(By.cssSelector("table.log tbody th a")).getText())
                .isEqualTo("Sunday loop with the club");
    }

    @Test
    void js_and_css_per_page_is_reported_and_the_map_weighs_on_the_activity_page_only() throws IOException {
        BrowserLog.signUp(chromium);
        BrowserLog.upload(chromium, RUN);
        BrowserLog.openActivity(chromium, "Running on");
        String activity = driver.getCurrentUrl().replace(chromium.url(""), "");
        StringBuilder report =
                new StringBuilder(String.format("%-28s %12s %12s%n", "page", "JS+CSS bytes", "transferred"));
        for (String page : List.of(
                "/", "/check", "/guides", "/log", activity, "/load", "/diary", "/plan", "/timer", "/settings")) {
            driver.get(chromium.url(page));
            chromium.waitFor(d -> "complete".equals(chromium.js("return document.readyState;")));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> res = (List<Map<String, Object>>)
                    chromium.js(
                            "return performance.getEntriesByType('resource')"
                                    + ".filter(function (e) { return /\\.(js|css)$/.test(new URL(e.name).pathname); })"
                                    + ".map(function (e) { return {name: new URL(e.name).pathname, size: e.decodedBodySize, sent: e.encodedBodySize}; });");
            long size = res.stream()
                    .mapToLong(r -> ((Number) r.get("size")).longValue())
                    .sum();
            long sent = res.stream()
                    .mapToLong(r -> ((Number) r.get("sent")).longValue())
                    .sum();
            boolean leaflet =
                    res.stream().anyMatch(r -> r.get("name").toString().contains("leaflet"));
            report.append(String.format(
                    "%-28s %12d %12d%s%n",
                    page.startsWith("/log/") ? "/log/{id} (activity)" : page,
                    size,
                    sent,
                    leaflet ? "  (with Leaflet)" : ""));
            assertThat(leaflet).as("Leaflet on " + page).isEqualTo(page.equals(activity));
            assertThat(size).as("JS+CSS on " + page).isLessThan(page.equals(activity) ? 230_000 : 60_000);
        }
        System.out.println(report);
        java.nio.file.Files.writeString(Path.of("target", "page-weight.txt"), report);
    }

    /** Every y-axis label of every line chart starts inside its chart (":30" for "3:30" was the bug). */
    private void assertChartLabelsInside() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) chromium.js("var out = [];"
                + "document.querySelectorAll('.line-chart svg').forEach(function (svg) { var box = svg.getBoundingClientRect();"
                + " svg.querySelectorAll('text').forEach(function (t) { var r = t.getBoundingClientRect();"
                + "  out.push({text: t.textContent, left: r.left - box.left, right: box.right - r.right, size: r.height}); }); });"
                + "return out;");
        assertThat(labels).isNotEmpty();
        for (Map<String, Object> l : labels) {
            assertThat(((Number) l.get("left")).doubleValue())
                    .as("left edge of label " + l)
                    .isGreaterThanOrEqualTo(-0.5);
            assertThat(((Number) l.get("right")).doubleValue())
                    .as("right edge of label " + l)
                    .isGreaterThanOrEqualTo(-0.5);
            assertThat(((Number) l.get("size")).doubleValue())
                    .as("height of label " + l)
                    .isGreaterThanOrEqualTo(9.5);
        }
    }
}

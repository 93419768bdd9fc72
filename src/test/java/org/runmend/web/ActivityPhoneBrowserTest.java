package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Chromium;
import org.runmend.support.Shared;

/**
 * Issue 18 on the activity page of a real watch run, in Chromium: on a 390 px phone the key figures
 * and the route are in the first screen and the name is changed in place at the title; moving
 * along the pace chart (pointer events, and the arrow keys) marks the matching point on the route.
 * Screenshots at 390 and 1280 px, light and dark, go to target/screenshots/.
 */
class ActivityPhoneBrowserTest {
    private static final Path RUN = Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit");
    private static final int SCREEN = 844;

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, SCREEN, Duration.ofSeconds(20), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void key_figures_and_route_come_first_on_a_phone_and_the_name_is_changed_at_the_title() throws IOException {
        BrowserLog.signUp(chromium);
        BrowserLog.upload(chromium, RUN);
        BrowserLog.openActivity(chromium, "Running on");
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            driver.navigate().refresh();
            chromium.waitFor(
                    d -> !d.findElements(By.cssSelector("figure.route")).isEmpty());
            chromium.phone(390);
            chromium.assertFitsThePhone();
            assertThat(bottom(".key-facts"))
                    .as("key figures in the first screen")
                    .isLessThan(SCREEN);
            assertThat(top("figure.route"))
                    .as("the route starts in the first screen")
                    .isLessThan(SCREEN);
            assertThat(top("details.rename > summary"))
                    .as("rename beside the title")
                    .isLessThan(top(".key-facts"));
            assertThat(driver.findElement(By.cssSelector(".key-facts")).getText())
                    .contains("Distance")
                    .contains("Moving time")
                    .contains("Pace")
                    .contains("Elevation gain")
                    .contains("Heart rate");
            chromium.screenshot("activity-" + (dark ? "dark" : "light") + "-390");
            chromium.laptop(1280, 900);
            assertThat(top("figure.route"))
                    .as("the route in the first screen at 1280")
                    .isLessThan(900);
            chromium.screenshot("activity-" + (dark ? "dark" : "light") + "-1280");
        }
        chromium.darkMode(false);
        chromium.phone(390);
        driver.navigate().refresh();

        // the rename control opens a plain form in place: no script needed, none used
        WebElement summary = driver.findElement(By.cssSelector("details.rename > summary"));
        Object box = chromium.js("var r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", summary);
        assertThat((List<?>) box)
                .allSatisfy(v -> assertThat(((Number) v).doubleValue()).isGreaterThanOrEqualTo(24));
        chromium.click(summary);
        WebElement name = driver.findElement(By.id("activity-name"));
        assertThat(name.isDisplayed()).isTrue();
        name.clear();
        name.sendKeys("Saturday river loop");
        chromium.click(driver.findElement(By.cssSelector("form.name-form button[type=submit]")));
        chromium.waitFor(d -> d.getPageSource().contains("The name was saved."));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Saturday river loop");
        assertThat(driver.findElement(By.id("activity-name")).isDisplayed())
                .as("closed again after saving")
                .isFalse();
    }

    @Test
    void moving_along_the_pace_chart_marks_the_matching_point_on_the_route() throws IOException {
        BrowserLog.signUp(chromium);
        BrowserLog.upload(chromium, RUN);
        BrowserLog.openActivity(chromium, "Running on");
        WebElement here = driver.findElement(By.cssSelector(".route-outline .route-here"));
        assertThat(here.getAttribute("class")).doesNotContain("shown");
        WebElement chart = driver.findElement(By.cssSelector("#pace-chart-title + svg"));
        chromium.scrollTo(chart);

        List<Double> early = pointAt(chart, 0.15);
        assertThat(here.getAttribute("class")).contains("shown");
        List<Double> late = pointAt(chart, 0.85);
        assertThat(late).as("the marker moved").isNotEqualTo(early);
        // the marker sits on a point of the route's line, the one whose distance matches the chart's position
        @SuppressWarnings("unchecked")
        List<Number> expected = (List<Number>) chromium.js(
                "var svg = arguments[0], o = document.querySelector('.route-outline');"
                        + "var from = +svg.dataset.from, to = +svg.dataset.to, want = from + 0.85 * (to - from);"
                        + "var m = o.dataset.metres.split(',').map(Number), best = 0;"
                        + "for (var i = 0; i < m.length; i++) { if (Math.abs(m[i] - want) < Math.abs(m[best] - want)) { best = i; } }"
                        + "var n = o.querySelector('.route-line').getAttribute('d').replace(/[ML]/g, ' ').trim().split(/\\s+/).map(Number);"
                        + "return [n[2 * best], n[2 * best + 1]];",
                chart);
        assertThat(late.get(0)).isCloseTo(expected.get(0).doubleValue(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(late.get(1)).isCloseTo(expected.get(1).doubleValue(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(driver.findElement(By.cssSelector("[data-route-here]")).getText())
                .startsWith("Marked on the route: ")
                .endsWith("km from the start.");
        // the heart-rate chart's cursor follows, at the same place
        assertThat(driver.findElement(By.cssSelector("#hr-chart-title + svg .chart-cursor"))
                        .getAttribute("class"))
                .contains("shown");

        // by keyboard: focus the chart, arrow keys move the mark
        chart.sendKeys(Keys.HOME);
        List<Double> start = marker();
        chart.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertThat(marker()).isNotEqualTo(start);
        assertThat(((Number) chromium.js("return document.activeElement === arguments[0] ? 1 : 0;", chart)).intValue())
                .isEqualTo(1);
        chromium.screenshot("route-marked-390");
    }

    /** Dispatches pointer events at {@code share} of the chart's plot width and returns the marker's centre. */
    private List<Double> pointAt(WebElement chart, double share) {
        chromium.js(
                "var svg = arguments[0], r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;"
                        + "var left = +svg.dataset.left, right = +svg.dataset.right, x = left + arguments[1] * (right - left);"
                        + "var clientX = r.left + x / vb.width * r.width, clientY = r.top + r.height / 2;"
                        + "['pointerdown', 'pointermove'].forEach(function (type) {"
                        + " svg.dispatchEvent(new PointerEvent(type, {bubbles: true, clientX: clientX, clientY: clientY, pointerType: 'touch'})); });",
                chart,
                share);
        return marker();
    }

    private List<Double> marker() {
        WebElement here = driver.findElement(By.cssSelector(".route-outline .route-here"));
        return List.of(Double.parseDouble(here.getAttribute("cx")), Double.parseDouble(here.getAttribute("cy")));
    }

    private double top(String css) {
        return ((Number) chromium.js(
                        "return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY;",
                        css))
                .doubleValue();
    }

    private double bottom(String css) {
        return ((Number) chromium.js(
                        "return document.querySelector(arguments[0]).getBoundingClientRect().bottom + window.scrollY;",
                        css))
                .doubleValue();
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Axe;
import org.runmend.support.Chromium;
import org.runmend.support.TestClock;

/**
 * On a 390 px phone, in the light and the dark scheme: the load page's key figures and chart in
 * the first screen, above its warnings; the month calendar of an old year fits the screen and
 * leads to a week and a run; the pages pass axe-core.
 */
class LoadHistoryBrowserTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(20), () -> t.app.port());

    @Test
    void on_a_phone_the_chart_comes_first_and_old_months_can_be_browsed_to_a_run() throws IOException {
        ChromeDriver driver = chromium.driver();
        String email = "runner-" + UUID.randomUUID() + "@example.org";
        driver.get(chromium.url("/signup"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("name")).sendKeys("History Runner");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        driver.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"))
                .click();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/log"));
        for (LocalDate d = LocalDate.of(2021, 3, 1); d.isBefore(LocalDate.of(2021, 6, 1)); d = d.plusDays(2)) {
            t.run(email, d, 7 + d.getDayOfMonth() % 5);
        }
        LocalDate today = TestClock.TODAY;
        for (int i = 60; i >= 22; i -= 2) {
            t.run(email, today.minusDays(i), 5);
        }
        t.run(email, today.minusDays(20), 9);
        t.run(email, today.minusDays(4), 12);
        t.run(email, today.minusDays(2), 25);

        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            String scheme = dark ? "dark" : "light";
            driver.get(chromium.url("/load"));
            chromium.assertFitsThePhone();
            double chartTop = top(".load-chart svg");
            double keyTop = top(".key-figures");
            double flagsTop = top("#flags-title");
            assertThat(keyTop).as("key figures above the chart").isLessThan(chartTop);
            assertThat(chartTop)
                    .as("the chart starts in the first screen (" + scheme + ")")
                    .isLessThan(844);
            assertThat(flagsTop).as("warnings after the chart").isGreaterThan(chartTop);
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .isEmpty();
            chromium.screenshot("load-history-load-390-" + scheme);

            driver.get(chromium.url("/load/month/2021-04"));
            chromium.assertFitsThePhone();
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .isEmpty();
            chromium.screenshot("load-history-month-390-" + scheme);
        }
        chromium.darkMode(false);
        // a day of the calendar leads to its week, the week to the run
        chromium.click(driver.findElement(By.cssSelector("table.calendar td.ran a")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("/load/week/2021-W"));
        chromium.assertFitsThePhone();
        chromium.click(driver.findElement(By.cssSelector(".day-runs a")));
        chromium.waitFor(d -> d.getCurrentUrl().matches(".*/log/[0-9a-f-]{36}$"));
        driver.get(chromium.url("/load/years"));
        chromium.assertFitsThePhone();
        assertThat(driver.findElements(By.cssSelector("table.totals tbody tr"))).hasSize(6);
        chromium.screenshot("load-history-years-390");
    }

    private double top(String css) {
        return ((Number) chromium.js(
                        "return arguments[0].getBoundingClientRect().top + window.scrollY;",
                        chromium.driver().findElement(By.cssSelector(css))))
                .doubleValue();
    }
}

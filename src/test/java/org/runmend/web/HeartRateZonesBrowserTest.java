package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Axe;
import org.runmend.support.Chromium;
import org.runmend.support.Shared;

/**
 * Heart-rate zones from the runner's own figures (issue 18): the activity page says which maximum
 * it used, the log's highest, an age-based estimate, or the runner's own with their resting rate.
 */
class HeartRateZonesBrowserTest {
    private static final Path RUN = Shared.activities().resolve("fit/pf-activity-small-fenix2-run.fit");

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
    void the_zones_say_whose_maximum_they_use_from_log_to_age_to_own_in_both_themes() throws IOException {
        BrowserLog.signUp(chromium);
        BrowserLog.upload(chromium, RUN);
        BrowserLog.openActivity(chromium, "Running on");
        String activity = driver.getCurrentUrl();
        assertThat(model()).contains("the highest recorded in your log").contains("Enter your own");

        settings("", "", "1986");
        driver.get(activity);
        assertThat(model()).contains("estimated from your age").contains("bpm");

        settings("185", "55", "1986");
        driver.get(activity);
        assertThat(model())
                .contains("Maximum heart rate: 185 bpm, your own from your settings")
                .contains("heart-rate reserve, from your resting 55 bpm");
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            WebElement zones = driver.findElement(By.cssSelector("table.zones"));
            chromium.scrollTo(zones);
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .isEmpty();
            chromium.screenshot(dark ? "zones-own-dark-390" : "zones-own-light-390");
        }

        // within the fields' own limits, but a resting rate too close to the maximum
        driver.get(chromium.url("/settings"));
        driver.findElement(By.id("max-hr")).clear();
        driver.findElement(By.id("max-hr")).sendKeys("130");
        driver.findElement(By.id("resting-hr")).clear();
        driver.findElement(By.id("resting-hr")).sendKeys("115");
        chromium.click(driver.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")));
        chromium.waitFor(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("at least 20 below your maximum");
        Axe.assertNoSeriousViolations(driver);
        chromium.screenshot("settings-heart-rate-error-390");
    }

    private String model() {
        return driver.findElement(By.cssSelector("p.zone-model")).getText();
    }

    private void settings(String max, String resting, String born) {
        driver.get(chromium.url("/settings"));
        for (String[] f : new String[][] {{"max-hr", max}, {"resting-hr", resting}, {"birth-year", born}}) {
            WebElement e = driver.findElement(By.id(f[0]));
            e.clear();
            e.sendKeys(f[1]);
        }
        chromium.click(driver.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("notice=saved"));
    }
}

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Axe;
import org.runmend.support.Chromium;
import org.runmend.support.Shared;

/**
 * The signed-in pages in the light and the dark colour scheme, in headless Chromium: the scheme
 * follows the device, and axe-core finds no serious or critical violation in either.
 */
class ThemesBrowserTest {
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
    void the_activity_log_load_and_settings_pages_pass_axe_in_light_and_dark_mode() throws IOException {
        BrowserLog.signUp(chromium);
        BrowserLog.upload(chromium, RUN);
        BrowserLog.openActivity(chromium, "Running on");
        String activity = driver.getCurrentUrl();
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            for (String page : List.of(
                    activity,
                    chromium.url("/log"),
                    chromium.url("/load"),
                    chromium.url("/settings"),
                    chromium.url("/timer"),
                    chromium.url("/offline"),
                    chromium.url("/account"),
                    chromium.url("/"),
                    chromium.url("/guides"),
                    chromium.url("/diary"),
                    chromium.url("/plan"),
                    chromium.url("/check"),
                    chromium.url("/log/new"),
                    chromium.url("/shoes"),
                    chromium.url("/records"))) {
                driver.get(page);
                chromium.waitFor(d -> !d.findElements(By.tagName("h1")).isEmpty());
                String background = (String) chromium.js("return getComputedStyle(document.body).backgroundColor;");
                assertThat(background)
                        .as("body background in " + (dark ? "dark" : "light") + " mode")
                        .isEqualTo(dark ? "rgb(18, 20, 23)" : "rgb(255, 255, 255)");
                // every rule in the light theme; in the dark one only contrast can differ
                assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                        .as(page + (dark ? " (dark)" : " (light)"))
                        .isEmpty();
            }
            driver.get(activity);
            chromium.screenshot(dark ? "activity-dark-390" : "activity-light-390");
            chromium.laptop(1280, 900);
            chromium.screenshot(dark ? "activity-dark-1280" : "activity-light-1280");
            chromium.phone(390);
        }
        assertThat(Axe.passes(driver)).as("axe-core ran its rules").isGreaterThan(10);
    }
}

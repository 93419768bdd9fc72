package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Chromium;
import org.runmend.support.TestClock;

/**
 * A runner signs up, uploads two watch files through the uploader script, watches them finish,
 * and walks through the training pages on a phone-sized screen in headless Chromium.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. Without them the test is
 * skipped, unless CI=true, where it fails.
 */
class TrainingBrowserTest {
    private static final Path DATA = org.runmend.support.Shared.activities();

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(360, 800, Duration.ofSeconds(15), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void a_runner_uploads_two_files_sees_them_finish_and_listed_and_walks_the_training_pages() throws IOException {
        signUp();
        assertThat(driver.getCurrentUrl()).endsWith("/log");
        chromium.screenshot("1-empty-log");
        chromium.assertFitsThePhone();

        Path gpx = DATA.resolve("gpx/tg-run.gpx").toAbsolutePath().normalize();
        Path fit = DATA.resolve("fit/pf-activity-small-fenix2-run.fit")
                .toAbsolutePath()
                .normalize();
        driver.findElement(By.id("files")).sendKeys(gpx + "\n" + fit);
        driver.findElement(By.cssSelector("form[data-uploader] button[type=submit]"))
                .click();
        chromium.waitFor(d -> "true"
                .equals(d.findElement(By.cssSelector("form[data-uploader]")).getAttribute("data-upload-done")));

        assertThat(driver.findElement(By.id("upload-overall")).getAttribute("value"))
                .isEqualTo("100");
        List<WebElement> files = driver.findElements(By.cssSelector(".upload-file"));
        assertThat(files).hasSize(2);
        for (WebElement f : files) {
            assertThat(f.getAttribute("class")).as(f.getText()).contains("result-imported");
            assertThat(f.findElement(By.tagName("progress")).getAttribute("value"))
                    .isEqualTo("100");
        }
        assertThat(driver.findElement(By.cssSelector("[data-upload-status]")).getText())
                .contains("Upload finished: 2 imported, 0 already in your log, 0 failed");
        chromium.waitFor(d ->
                d.findElements(By.cssSelector("#log-list tr[data-activity]")).size() == 2);
        chromium.screenshot("2-uploaded");
        chromium.assertFitsThePhone();

        driver.findElement(By.cssSelector("#log-list tr[data-activity] th a")).click();
        chromium.waitFor(d -> d.findElements(By.id("details")).size() == 1);
        chromium.screenshot("3-activity");
        chromium.assertFitsThePhone();

        driver.get(chromium.url("/log/new"));
        driver.findElement(By.id("date")).sendKeys("");
        chromium.js(
                "document.getElementById('date').value = arguments[0];",
                TestClock.TODAY.minusDays(3).toString());
        driver.findElement(By.id("distance")).sendKeys("far");
        driver.findElement(By.id("duration")).sendKeys("45");
        driver.findElement(By.cssSelector("form.run-form button[type=submit]")).click();
        chromium.waitFor(d -> d.findElements(By.id("errors")).size() == 1);
        assertThat(driver.findElement(By.id("errors")).getText()).contains("Distance:");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("errors");
        chromium.screenshot("4-new-run-error");
        chromium.assertFitsThePhone();
        driver.findElement(By.id("distance")).clear();
        driver.findElement(By.id("distance")).sendKeys("8");
        driver.findElement(By.cssSelector("form.run-form button[type=submit]")).click();
        chromium.waitFor(d -> d.getPageSource().contains("The run was added to your log."));

        driver.get(chromium.url("/shoes"));
        driver.findElement(By.id("name")).sendKeys("Everyday trainers");
        driver.findElement(By.cssSelector("form[action='/shoes'] button[type=submit]"))
                .click();
        chromium.waitFor(d -> d.getPageSource().contains("The pair was added."));
        chromium.screenshot("5-shoes");
        chromium.assertFitsThePhone();

        driver.get(chromium.url("/load"));
        assertThat(driver.findElements(By.cssSelector(".flag"))).isNotEmpty();
        chromium.screenshot("6-load");
        chromium.assertFitsThePhone();
    }

    /** Signs up through the form. */
    private void signUp() {
        driver.get(chromium.url("/signup"));
        driver.findElement(By.id("email")).sendKeys("runner-" + UUID.randomUUID() + "@example.org");
        driver.findElement(By.id("name")).sendKeys("Browser Runner");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        driver.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"))
                .click();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/log"));
    }
}

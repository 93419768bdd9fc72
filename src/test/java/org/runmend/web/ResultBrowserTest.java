package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Axe;
import org.runmend.support.BrowserInterview;
import org.runmend.support.Chromium;

/**
 * The result page in headless Chromium: short enough on a phone to act on at a glance, and a
 * runner without an account can sign up from it and land back on the same result, now saved.
 * Screenshots at 390 and 1280 px go to target/screenshots/; axe-core checks each page.
 */
class ResultBrowserTest {
    /** The result with its details folded, on a 390 px phone, is at most about this tall. */
    static final long MAX_PHONE_HEIGHT = 2500;

    private static final Map<String, String> PLANTAR_HEEL =
            Map.of("first-steps-pain", "yes", "gradual-onset", "yes", "inner-heel-tenderness", "yes");

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(10), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void a_heel_result_fits_a_phone_and_signing_up_from_it_returns_to_it_saved() throws IOException {
        startHeelCheck(45, "female");
        BrowserInterview.answerAll(chromium, PLANTAR_HEEL);
        assertThat(driver.findElement(By.cssSelector(".triage")).getAttribute("data-triage"))
                .isEqualTo("self-care");

        long phone = pageHeight();
        System.out.printf("result page height, details folded: %d px at 390 px%n", phone);
        assertThat(phone).as("result page height at 390 px").isLessThanOrEqualTo(MAX_PHONE_HEIGHT);
        WebElement save = driver.findElement(By.cssSelector("[data-result-actions] .save-check button"));
        assertThat(save.getLocation().getY())
                .as("'Save this check' within the first screen and a half")
                .isLessThan(1300);
        chromium.assertFitsThePhone();
        chromium.screenshot("result-390");
        Axe.assertNoSeriousViolations(driver);

        chromium.phone(1280);
        System.out.printf("result page height, details folded: %d px at 1280 px%n", pageHeight());
        chromium.screenshot("result-1280");
        chromium.phone(390);

        driver.findElement(By.cssSelector(".condition[data-condition='plantar-fasciitis'] summary"))
                .click();
        WebElement reasons =
                driver.findElement(By.cssSelector(".condition[data-condition='plantar-fasciitis'] .reasons-for"));
        assertThat(reasons.isDisplayed()).isTrue();
        assertThat(reasons.getText()).contains("It is worst on the first steps").doesNotContain("?");
        System.out.printf("result page height, likeliest cause open: %d px at 390 px%n", pageHeight());

        chromium.click(save);
        chromium.waitFor(
                d -> !d.findElements(By.cssSelector("[data-keeping-check]")).isEmpty());
        Axe.assertNoSeriousViolations(driver);
        chromium.screenshot("signup-390");
        driver.findElement(By.id("email")).sendKeys("phone@example.org");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        chromium.click(driver.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")));

        chromium.waitFor(d -> d.getCurrentUrl().matches(".*/checks/[A-Za-z0-9_-]+$"));
        assertThat(driver.findElement(By.cssSelector("[data-saved-check]")).getText())
                .contains("Saved to your account");
        assertThat(driver.findElement(By.cssSelector(".triage")).getAttribute("data-triage"))
                .isEqualTo("self-care");
        assertThat(driver.findElements(By.cssSelector(".condition[data-condition='plantar-fasciitis']")))
                .hasSize(1);
        chromium.screenshot("saved-result-390");
        Axe.assertNoSeriousViolations(driver);

        chromium.click(driver.findElement(By.cssSelector("[data-plan-link]")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/plan"));
        assertThat(driver.findElements(By.cssSelector(".item"))).isNotEmpty();
        chromium.assertFitsThePhone();
        chromium.screenshot("plan-390");
        Axe.assertNoSeriousViolations(driver);
        chromium.phone(1280);
        chromium.screenshot("plan-1280");

        driver.get(chromium.url("/checks"));
        Axe.assertNoSeriousViolations(driver);
    }

    @Test
    void an_anonymous_plan_page_comes_back_to_the_result() throws IOException {
        startHeelCheck(52, "male");
        BrowserInterview.answerAll(chromium, PLANTAR_HEEL);
        chromium.click(driver.findElement(By.cssSelector("[data-plan-link]")));
        chromium.waitFor(d -> !d.findElements(By.cssSelector(".item")).isEmpty());
        chromium.screenshot("anonymous-plan-390");
        Axe.assertNoSeriousViolations(driver);
        chromium.click(driver.findElement(By.cssSelector("#back-to-result button")));
        chromium.waitFor(
                d -> !d.findElements(By.cssSelector("[data-result-actions]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".triage")).getAttribute("data-triage"))
                .isEqualTo("self-care");
    }

    private long pageHeight() {
        return (Long) chromium.js("return document.documentElement.scrollHeight;");
    }

    private void startHeelCheck(int age, String sex) {
        driver.get(chromium.url("/check/intake?region=heel-bottom"));
        driver.findElement(By.id("age")).sendKeys(String.valueOf(age));
        driver.findElement(By.cssSelector("input[name=sex][value=" + sex + "]")).click();
        driver.findElement(By.id("durationDays")).sendKeys("10");
        driver.findElement(By.id("painScore")).sendKeys("5");
        chromium.click(driver.findElement(By.cssSelector("form.intake button[type=submit]")));
    }
}

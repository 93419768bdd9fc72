package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.runmend.support.Axe;
import org.runmend.support.BrowserInterview;
import org.runmend.support.Chromium;

/**
 * The urgent moment and the safety checklist on a 390 px phone, light and dark (issue 18): an
 * emergency result dials from the first screen with nothing competing below it, a same-day result
 * offers the advice line of the runner's country, the checklist has "None of these" and "not sure",
 * and a saved check shows the unsaved one's percentages. Screenshots in target/screenshots/.
 */
class UrgentMomentBrowserTest {
    /** A result page on a phone is at most this tall (issue 18's "Done when"). */
    static final long MAX_RESULT_HEIGHT = 2600;

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(15), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void an_emergency_result_dials_from_the_first_screen_and_folds_the_rest_in_both_themes() throws IOException {
        startCheck("lower-back", null);
        chromium.waitFor(d -> !d.findElements(By.cssSelector("form.checklist")).isEmpty());
        chromium.click(driver.findElement(By.cssSelector("input[name='answer.bladder-bowel-change'][value=yes]")));
        chromium.click(driver.findElement(By.cssSelector("button[data-checklist-submit]")));
        chromium.waitFor(
                d -> !d.findElements(By.cssSelector("[data-urgent-call]")).isEmpty());

        assertThat(driver.findElement(By.cssSelector(".triage")).getAttribute("data-triage"))
                .isEqualTo("emergency");
        WebElement call = driver.findElement(By.cssSelector("a.call-button"));
        // headless Chromium's language is en-US: an anonymous visitor gets 911
        assertThat(call.getAttribute("href")).isEqualTo("tel:911");
        assertThat(call.getText()).isEqualTo("Call 911");
        assertThat(driver.findElement(By.cssSelector("[data-urgent-call]")).getAttribute("data-urgent-call"))
                .isEqualTo("now");
        WebElement fold = driver.findElement(By.cssSelector("details[data-after-call]"));
        assertThat(fold.getAttribute("open")).as("saving and causes folded").isNull();
        assertThat(fold.findElements(By.cssSelector("[data-result-actions]"))).hasSize(1);
        assertThat(fold.findElements(By.cssSelector(".conditions"))).hasSize(1);
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            chromium.js("window.scrollTo(0, 0);");
            long bottom = (Long) chromium.js("return Math.round(arguments[0].getBoundingClientRect().bottom);", call);
            long screen = (Long) chromium.js("return window.innerHeight;");
            System.out.printf(
                    "emergency result (%s): call button bottom at %d px of a %d px screen, page %d px tall at 390 px%n",
                    dark ? "dark" : "light", bottom, screen, pageHeight());
            assertThat(bottom).as("the call button within the first screen").isLessThanOrEqualTo(screen);
            assertThat(pageHeight()).as("emergency result height at 390 px").isLessThanOrEqualTo(MAX_RESULT_HEIGHT);
            chromium.assertFitsThePhone();
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .isEmpty();
            chromium.screenshot(dark ? "emergency-dark-390" : "emergency-light-390");
        }
    }

    @Test
    void a_same_day_result_offers_the_advice_line_of_the_country_in_the_settings() throws IOException {
        BrowserLog.signUp(chromium);
        driver.get(chromium.url("/settings"));
        Select country = new Select(driver.findElement(By.id("emergency-region")));
        assertThat(country.getFirstSelectedOption().getAttribute("value"))
                .as("from the browser's language at sign-up")
                .isEqualTo("US");
        country.selectByValue("GB");
        chromium.click(driver.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("notice=saved"));
        Axe.assertNoSeriousViolations(driver);
        chromium.screenshot("settings-emergency-390");

        startCheck("calf", "left");
        chromium.waitFor(d -> !d.findElements(By.cssSelector("form.checklist")).isEmpty());
        chromium.click(driver.findElement(By.cssSelector("input[name='answer.calf-swelling-one-side'][value=yes]")));
        chromium.click(driver.findElement(By.cssSelector("button[data-checklist-submit]")));
        BrowserInterview.answerAll(chromium, Map.of());
        assertThat(driver.findElement(By.cssSelector(".triage")).getAttribute("data-triage"))
                .isEqualTo("urgent");
        WebElement block = driver.findElement(By.cssSelector("[data-urgent-call]"));
        assertThat(block.getAttribute("data-urgent-call")).isEqualTo("today");
        assertThat(block.findElement(By.cssSelector("a.call-button")).getAttribute("href"))
                .isEqualTo("tel:111");
        assertThat(block.findElement(By.cssSelector("[data-call-emergency]")).getAttribute("href"))
                .isEqualTo("tel:999");
        assertThat(block.getText()).contains("United Kingdom, from your settings");
        assertThat(driver.findElement(By.cssSelector("details[data-after-call]"))
                        .getAttribute("open"))
                .isNull();
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            chromium.js("window.scrollTo(0, 0);");
            long top = (Long) chromium.js(
                    "return Math.round(arguments[0].getBoundingClientRect().bottom);",
                    block.findElement(By.cssSelector("a.call-button")));
            System.out.printf(
                    "urgent result (%s): call button bottom at %d px, page %d px tall at 390 px%n",
                    dark ? "dark" : "light", top, pageHeight());
            assertThat(top).as("the call button within the first screen").isLessThanOrEqualTo(844);
            assertThat(pageHeight()).isLessThanOrEqualTo(MAX_RESULT_HEIGHT);
            chromium.assertFitsThePhone();
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .isEmpty();
            chromium.screenshot(dark ? "urgent-dark-390" : "urgent-light-390");
        }
    }

    @Test
    void the_checklist_has_none_of_these_and_not_sure_for_each_sign_in_both_themes() throws IOException {
        startCheck("knee", "left");
        chromium.waitFor(d -> !d.findElements(By.cssSelector("form.checklist")).isEmpty());
        List<WebElement> items = driver.findElements(By.cssSelector("fieldset.safety-item"));
        assertThat(items).isNotEmpty();
        for (WebElement item : items) {
            assertThat(item.findElement(By.tagName("legend")).getText()).isNotBlank();
            assertThat(item.findElements(By.cssSelector("input[type=radio]")))
                    .extracting(e -> e.getAttribute("value"))
                    .containsExactly("yes", "no", "unknown");
            // each answer is a label at least 44 px tall, easy to hit with a thumb
            assertThat(item.findElement(By.cssSelector("label")).getSize().getHeight())
                    .isGreaterThanOrEqualTo(44);
        }
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            chromium.assertFitsThePhone();
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .isEmpty();
            chromium.screenshot(dark ? "checklist-dark-390" : "checklist-light-390");
        }
        String notSure = items.get(0).getAttribute("data-finding");
        chromium.click(items.get(0).findElement(By.cssSelector("input[value=unknown]")));
        chromium.click(driver.findElement(By.cssSelector("button[data-checklist-none]")));
        chromium.waitFor(d -> d.findElements(By.cssSelector("form.checklist")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("li[data-answered='" + notSure + "'] strong"))
                        .getText())
                .isEqualTo("Not sure");
    }

    @Test
    void a_saved_check_shows_the_same_percentages_as_before_saving() throws IOException {
        BrowserLog.signUp(chromium);
        startCheck("knee", "both");
        BrowserInterview.answerAll(chromium, Map.of("kneecap-pain-stairs-sitting", "yes"));
        List<String> before = percentages();
        assertThat(before).isNotEmpty();
        chromium.click(driver.findElement(By.cssSelector("[data-result-actions] .save-check button")));
        chromium.waitFor(
                d -> !d.findElements(By.cssSelector("[data-saved-check]")).isEmpty());
        assertThat(percentages()).isEqualTo(before);
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .isEmpty();
            chromium.screenshot(dark ? "saved-dark-390" : "saved-light-390");
        }
    }

    private List<String> percentages() {
        return driver.findElements(By.cssSelector(".condition")).stream()
                .map(e -> e.getAttribute("data-condition") + " "
                        + e.findElement(By.cssSelector(".pct")).getAttribute("textContent"))
                .toList();
    }

    private long pageHeight() {
        return (Long) chromium.js("return document.documentElement.scrollHeight;");
    }

    private void startCheck(String region, String side) {
        driver.get(chromium.url("/check/intake?region=" + region + (side == null ? "" : "&side=" + side)));
        driver.findElement(By.id("age")).sendKeys("38");
        driver.findElement(By.cssSelector("input[name=sex][value=male]")).click();
        driver.findElement(By.id("durationDays")).sendKeys("2");
        driver.findElement(By.id("painScore")).sendKeys("6");
        chromium.click(driver.findElement(By.cssSelector("form.intake button[type=submit]")));
    }
}

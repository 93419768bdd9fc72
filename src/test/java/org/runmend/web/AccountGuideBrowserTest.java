package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Axe;
import org.runmend.support.Chromium;

/**
 * The account page (password and e-mail changes), changing a diary entry, guide search with
 * its cut-off and a long guide's contents, in headless Chromium at 390 and 1280 px, with axe-core.
 */
class AccountGuideBrowserTest {
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
    void a_runner_changes_a_diary_entry_and_the_password() throws IOException {
        driver.get(chromium.url("/signup"));
        driver.findElement(By.id("email")).sendKeys("ida@example.org");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        chromium.click(driver.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/log"));

        driver.get(chromium.url("/diary"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("region"))).selectByValue("knee");
        chromium.click(driver.findElement(By.cssSelector(".scale input[value='5']")));
        chromium.click(driver.findElement(By.cssSelector(".diary-form button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("entered=knee"));
        chromium.click(driver.findElement(By.cssSelector(".entry a[href$='/edit']")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/edit"));
        chromium.assertFitsThePhone();
        chromium.screenshot("diary-edit-390");
        Axe.assertNoSeriousViolations(driver);
        chromium.click(driver.findElement(By.cssSelector(".scale input[value='2']")));
        chromium.click(driver.findElement(By.cssSelector(".diary-form button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("entered=knee"));
        assertThat(driver.findElement(By.cssSelector(".entry .entry-score")).getText())
                .isEqualTo("pain 2/10");

        driver.get(chromium.url("/account"));
        chromium.assertFitsThePhone();
        chromium.screenshot("account-390");
        Axe.assertNoSeriousViolations(driver);
        driver.findElement(By.id("current")).sendKeys("velvet kettle migrates north");
        driver.findElement(By.id("new")).sendKeys("another long passphrase");
        chromium.click(driver.findElement(By.cssSelector("form[action='/account/password'] button")));
        chromium.waitFor(d -> !d.findElements(By.cssSelector("[data-notice]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("[data-notice]")).getText())
                .contains("password is changed");
        chromium.phone(1280);
        chromium.screenshot("account-1280");
    }

    @Test
    void guide_search_cuts_off_passing_mentions_and_long_guides_open_with_contents() throws IOException {
        driver.get(chromium.url("/guides/search?q=heel+spur"));
        var hits = driver.findElements(By.cssSelector(".hit"));
        assertThat(hits).isNotEmpty().hasSizeLessThan(5);
        assertThat(hits.get(0).getAttribute("data-slug")).isEqualTo("condition/plantar-fasciitis");
        chromium.screenshot("search-heel-spur-390");
        Axe.assertNoSeriousViolations(driver);

        driver.get(chromium.url("/guides/search?q=tennis+elbow"));
        assertThat(driver.findElement(By.cssSelector("[data-no-guide]")).getText())
                .contains("no guide on “tennis elbow” yet");
        Axe.assertNoSeriousViolations(driver);

        driver.get(chromium.url("/guides/region/heel-bottom"));
        WebElement contents = driver.findElement(By.cssSelector("nav.contents"));
        long top = contents.getLocation().getY();
        assertThat(top).as("contents near the top").isLessThan(900);
        String target = contents.findElements(By.cssSelector("a")).get(2).getAttribute("href");
        chromium.click(contents.findElements(By.cssSelector("a")).get(2));
        assertThat(driver.getCurrentUrl()).isEqualTo(target);
        chromium.assertFitsThePhone();
        chromium.screenshot("guide-contents-390");
        Axe.assertNoSeriousViolations(driver);
        chromium.phone(1280);
        driver.get(chromium.url("/guides/region/heel-bottom"));
        chromium.screenshot("guide-contents-1280");
    }
}

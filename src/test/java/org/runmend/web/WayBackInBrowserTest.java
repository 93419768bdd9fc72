package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.runmend.accounts.PasswordResets;
import org.runmend.support.Axe;
import org.runmend.support.Chromium;

/**
 * A way back in, and nothing typed is lost (issue 18), on a 390 px phone in both themes: a
 * forgotten password is reset from its link, and a diary note sent from a tab that was logged out
 * in another is kept through logging in again and then sent. Screenshots in target/screenshots/.
 */
class WayBackInBrowserTest {
    private static final String NOTE = "Knee ached on the stairs after the long run, better by lunch";

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
    void a_forgotten_password_is_reset_from_its_link_in_both_themes() throws IOException {
        String email = "reset-" + UUID.randomUUID() + "@example.org";
        t.accounts.signUp(email, "Ada", "velvet kettle migrates north");
        driver.get(chromium.url("/login"));
        chromium.click(driver.findElement(By.cssSelector("a[data-forgot]")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/forgot"));
        // this instance sends no e-mail: the page names the way through whoever runs it
        assertThat(driver.findElement(By.cssSelector("[data-no-mail]")).getText())
                .contains("bin/runmend user reset-password");
        themes("forgot");

        String token = new PasswordResets(t.db, t.accounts, t.clock)
                .issue(email)
                .orElseThrow()
                .token();
        driver.get(chromium.url("/reset?token=" + token));
        themes("reset");
        driver.findElement(By.id("password")).sendKeys("copper lantern drifts east");
        chromium.click(driver.findElement(By.cssSelector("form[action='/reset'] button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/log?notice=password"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("Your new password is saved");

        driver.get(chromium.url("/reset?token=" + token));
        assertThat(driver.findElement(By.cssSelector("[data-link-expired]")).isDisplayed())
                .as("a used link")
                .isTrue();
        themes("reset-used");
    }

    @Test
    void a_note_from_a_logged_out_tab_is_kept_and_sent_after_logging_in_again() throws IOException {
        BrowserLog.signUp(chromium);
        driver.get(chromium.url("/account"));
        String email = driver.findElement(By.cssSelector("body"))
                .getText()
                .replaceAll("(?s).*?(runner-[0-9a-f-]+@example\\.org).*", "$1");
        driver.get(chromium.url("/diary/new"));
        String diaryTab = driver.getWindowHandle();
        // every field the browser itself requires is filled, so the form is really sent (the region is required)
        new Select(driver.findElement(By.id("region"))).selectByValue("knee");
        chromium.click(driver.findElement(By.cssSelector("input[name=score][value='3']")));
        driver.findElement(By.id("note")).sendKeys(NOTE);

        // logged out in another tab
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(chromium.url("/log"));
        chromium.click(driver.findElement(By.cssSelector("form[action='/logout'] button")));
        chromium.waitFor(
                d -> d.findElements(By.cssSelector("form[action='/logout']")).isEmpty());
        driver.close();
        driver.switchTo().window(diaryTab);

        chromium.click(driver.findElement(By.cssSelector("form.diary-form button[type=submit]")));
        chromium.waitFor(
                d -> !d.findElements(By.cssSelector("[data-stale-form]")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("[data-kept-text]")).getText())
                .isEqualTo(NOTE);
        themes("stale-logged-out");

        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        chromium.click(driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")));
        chromium.waitFor(
                d -> !d.findElements(By.cssSelector("form[data-resend]")).isEmpty());
        themes("stale-send");
        chromium.click(driver.findElement(By.cssSelector("form[data-resend] button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("/diary")
                && d.findElements(By.cssSelector("form[data-resend]")).isEmpty());
        driver.get(chromium.url("/diary"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(NOTE);
    }

    /** Axe and a screenshot in the light and the dark theme; the page fits the phone. */
    private void themes(String name) throws IOException {
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            chromium.assertFitsThePhone();
            assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                    .as(name + (dark ? " (dark)" : " (light)"))
                    .isEmpty();
            chromium.screenshot(name + (dark ? "-dark-390" : "-light-390"));
        }
        chromium.darkMode(false);
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Chromium;
import org.runmend.support.TestClock;

/**
 * Issue 10, items 1 and 4 in a real browser: the pages work under the Content Security Policy
 * (nothing on them is blocked, their script runs) while a script slipped into a page does not,
 * and a crafted log-in link cannot take the runner off the site.
 */
class CspBrowserTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(412, 915, Duration.ofSeconds(10), () -> t.app.port());

    /** Records every CSP violation of every document from its first byte on. */
    private void recordViolations(ChromeDriver driver) {
        driver.executeCdpCommand("Page.enable", Map.of());
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.__csp = [];document.addEventListener('securitypolicyviolation', function (e) {"
                                + " window.__csp.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });"));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) chromium.js("return window.__csp || ['no recorder'];");
    }

    @Test
    void the_pages_run_under_the_policy_with_nothing_blocked_and_an_injected_script_does_not_run() throws Exception {
        ChromeDriver driver = chromium.driver();
        recordViolations(driver);
        t.accounts.signUp("csp@example.org", "Csp", "velvet kettle migrates north");
        String id = t.run("csp@example.org", TestClock.TODAY.minusDays(2), 8);
        new org.runmend.diary.Diary(t.db, org.runmend.support.TestClock.FIXED)
                .record(t.runnerId("csp@example.org"), TestClock.TODAY.minusDays(1), "knee", 3, 2, "stiff", null);
        driver.get(chromium.url("/login"));
        driver.findElement(By.id("email")).sendKeys("csp@example.org");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/log"));
        for (String path : List.of(
                "/",
                "/check",
                "/check/intake?region=heel-bottom",
                "/log",
                "/log/" + id,
                "/shoes",
                "/load",
                "/diary",
                "/plan",
                "/guides",
                "/guides/condition/plantar-fasciitis",
                "/account",
                "/report")) {
            driver.get(chromium.url(path));
            assertThat(violations()).as("CSP violations on " + path).isEmpty();
        }
        // the uploader of /assets/runmend.js runs and its requests are allowed (connect-src 'self')
        driver.get(chromium.url("/log"));
        java.nio.file.Path gpx = org.runmend.support.Shared.activities()
                .resolve("gpx/tg-run.gpx")
                .toAbsolutePath();
        driver.findElement(By.id("files")).sendKeys(gpx.toString());
        driver.findElement(By.cssSelector("form[data-uploader] button[type=submit]"))
                .click();
        chromium.waitFor(d -> "true"
                .equals(d.findElement(By.cssSelector("form[data-uploader]")).getAttribute("data-upload-done")));
        assertThat(driver.findElements(By.cssSelector(".upload-file.result-imported")))
                .hasSize(1);
        assertThat(violations()).isEmpty();
        // a script injected into the page (as an XSS would) is refused by the browser
        chromium.js("var s = document.createElement('script'); s.textContent = 'window.__injected = true;';"
                + " document.body.appendChild(s);");
        assertThat(chromium.js("return window.__injected === true;")).isEqualTo(false);
        chromium.waitFor(d -> !violations().isEmpty());
        assertThat(violations()).anySatisfy(v -> assertThat(v).startsWith("script-src"));
    }

    @Test
    void a_crafted_next_address_lands_on_the_log_not_on_another_site() {
        ChromeDriver driver = chromium.driver();
        t.accounts.signUp("next@example.org", "Next", "velvet kettle migrates north");
        driver.get(chromium.url("/login?next=%2F%09%2Fevil.example%2Fx"));
        driver.findElement(By.id("email")).sendKeys("next@example.org");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        chromium.waitFor(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(driver.getCurrentUrl()).startsWith(chromium.url("/log"));
    }
}

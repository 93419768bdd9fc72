package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Chromium;

/**
 * Issue 19, item 3: the service worker's private pages belong to a session. When the session
 * ends anywhere but on this device's log-out button (a password change or account deletion on
 * another device), the next answer from RunMend says so and the worker forgets the plan, the saved
 * checks and the last result; with the server gone, this device shows the offline page, not them.
 */
class OfflineSessionBrowserTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static int port;

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(30), () -> port > 0 ? port : t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    private boolean cached(String path) {
        return Boolean.TRUE.equals(driver.executeAsyncScript(
                "var done = arguments[1];" + "caches.match(arguments[0]).then(function (r) { done(!!r); });", path));
    }

    @Test
    void private_pages_kept_offline_are_forgotten_once_the_server_says_the_session_is_gone() throws Exception {
        BrowserLog.signUp(chromium);
        chromium.waitFor(d -> "registered".equals(chromium.js("return document.documentElement.dataset.sw;")));
        driver.executeAsyncScript(
                "var done = arguments[0]; navigator.serviceWorker.ready.then(function () { done(); });");
        driver.navigate().refresh();
        chromium.waitFor(d -> Boolean.TRUE.equals(chromium.js("return !!navigator.serviceWorker.controller;")));
        driver.get(chromium.url("/plan"));
        driver.get(chromium.url("/checks"));
        chromium.waitFor(d -> cached("/plan") && cached("/checks"));
        driver.executeAsyncScript("var done = arguments[0]; caches.open('runmend-pages').then(function (c) {"
                + "return c.put('/offline/last-result', new Response('<h1>Kept result</h1>',"
                + " { headers: { 'Content-Type': 'text/html' } })); }).then(function () { done(); });");
        assertThat(cached("/offline/last-result")).isTrue();

        // the session ends on another device
        t.accounts.logOut(
                driver.manage().getCookieNamed(Security.SESSION_COOKIE).getValue());
        driver.get(chromium.url("/guides"));
        chromium.waitFor(d -> !cached("/plan"));
        assertThat(cached("/checks")).isFalse();
        assertThat(cached("/offline/last-result")).isFalse();

        port = t.app.port();
        t.app.stop();
        driver.get(chromium.url("/plan"));
        chromium.waitFor(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No connection");
        driver.get(chromium.url("/offline/last-result"));
        chromium.waitFor(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No connection");
    }
}

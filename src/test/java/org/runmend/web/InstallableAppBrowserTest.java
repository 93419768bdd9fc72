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
import org.runmend.support.BrowserInterview;
import org.runmend.support.Chromium;

/**
 * RunMend as an installed app in headless Chromium: the manifest and its icons are served, the
 * service worker registers and keeps the guides, the timer and the last result; then the server is
 * stopped (a real loss of connection, not an emulated one) and the runner still reads a guide,
 * their last result, and runs the exercise timer, which beeps, vibrates and asks to keep the screen on.
 */
class InstallableAppBrowserTest {

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();
    /** The app's port, kept for after the app is stopped. */
    private static int port;

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(30), () -> port > 0 ? port : t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void the_app_installs_and_guides_the_last_result_and_the_timer_work_with_the_server_gone() throws IOException {
        driver.get(chromium.url("/"));
        assertThat(driver.findElement(By.cssSelector("link[rel=manifest]")).getAttribute("href"))
                .endsWith("/manifest.webmanifest");
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) driver.executeAsyncScript("var done = arguments[0];"
                + "fetch('/manifest.webmanifest').then(function (r) { return r.json(); }).then(done);");
        assertThat(manifest)
                .containsEntry("name", "RunMend")
                .containsEntry("display", "standalone")
                .containsEntry("start_url", "/");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> icons = (List<Map<String, Object>>) manifest.get("icons");
        assertThat(icons).extracting(i -> i.get("sizes")).contains("192x192", "512x512");
        for (Map<String, Object> icon : icons) {
            String size = ((String) icon.get("sizes")).split("x", -1)[0];
            Object width = driver.executeAsyncScript(
                    "var done = arguments[1], img = new Image();"
                            + "img.onload = function () { done(img.naturalWidth); }; img.onerror = function () { done(-1); };"
                            + "img.src = arguments[0];",
                    icon.get("src"));
            assertThat(((Number) width).intValue())
                    .as(icon.get("src") + " loads at its size")
                    .isEqualTo(Integer.parseInt(size));
        }

        // the worker registers, controls the page after a reload and keeps every guide once the guide list
        // is opened, not before: a first visit for one pain check does not download the whole library
        chromium.waitFor(d -> "registered".equals(chromium.js("return document.documentElement.dataset.sw;")));
        assertThat(driver.executeAsyncScript("var done = arguments[0];"
                        + "navigator.serviceWorker.ready.then(function (r) { done(r.active.scriptURL); });"))
                .asString()
                .endsWith("/sw.js");
        chromium.waitFor(d -> Boolean.TRUE.equals(driver.executeAsyncScript(
                "var done = arguments[0];" + "caches.match('/timer').then(function (r) { done(!!r); });")));
        String stylesheet =
                (String) chromium.js("return document.querySelector('link[rel=stylesheet]').getAttribute('href');");
        assertThat(stylesheet)
                .as("the stylesheet's fingerprinted address")
                .matches("/assets/runmend\\.css\\?v=[0-9a-f]{16}");
        assertThat(driver.executeAsyncScript(
                        "var done = arguments[1];" + "caches.match(arguments[0]).then(function (r) { done(!!r); });",
                        stylesheet))
                .as("the stylesheet kept by the worker under its fingerprinted address")
                .isEqualTo(true);
        assertThat(driver.executeAsyncScript("var done = arguments[0];" + "caches.has('runmend-guides').then(done);"))
                .as("guides kept before the guide list was opened")
                .isEqualTo(false);
        driver.get(chromium.url("/guides"));
        String guide = driver.findElement(
                        By.cssSelector("main a[href^='/guides/'][href*='/']:not([href='/guides/search'])"))
                .getAttribute("href")
                .replace(chromium.url(""), "");
        String guideTitle = guideTitle(guide);
        chromium.waitFor(d -> Boolean.TRUE.equals(driver.executeAsyncScript(
                "var done = arguments[1];" + "caches.match(arguments[0]).then(function (r) { done(!!r); });", guide)));
        assertThat(chromium.js("return !!navigator.serviceWorker.controller;")).isEqualTo(true);

        // a pain check: its result is kept on this device
        String result = painCheck();
        chromium.waitFor(d -> "yes".equals(chromium.js("return document.documentElement.dataset.resultKept;")));

        // two guides kept before an update: one names the stylesheet by an older fingerprint, one by
        // the address without one that pages used before fingerprints
        for (String[] kept : List.of(
                new String[] {"/guides/kept/older-fingerprint", "/assets/runmend.css?v=0000000000000000"},
                new String[] {"/guides/kept/no-fingerprint", "/assets/runmend.css"})) {
            driver.executeAsyncScript(
                    "var path = arguments[0], css = arguments[1], done = arguments[2];"
                            + "caches.open('runmend-guides').then(function (c) { return c.put(path, new Response("
                            + "'<!doctype html><html lang=\"en\"><head><title>Kept</title><link rel=\"stylesheet\" href=\"' + css"
                            + " + '\"></head><body><main><h1>Kept before an update</h1></main></body></html>',"
                            + " {headers: {'Content-Type': 'text/html; charset=utf-8'}})); }).then(function () { done(true); });",
                    kept[0],
                    kept[1]);
        }

        port = t.app.port();
        t.app.stop();

        for (String kept : List.of("/guides/kept/older-fingerprint", "/guides/kept/no-fingerprint")) {
            driver.get(chromium.url(kept));
            chromium.waitFor(d -> !d.findElements(By.tagName("h1")).isEmpty());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kept before an update");
            assertThat(chromium.js("return getComputedStyle(document.body).backgroundColor;"))
                    .as(kept + ": the current stylesheet stands in for the one the page names")
                    .isEqualTo("rgb(255, 255, 255)");
        }

        driver.get(chromium.url(guide));
        chromium.waitFor(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(guideTitle);
        assertThat(chromium.js("return getComputedStyle(document.body).backgroundColor;"))
                .as("the guide is styled offline")
                .isEqualTo("rgb(255, 255, 255)");
        chromium.screenshot("offline-guide-390");

        driver.get(chromium.url("/offline/last-result"));
        chromium.waitFor(d -> !d.findElements(By.cssSelector(".triage")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".triage h1")).getText()).isEqualTo(result);
        chromium.screenshot("offline-last-result-390");

        driver.get(chromium.url("/load"));
        chromium.waitFor(d -> !d.findElements(By.tagName("h1")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No connection");
        chromium.screenshot("offline-page-390");

        driver.get(chromium.url("/timer"));
        chromium.waitFor(d -> d.findElement(By.id("free-timer")).isDisplayed());
        chromium.js("window.buzzes = []; navigator.vibrate = function (p) { window.buzzes.push(p); return true; };");
        setNumber("timer-hold", "2");
        setNumber("timer-sets", "2");
        WebElement timer = driver.findElement(By.id("free-timer"));
        assertThat(timer.findElement(By.cssSelector(".timer-time")).getText()).isEqualTo("0:02");
        chromium.click(timer.findElement(By.cssSelector(".timer-toggle")));
        chromium.waitFor(d ->
                timer.findElement(By.cssSelector(".timer-status")).getText().contains("Set 1 of 2 done"));
        assertThat(chromium.js("return window.buzzes.length;")).asString().isEqualTo("1");
        assertThat(Integer.parseInt((String) chromium.js("return document.documentElement.dataset.timerBeeps;")))
                .as("beeps: start, the last second, set done")
                .isGreaterThanOrEqualTo(3);
        chromium.waitFor(d -> chromium.js("return document.documentElement.dataset.wakeLock;") != null);
        String wake = (String) chromium.js("return document.documentElement.dataset.wakeLock;");
        assertThat(wake).as("the screen wake lock was asked for and answered").isIn("on", "off", "refused");
        chromium.click(timer.findElement(By.cssSelector(".timer-toggle")));
        chromium.waitFor(d ->
                timer.findElement(By.cssSelector(".timer-status")).getText().contains("All 2 sets done"));
        assertThat(chromium.js("return window.buzzes.length;")).asString().isEqualTo("2");
        chromium.assertFitsThePhone();
        chromium.screenshot("offline-timer-390");
        chromium.laptop(1280, 900);
        chromium.screenshot("offline-timer-1280");
    }

    private void setNumber(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
        chromium.js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", e);
    }

    private String guideTitle(String path) {
        driver.get(chromium.url(path));
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** Heel pain, every red flag answered No and everything else Not sure; returns the result's headline. */
    private String painCheck() {
        driver.get(chromium.url("/check"));
        chromium.click(driver.findElement(By.cssSelector("a[data-part='foot-ankle'] path")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("part=foot-ankle"));
        chromium.click(driver.findElement(By.cssSelector("a[data-region='heel-bottom'] path")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("region=heel-bottom"));
        driver.findElement(By.id("age")).sendKeys("45");
        chromium.click(driver.findElement(By.cssSelector("input[name=sex][value=female]")));
        driver.findElement(By.id("durationDays")).sendKeys("10");
        driver.findElement(By.id("painScore")).sendKeys("4");
        chromium.click(driver.findElement(By.cssSelector("form.intake button[type=submit]")));
        BrowserInterview.answerAll(chromium, Map.of());
        chromium.waitFor(d -> !d.findElements(By.cssSelector(".triage h1")).isEmpty());
        return driver.findElement(By.cssSelector(".triage h1")).getText();
    }
}

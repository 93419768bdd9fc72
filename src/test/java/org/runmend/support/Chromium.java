package org.runmend.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, as a JUnit 5 extension: register it on an instance field
 * with {@code @RegisterExtension} and each test gets a window of its own in a fresh browser context
 * (phone-width emulation), which is thrown away after the test.
 *
 * <p>A browser context is Chromium's own unit of isolation, an incognito profile kept in memory: its
 * cookies, local storage, IndexedDB, cache storage, HTTP cache, permissions and service workers are
 * its own, none come from an earlier test and none outlive the test. So a test starts as in a new
 * browser, while the browser and chromedriver themselves start once per test JVM ({@link SharedBrowser};
 * starting them for every test cost the suite about 1.3 s of CPU and 2 s of waiting per test). A
 * window opened with {@code driver().switchTo().newWindow(..)} opens in the test's context too.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's chromium and
 * chromium-driver). Without them the tests are skipped, unless CI=true, where they fail.
 *
 * <p>Screenshots go to {@code target/screenshots/<test method>-<name>.png}, plus the whole page in
 * slices 1600 px tall as {@code <test method>-<name>-full-<n>.png} when {@code -Drunmend.screenshots=full}.
 */
public final class Chromium implements BeforeEachCallback, AfterEachCallback {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Whether {@link #screenshot} also captures the whole page in slices below the first screen:
     * {@code -Drunmend.screenshots=full}. Off by default, since each slice lays the page out again
     * and together they cost the suite about half a minute.
     */
    private static final boolean FULL_PAGE_SHOTS = "full".equals(System.getProperty("runmend.screenshots"));

    /**
     * How often {@link #waitFor} asks again: Selenium's default of half a second left every wait
     * idle for up to that long after the page was ready.
     */
    private static final Duration POLL = Duration.ofMillis(50);

    private final int startWidth;
    private final int phoneHeight;
    private final Duration wait;
    private final IntSupplier port;
    private ChromeDriver driver;
    private SharedBrowser.Context context;
    private String testName;
    private int phoneWidth;

    private Chromium(int width, int height, Duration wait, IntSupplier port) {
        this.startWidth = width;
        this.phoneHeight = height;
        this.wait = wait;
        this.port = port;
        this.phoneWidth = width;
    }

    /**
     * A browser that starts as a phone {@code width} by {@code height} CSS pixels, waits up to
     * {@code wait} in {@link #waitFor}, and builds {@link #url} against the app on {@code port}.
     */
    public static Chromium phone(int width, int height, Duration wait, IntSupplier port) {
        return new Chromium(width, height, wait, port);
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "no " + CHROMIUM + " or " + CHROMEDRIVER + ": browser tests skipped");
        testName = extension.getTestMethod().map(m -> m.getName()).orElse("test");
        context = SharedBrowser.newContext(CHROMIUM, CHROMEDRIVER);
        driver = context.driver();
        phone(startWidth);
        Files.createDirectories(SCREENSHOTS);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            context = null;
            driver = null;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The address of a path on the app under test. */
    public String url(String path) {
        return "http://127.0.0.1:" + port.getAsInt() + path;
    }

    /** Lays pages out as on a phone this many CSS pixels wide (headless windows are at least 500 wide). */
    public void phone(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", phoneHeight, "deviceScaleFactor", 1, "mobile", true));
        phoneWidth = width;
    }

    /** Lays pages out as on a laptop screen this many CSS pixels wide and high (no phone emulation). */
    public void laptop(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        phoneWidth = width;
    }

    /** Emulates the device's colour scheme: {@code prefers-color-scheme: dark} when true, light otherwise. */
    public void darkMode(boolean dark) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        java.util.List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** Nothing sticks out sideways: the page fits the phone without horizontal scrolling. */
    public void assertFitsThePhone() {
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
        Object wide = scrollWidth <= phoneWidth
                ? ""
                : js("var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 1 && out.length < 5) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                        + "return out.join(', ');");
        assertThat(scrollWidth)
                .as("page width on " + driver.getCurrentUrl() + "; too wide: " + wide)
                .isLessThanOrEqualTo(phoneWidth);
    }

    /** Saves the viewport, and the whole page in slices 1600 px tall, under target/screenshots/. */
    public void screenshot(String name) throws IOException {
        String base = testName + "-" + name;
        Files.write(SCREENSHOTS.resolve(base + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        if (!FULL_PAGE_SHOTS) {
            return;
        }
        long height = (Long) js("return document.documentElement.scrollHeight;");
        for (int slice = 0; slice * 1600L < height && slice < 8; slice++) {
            Map<String, Object> clip = Map.of(
                    "x",
                    0,
                    "y",
                    slice * 1600,
                    "width",
                    phoneWidth,
                    "height",
                    (int) Math.min(1600, height - slice * 1600L),
                    "scale",
                    1);
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("clip", clip, "captureBeyondViewport", true));
            Files.write(
                    SCREENSHOTS.resolve(base + "-full-" + (slice + 1) + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        }
    }

    public void waitFor(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, wait, POLL).until(condition);
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public void scrollTo(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center'});", e);
    }

    /** Scrolls the element to the middle of the screen, then clicks it. */
    public void click(WebElement e) {
        scrollTo(e);
        e.click();
    }

    public void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /** Presses Tab until the focused element matches; fails after 80 presses. */
    public void tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            if (wanted.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        fail("Tab never reached the wanted element on " + driver.getCurrentUrl());
    }
}

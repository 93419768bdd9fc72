package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;

/**
 * A runner signs up, uploads two watch files through the uploader script, watches them finish,
 * and walks through the training pages on a phone-sized screen in headless Chromium.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. Without them the test is
 * skipped, unless CI=true, where it fails.
 */
class TrainingBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DATA = Path.of("..", "shared", "data", "activities");

    private static WebApp app;
    private ChromeDriver driver;
    private Path profile;
    private String testName;
    private int phoneWidth = 360;

    @BeforeAll
    static void start() throws IOException {
        app = new WebApp(KnowledgeBase.bundled(), AppConfig.ephemeral(Path.of("target")),
                org.runmend.support.Databases.sqlite(Files.createTempDirectory("runmend-training-browser"))).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @BeforeEach
    void openChromium(TestInfo info) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "no " + CHROMIUM + " or " + CHROMEDRIVER + ": browser tests skipped");
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        profile = Files.createTempDirectory("runmend-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=412,915", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        phone(360);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeChromium() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void a_runner_uploads_two_files_sees_them_finish_and_listed_and_walks_the_training_pages() throws IOException {
        signUp();
        assertThat(driver.getCurrentUrl()).endsWith("/log");
        screenshot("1-empty-log");
        assertFitsThePhone();

        Path gpx = DATA.resolve("gpx/tg-run.gpx").toAbsolutePath().normalize();
        Path fit = DATA.resolve("fit/pf-activity-small-fenix2-run.fit").toAbsolutePath().normalize();
        driver.findElement(By.id("files")).sendKeys(gpx + "\n" + fit);
        driver.findElement(By.cssSelector("form[data-uploader] button[type=submit]")).click();
        waitFor(d -> "true".equals(d.findElement(By.cssSelector("form[data-uploader]")).getAttribute("data-upload-done")));

        assertThat(driver.findElement(By.id("upload-overall")).getAttribute("value")).isEqualTo("100");
        List<WebElement> files = driver.findElements(By.cssSelector(".upload-file"));
        assertThat(files).hasSize(2);
        for (WebElement f : files) {
            assertThat(f.getAttribute("class")).as(f.getText()).contains("result-imported");
            assertThat(f.findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
        }
        assertThat(driver.findElement(By.cssSelector("[data-upload-status]")).getText())
                .contains("Upload finished: 2 imported, 0 already in your log, 0 failed");
        waitFor(d -> d.findElements(By.cssSelector("#log-list tr[data-activity]")).size() == 2);
        screenshot("2-uploaded");
        assertFitsThePhone();

        driver.findElement(By.cssSelector("#log-list tr[data-activity] th a")).click();
        waitFor(d -> d.findElements(By.id("details")).size() == 1);
        screenshot("3-activity");
        assertFitsThePhone();

        driver.get(url("/log/new"));
        driver.findElement(By.id("date")).sendKeys("");
        js("document.getElementById('date').value = arguments[0];", LocalDate.now().minusDays(3).toString());
        driver.findElement(By.id("distance")).sendKeys("far");
        driver.findElement(By.id("duration")).sendKeys("45");
        driver.findElement(By.cssSelector("form.run-form button[type=submit]")).click();
        waitFor(d -> d.findElements(By.id("errors")).size() == 1);
        assertThat(driver.findElement(By.id("errors")).getText()).contains("Distance:");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("errors");
        screenshot("4-new-run-error");
        assertFitsThePhone();
        driver.findElement(By.id("distance")).clear();
        driver.findElement(By.id("distance")).sendKeys("8");
        driver.findElement(By.cssSelector("form.run-form button[type=submit]")).click();
        waitFor(d -> d.getPageSource().contains("The run was added to your log."));

        driver.get(url("/shoes"));
        driver.findElement(By.id("name")).sendKeys("Everyday trainers");
        driver.findElement(By.cssSelector("form[action='/shoes'] button[type=submit]")).click();
        waitFor(d -> d.getPageSource().contains("The pair was added."));
        screenshot("5-shoes");
        assertFitsThePhone();

        driver.get(url("/load"));
        assertThat(driver.findElements(By.cssSelector(".flag"))).isNotEmpty();
        screenshot("6-load");
        assertFitsThePhone();
    }

    /** Signs up through the form. */
    private void signUp() {
        driver.get(url("/signup"));
        driver.findElement(By.id("email")).sendKeys("runner-" + UUID.randomUUID() + "@example.org");
        driver.findElement(By.id("name")).sendKeys("Browser Runner");
        driver.findElement(By.id("password")).sendKeys("long enough password");
        driver.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/log"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** Lays pages out as on a phone this many CSS pixels wide (headless windows are at least 500 wide). */
    private void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        phoneWidth = width;
    }

    /** Nothing sticks out sideways: the page fits the phone without horizontal scrolling. */
    private void assertFitsThePhone() {
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
        Object wide = js("var root = document.documentElement, all = document.querySelectorAll('body *'), hidden = [], found = '';"
                + " for (var i = all.length - 1; i >= 0 && root.scrollWidth > arguments[0]; i--) {"
                + " hidden.push([all[i], all[i].style.display]); all[i].style.display = 'none';"
                + " if (root.scrollWidth <= arguments[0]) { found = all[i].outerHTML.slice(0, 120); } }"
                + " hidden.forEach(function (h) { h[0].style.display = h[1]; }); return found;", phoneWidth);
        assertThat(scrollWidth).as("page width on " + driver.getCurrentUrl() + "; too wide: " + wide)
                .isLessThanOrEqualTo(phoneWidth);
    }

    /** Saves the viewport, and the whole page in slices 1600 px tall, under target/screenshots/. */
    private void screenshot(String name) throws IOException {
        String base = testName + "-" + name;
        Files.write(SCREENSHOTS.resolve(base + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        long height = (Long) js("return document.documentElement.scrollHeight;");
        for (int slice = 0; slice * 1600L < height && slice < 8; slice++) {
            Map<String, Object> clip = Map.of("x", 0, "y", slice * 1600, "width", phoneWidth,
                    "height", (int) Math.min(1600, height - slice * 1600L), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("clip", clip, "captureBeyondViewport", true));
            Files.write(SCREENSHOTS.resolve(base + "-full-" + (slice + 1) + ".png"),
                    java.util.Base64.getDecoder().decode((String) shot.get("data")));
        }
    }
}

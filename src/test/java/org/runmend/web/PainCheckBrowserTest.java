package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;

/**
 * A runner's path through the pages in headless Chromium. The interview is adaptive, so the
 * runner answers by reading each question's finding id from the page, never by position.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's chromium and
 * chromium-driver). Without them the tests are skipped, unless CI=true, where they fail.
 */
class PainCheckBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Map<String, String> PLANTAR_HEEL = Map.of(
            "first-steps-pain", "yes",
            "gradual-onset", "yes",
            "inner-heel-tenderness", "yes");
    private static final Map<String, String> SADDLE_NUMBNESS = Map.of("saddle-numbness", "yes");
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static WebApp app;
    private ChromeDriver driver;
    private Path profile;
    private String testName;
    private int phoneWidth = 412;

    @BeforeAll
    static void start() throws java.io.IOException {
        app = new WebApp(KB, AppConfig.ephemeral(Path.of("target")), org.runmend.support.Databases.sqlite(java.nio.file.Files.createTempDirectory("runmend-web"))).start("127.0.0.1", 0);
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
        phone(412);
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
    void a_runner_with_morning_heel_pain_sees_plantar_fasciitis_and_runs_an_exercise_timer() throws IOException {
        driver.get(url("/"));
        screenshot("1-home");
        driver.findElement(By.cssSelector("a.button.primary[href='/check']")).click();
        screenshot("2-body-map");

        driver.findElement(By.cssSelector("a[data-region='heel-bottom'] path")).click();
        waitFor(d -> d.getCurrentUrl().contains("region=heel-bottom"));
        driver.findElement(By.id("age")).sendKeys("45");
        driver.findElement(By.cssSelector("input[name=sex][value=female]")).click();
        driver.findElement(By.id("durationDays")).sendKeys("10");
        driver.findElement(By.id("painScore")).sendKeys("5");
        assertFitsThePhone();
        screenshot("3-intake");
        driver.findElement(By.cssSelector("form.intake button[type=submit]")).click();

        List<String> asked = answerAll(PLANTAR_HEEL, this::clickAnswer);

        assertThat(asked).contains("first-steps-pain");
        List<String> shown = driver.findElements(By.cssSelector(".condition")).stream()
                .map(e -> e.getAttribute("data-condition")).toList();
        assertThat(shown).as("conditions shown after " + asked).hasSizeBetween(3, 5).contains("plantar-fasciitis");
        assertThat(shown.indexOf("plantar-fasciitis")).isLessThan(3);
        assertThat(driver.findElement(By.cssSelector(".triage")).getAttribute("data-triage")).isEqualTo("self-care");
        assertThat(driver.findElement(By.cssSelector(".disclaimer")).getText()).contains("not a diagnosis");
        assertFitsThePhone();
        screenshot("4-result");

        WebElement timer = driver.findElement(By.cssSelector(".timer"));
        assertThat(timer.isDisplayed()).isTrue();
        scrollTo(timer);
        WebElement time = timer.findElement(By.cssSelector(".timer-time"));
        String before = time.getText();
        timer.findElement(By.cssSelector(".timer-toggle")).click();
        waitFor(d -> !time.getText().equals(before));
        assertThat(timer.findElement(By.cssSelector(".timer-toggle")).getText()).isEqualTo("Pause");
        assertThat(timer.findElement(By.cssSelector(".timer-status")).getText()).contains("started");
        screenshot("5-timer-running");
        timer.findElement(By.cssSelector(".timer-reset")).click();
        assertThat(time.getText()).isEqualTo(before);
    }

    @Test
    void numbness_between_the_legs_with_back_pain_ends_on_a_full_screen_emergency() throws IOException {
        phone(360);
        driver.get(url("/check"));
        assertFitsThePhone();
        screenshot("0-body-map-360");
        driver.findElement(By.cssSelector("a[data-region='lower-back'] path")).click();
        waitFor(d -> d.getCurrentUrl().contains("region=lower-back"));
        driver.findElement(By.id("age")).sendKeys("38");
        driver.findElement(By.cssSelector("input[name=sex][value=male]")).click();
        driver.findElement(By.id("durationDays")).sendKeys("2");
        driver.findElement(By.id("painScore")).sendKeys("6");
        driver.findElement(By.cssSelector("form.intake button[type=submit]")).click();
        screenshot("1-first-question");

        List<String> asked = answerAll(SADDLE_NUMBNESS, this::clickAnswer);

        assertThat(asked).contains("saddle-numbness");
        WebElement panel = driver.findElement(By.cssSelector(".triage"));
        assertThat(panel.getAttribute("role")).isEqualTo("alert");
        assertThat(panel.getAttribute("data-triage")).isEqualTo("emergency");
        assertThat(panel.getText()).contains("Get emergency help now").contains("Call an ambulance");
        long viewport = (Long) js("return window.innerHeight;");
        assertThat((long) panel.getSize().getHeight()).as("panel fills the screen").isGreaterThanOrEqualTo(viewport);
        assertThat(panel.getCssValue("background-color")).isEqualTo("rgba(161, 22, 15, 1)");
        assertFitsThePhone();
        screenshot("2-emergency");
    }

    @Test
    void the_whole_path_works_with_the_keyboard_alone() throws IOException {
        driver.get(url("/"));
        tabTo(e -> e.getText().equals("Start the pain check"));
        press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().endsWith("/check"));

        tabTo(e -> "heel-bottom".equals(e.getAttribute("data-region")));
        screenshot("1-body-map-focus");
        press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("region=heel-bottom"));

        tabTo(e -> "age".equals(e.getAttribute("id")));
        type("45");
        tabTo(e -> "female".equals(e.getAttribute("value")));
        press(Keys.SPACE);
        assertThat(driver.findElement(By.cssSelector("input[value=female]")).isSelected()).isTrue();
        tabTo(e -> "durationDays".equals(e.getAttribute("id")));
        type("10");
        tabTo(e -> "painScore".equals(e.getAttribute("id")));
        type("5");
        tabTo(e -> "submit".equals(e.getAttribute("type")) && e.getText().startsWith("Continue"));
        press(Keys.ENTER);

        List<String> asked = answerAll(PLANTAR_HEEL, answer -> {
            tabTo(e -> answer.equals(e.getAttribute("data-answer")));
            press(Keys.SPACE);
        });
        assertThat(asked).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".condition[data-condition='plantar-fasciitis']"))).hasSize(1);

        tabTo(e -> e.getAttribute("class") != null && e.getAttribute("class").contains("timer-toggle"));
        WebElement time = driver.findElement(By.cssSelector(".timer .timer-time"));
        String before = time.getText();
        press(Keys.SPACE);
        waitFor(d -> !time.getText().equals(before));
        screenshot("2-timer-by-keyboard");
        press(Keys.SPACE);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Resume");
    }

    /** Answers every question from the map by finding id; red flags default to No, others to Not sure. */
    private List<String> answerAll(Map<String, String> answers, java.util.function.Consumer<String> choose) throws IOException {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            List<WebElement> forms = driver.findElements(By.cssSelector("form.question"));
            if (forms.isEmpty()) {
                return asked;
            }
            String finding = forms.get(0).getAttribute("data-finding");
            assertThat(asked).as("asked twice: " + finding).doesNotContain(finding);
            asked.add(finding);
            boolean redFlag = KB.finding(finding).orElseThrow().isRedFlag();
            String answer = answers.getOrDefault(finding, redFlag ? "no" : "unknown");
            if (i == 0) {
                assertFitsThePhone();
                screenshot("question");
            }
            choose.accept(answer);
            waitFor(d -> d.findElements(By.cssSelector("form.question[data-finding='" + finding + "']")).isEmpty());
        }
        fail("the interview did not end after 25 questions: " + asked);
        return asked;
    }

    private void clickAnswer(String answer) {
        WebElement button = driver.findElement(By.cssSelector("form.question button[data-answer='" + answer + "']"));
        scrollTo(button);
        button.click();
    }

    /** Presses Tab until the focused element matches; fails after 80 presses. */
    private void tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            if (wanted.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        fail("Tab never reached the wanted element on " + driver.getCurrentUrl());
    }

    private void press(Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private void scrollTo(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center'});", e);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** Lays pages out as on a phone this many CSS pixels wide (headless windows are at least 500 wide). */
    private void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 915, "deviceScaleFactor", 1, "mobile", true));
        phoneWidth = width;
    }

    /** Nothing sticks out sideways: the page fits the phone without horizontal scrolling. */
    private void assertFitsThePhone() {
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).as("page width on " + driver.getCurrentUrl()).isLessThanOrEqualTo(phoneWidth);
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

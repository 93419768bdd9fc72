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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;

/**
 * A runner's path through the diary, the plan and the guides in headless Chromium at phone width.
 * Same driver setup and skip rule as {@link PainCheckBrowserTest}: skipped without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, unless CI=true, where it fails.
 */
class DiaryPlanGuideBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static WebApp app;
    private static org.runmend.store.Database db;
    private ChromeDriver driver;
    private Path profile;
    private String testName;
    private int phoneWidth = 360;

    @BeforeAll
    static void start() throws IOException {
        db = org.runmend.support.Databases.sqlite(Files.createTempDirectory("runmend-recovery-web"));
        app = new WebApp(KB, AppConfig.ephemeral(Path.of("target")), db).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
            db.close();
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
    void a_runner_keeps_a_diary_starts_a_plan_from_a_check_ticks_it_and_searches_the_guides() throws IOException {
        signUp("walker@example.org");
        String id = new org.runmend.accounts.Accounts(db, java.time.Clock.systemUTC()).findByEmail("walker@example.org").orElseThrow().id();
        var training = new org.runmend.training.TrainingService(db, java.time.Clock.systemUTC());
        java.time.LocalDate today = java.time.LocalDate.now();
        for (int i = 30; i >= 3; i -= 3) {
            training.save(id, run(today.minusDays(i), i == 3 ? 15 : 6 + i % 4), org.runmend.training.RunDetails.NONE);
        }
        var diary = new org.runmend.diary.Diary(db, java.time.Clock.systemUTC());
        for (int i = 28; i >= 1; i -= 3) {
            diary.record(id, today.minusDays(i), "knee", i < 3 ? 5 : 1, null, null, null);
        }

        driver.get(url("/diary"));
        new Select(driver.findElement(By.id("region"))).selectByValue("heel-bottom");
        click(driver.findElement(By.cssSelector(".scale-point input[value='4']")).findElement(By.xpath("..")));
        driver.findElement(By.id("note")).sendKeys("sore first thing");
        assertFitsThePhone();
        screenshot("1-diary-form");
        click(driver.findElement(By.cssSelector(".diary-form button[type=submit]")));
        waitFor(d -> d.getCurrentUrl().contains("entered=heel-bottom"));
        assertThat(driver.findElement(By.id("saved")).getText()).contains("Saved your");
        WebElement chart = driver.findElement(By.cssSelector(".chart svg"));
        scrollTo(chart);
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".chart .series[data-region='heel-bottom'] .mark"))).hasSize(1);
        assertFitsThePhone();
        screenshot("2-diary-chart");

        driver.get(url("/check/intake?region=heel-bottom"));
        driver.findElement(By.id("age")).sendKeys("45");
        click(driver.findElement(By.cssSelector("input[name=sex][value=female]")));
        driver.findElement(By.id("durationDays")).sendKeys("10");
        driver.findElement(By.id("painScore")).sendKeys("4");
        click(driver.findElement(By.cssSelector("form.intake button[type=submit]")));
        answerAll(PlanPagesTest.PLANTAR_HEEL);
        WebElement start = driver.findElement(By.cssSelector("form.start-plan button[type=submit]"));
        assertThat(driver.findElements(By.cssSelector(".result-guides a[href='/guides/condition/plantar-fasciitis']"))).hasSize(1);
        scrollTo(start);
        screenshot("3-result-start-plan");
        click(start);
        waitFor(d -> d.getCurrentUrl().endsWith("/plan"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Plantar");
        assertFitsThePhone();
        screenshot("4-plan");

        WebElement first = driver.findElements(By.cssSelector(".check-item")).get(0);
        String item = first.getAttribute("data-item");
        click(first.findElement(By.cssSelector("form.tick button")));
        waitFor(d -> d.findElements(By.cssSelector(".check-item.is-done[data-item='" + item + "']")).size() == 1);
        assertThat(driver.findElements(By.cssSelector("table.history td.tick"))).hasSize(1);
        WebElement withTimer = driver.findElements(By.cssSelector(".check-item")).stream()
                .filter(e -> !e.findElements(By.cssSelector(".timer")).isEmpty()).findFirst().orElseThrow();
        click(withTimer.findElement(By.cssSelector("details.how summary")));
        WebElement timer = withTimer.findElement(By.cssSelector(".timer"));
        assertThat(timer.isDisplayed()).as("the timer script runs on the plan page").isTrue();
        WebElement time = timer.findElement(By.cssSelector(".timer-time"));
        String before = time.getText();
        click(timer.findElement(By.cssSelector(".timer-toggle")));
        waitFor(d -> !time.getText().equals(before));
        screenshot("5a-plan-timer");
        WebElement history = driver.findElement(By.cssSelector("table.history"));
        scrollTo(history);
        assertFitsThePhone();
        screenshot("5-plan-ticked");

        driver.get(url("/guides"));
        driver.findElement(By.id("q")).sendKeys("shin splints");
        click(driver.findElement(By.cssSelector("form.search button[type=submit]")));
        waitFor(d -> d.getCurrentUrl().contains("/guides/search"));
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getAttribute("data-slug")).isEqualTo("condition/medial-tibial-stress-syndrome");
        assertThat(driver.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        assertFitsThePhone();
        screenshot("6-guide-search");
        click(hits.get(0).findElement(By.cssSelector("h2 a")));
        waitFor(d -> d.getCurrentUrl().contains("/guides/condition/"));
        assertThat(driver.findElement(By.cssSelector("button.copy")).isDisplayed()).isTrue();
        assertFitsThePhone();
        screenshot("7-guide");
    }

    @Test
    void the_diary_form_works_with_the_keyboard_alone() throws IOException {
        signUp("keys@example.org");
        driver.get(url("/diary"));
        tabTo(e -> "day".equals(e.getAttribute("id")));
        tabTo(e -> "region".equals(e.getAttribute("id")));
        type("Knee");
        assertThat(new Select(driver.findElement(By.id("region"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("knee");
        tabTo(e -> "score".equals(e.getAttribute("name")));
        for (int i = 0; i < 3; i++) {
            press(Keys.ARROW_RIGHT);
        }
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("value")).isEqualTo("3");
        assertThat(focused.isSelected()).isTrue();
        String ring = (String) js("return getComputedStyle(arguments[0].nextElementSibling).boxShadow;", focused);
        assertThat(ring).as("a visible focus ring on the chosen score").contains("rgb(255, 212, 59)");
        screenshot("1-score-focus");
        tabTo(e -> "morningAfter".equals(e.getAttribute("id")));
        type("2");
        tabTo(e -> "note".equals(e.getAttribute("id")));
        type("easy jog");
        tabTo(e -> "submit".equals(e.getAttribute("type")) && e.getText().startsWith("Save entry"));
        press(Keys.ENTER);
        waitFor(d -> d.getCurrentUrl().contains("entered=knee"));
        assertThat(driver.findElement(By.cssSelector(".entry")).getText()).contains("pain 3/10").contains("next morning 2/10");
    }

    private static org.runmend.activity.Activity run(java.time.LocalDate day, double km) {
        return new org.runmend.activity.Activity(org.runmend.activity.Sport.RUNNING, day.atTime(7, 0).atZone(java.time.ZoneId.of("UTC")),
                org.runmend.activity.Distance.ofKilometres(km), Duration.ofMinutes((long) (km * 6)), Duration.ofMinutes((long) (km * 6)),
                null, null, null, null, null, null, null, "Morning run", "manual", null);
    }

    private void signUp(String email) {
        driver.get(url("/signup"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("name")).sendKeys("Walker");
        driver.findElement(By.id("password")).sendKeys("a long enough password");
        click(driver.findElement(By.cssSelector("form button[type=submit]")));
        waitFor(d -> !d.getCurrentUrl().endsWith("/signup"));
    }

    /** Answers every question from the map by finding id; red flags No, the rest Not sure. */
    private void answerAll(Map<String, String> answers) {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            List<WebElement> forms = driver.findElements(By.cssSelector("form.question"));
            if (forms.isEmpty()) {
                return;
            }
            String finding = forms.get(0).getAttribute("data-finding");
            asked.add(finding);
            boolean redFlag = KB.finding(finding).orElseThrow().isRedFlag();
            String answer = answers.getOrDefault(finding, redFlag ? "no" : "unknown");
            click(driver.findElement(By.cssSelector("form.question button[data-answer='" + answer + "']")));
            waitFor(d -> d.findElements(By.cssSelector("form.question[data-finding='" + finding + "']")).isEmpty());
        }
        fail("the interview did not end after 25 questions: " + asked);
    }

    private void click(WebElement e) {
        scrollTo(e);
        e.click();
    }

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

    private void phone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 915, "deviceScaleFactor", 1, "mobile", true));
        phoneWidth = width;
    }

    private void assertFitsThePhone() {
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
        if (scrollWidth > phoneWidth) {
            Object wide = js("var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.right > w + 1 && out.length < 5) { out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right)); } });"
                    + "return out.join(', ');");
            fail("page width " + scrollWidth + " on " + driver.getCurrentUrl() + " wider than " + phoneWidth + ": " + wide);
        }
    }

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

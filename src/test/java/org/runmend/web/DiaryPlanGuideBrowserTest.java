package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.runmend.support.BrowserInterview;
import org.runmend.support.Chromium;

/**
 * A runner's path through the diary, the plan and the guides in headless Chromium at phone width.
 * Browser setup and skip rule from {@link Chromium}: skipped without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, unless CI=true, where it fails.
 */
class DiaryPlanGuideBrowserTest {

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(360, 915, Duration.ofSeconds(10), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void a_runner_keeps_a_diary_starts_a_plan_from_a_check_ticks_it_and_searches_the_guides() throws IOException {
        signUp("walker@example.org");
        String id = new org.runmend.accounts.Accounts(t.db, org.runmend.support.TestClock.FIXED)
                .findByEmail("walker@example.org")
                .orElseThrow()
                .id();
        var training = new org.runmend.training.TrainingService(t.db, org.runmend.support.TestClock.FIXED);
        java.time.LocalDate today = org.runmend.support.TestClock.TODAY;
        for (int i = 30; i >= 3; i -= 3) {
            training.save(id, run(today.minusDays(i), i == 3 ? 15 : 6 + i % 4), org.runmend.training.RunDetails.NONE);
        }
        var diary = new org.runmend.diary.Diary(t.db, org.runmend.support.TestClock.FIXED);
        for (int i = 28; i >= 1; i -= 3) {
            diary.record(id, today.minusDays(i), "knee", i < 3 ? 5 : 1, null, null, null);
        }

        driver.get(chromium.url("/diary"));
        new Select(driver.findElement(By.id("region"))).selectByValue("heel-bottom");
        chromium.click(driver.findElement(By.cssSelector(".scale-point input[value='4']"))
                .findElement(By.xpath("..")));
        driver.findElement(By.id("note")).sendKeys("sore first thing");
        chromium.assertFitsThePhone();
        chromium.screenshot("1-diary-form");
        chromium.click(driver.findElement(By.cssSelector(".diary-form button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("entered=heel-bottom"));
        assertThat(driver.findElement(By.id("saved")).getText()).contains("Saved your");
        WebElement chart = driver.findElement(By.cssSelector(".chart svg"));
        chromium.scrollTo(chart);
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector(".chart .series[data-region='heel-bottom'] .mark")))
                .hasSize(1);
        chromium.assertFitsThePhone();
        chromium.screenshot("2-diary-chart");

        driver.get(chromium.url("/check/intake?region=heel-bottom"));
        driver.findElement(By.id("age")).sendKeys("45");
        chromium.click(driver.findElement(By.cssSelector("input[name=sex][value=female]")));
        driver.findElement(By.id("durationDays")).sendKeys("10");
        driver.findElement(By.id("painScore")).sendKeys("4");
        chromium.click(driver.findElement(By.cssSelector("form.intake button[type=submit]")));
        BrowserInterview.answerAll(chromium, PlanPagesTest.PLANTAR_HEEL);
        chromium.waitFor(d -> !d.findElements(By.cssSelector("form.start-plan button[type=submit]"))
                .isEmpty());
        WebElement start = driver.findElement(By.cssSelector("form.start-plan button[type=submit]"));
        assertThat(driver.findElements(By.cssSelector(".result-guides a[href='/guides/condition/plantar-fasciitis']")))
                .hasSize(1);
        chromium.scrollTo(start);
        chromium.screenshot("3-result-start-plan");
        chromium.click(start);
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/plan"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Plantar");
        chromium.assertFitsThePhone();
        chromium.screenshot("4-plan");

        WebElement first = driver.findElements(By.cssSelector(".check-item")).get(0);
        String item = first.getAttribute("data-item");
        chromium.click(first.findElement(By.cssSelector("form.tick button")));
        chromium.waitFor(d -> d.findElements(By.cssSelector(".check-item.is-done[data-item='" + item + "']"))
                        .size()
                == 1);
        assertThat(driver.findElements(By.cssSelector("table.history td.tick"))).hasSize(1);
        WebElement withTimer = driver.findElements(By.cssSelector(".check-item")).stream()
                .filter(e -> !e.findElements(By.cssSelector(".timer")).isEmpty())
                .findFirst()
                .orElseThrow();
        chromium.click(withTimer.findElement(By.cssSelector("details.how summary")));
        WebElement timer = withTimer.findElement(By.cssSelector(".timer"));
        assertThat(timer.isDisplayed())
                .as("the timer script runs on the plan page")
                .isTrue();
        WebElement time = timer.findElement(By.cssSelector(".timer-time"));
        String before = time.getText();
        chromium.click(timer.findElement(By.cssSelector(".timer-toggle")));
        chromium.waitFor(d -> !time.getText().equals(before));
        chromium.screenshot("5a-plan-timer");
        WebElement history = driver.findElement(By.cssSelector("table.history"));
        chromium.scrollTo(history);
        chromium.assertFitsThePhone();
        chromium.screenshot("5-plan-ticked");

        driver.get(chromium.url("/guides"));
        driver.findElement(By.id("q")).sendKeys("shin splints");
        chromium.click(driver.findElement(By.cssSelector("form.search button[type=submit]")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("/guides/search"));
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).getAttribute("data-slug")).isEqualTo("condition/medial-tibial-stress-syndrome");
        assertThat(driver.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        chromium.assertFitsThePhone();
        chromium.screenshot("6-guide-search");
        chromium.click(hits.get(0).findElement(By.cssSelector("h2 a")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("/guides/condition/"));
        assertThat(driver.findElement(By.cssSelector("button.copy")).isDisplayed())
                .isTrue();
        chromium.assertFitsThePhone();
        chromium.screenshot("7-guide");
    }

    @Test
    void the_diary_form_works_with_the_keyboard_alone() throws IOException {
        signUp("keys@example.org");
        driver.get(chromium.url("/diary"));
        chromium.tabTo(e -> "day".equals(e.getAttribute("id")));
        chromium.tabTo(e -> "region".equals(e.getAttribute("id")));
        chromium.type("Knee");
        assertThat(new Select(driver.findElement(By.id("region")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("knee");
        chromium.tabTo(e -> "score".equals(e.getAttribute("name")));
        for (int i = 0; i < 3; i++) {
            chromium.press(Keys.ARROW_RIGHT);
        }
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("value")).isEqualTo("3");
        assertThat(focused.isSelected()).isTrue();
        String ring =
                (String) chromium.js("return getComputedStyle(arguments[0].nextElementSibling).boxShadow;", focused);
        assertThat(ring).as("a visible focus ring on the chosen score").contains("rgb(255, 212, 59)");
        chromium.screenshot("1-score-focus");
        chromium.tabTo(e -> "morningAfter".equals(e.getAttribute("id")));
        chromium.type("2");
        chromium.tabTo(e -> "note".equals(e.getAttribute("id")));
        chromium.type("easy jog");
        chromium.tabTo(
                e -> "submit".equals(e.getAttribute("type")) && e.getText().startsWith("Save entry"));
        chromium.press(Keys.ENTER);
        chromium.waitFor(d -> d.getCurrentUrl().contains("entered=knee"));
        assertThat(driver.findElement(By.cssSelector(".entry")).getText())
                .contains("pain 3/10")
                .contains("next morning 2/10");
    }

    private static org.runmend.activity.Activity run(java.time.LocalDate day, double km) {
        return new org.runmend.activity.Activity(
                org.runmend.activity.Sport.RUNNING,
                day.atTime(7, 0).atZone(java.time.ZoneId.of("UTC")),
                org.runmend.activity.Distance.ofKilometres(km),
                Duration.ofMinutes((long) (km * 6)),
                Duration.ofMinutes((long) (km * 6)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Morning run",
                org.runmend.activity.ActivitySource.MANUAL,
                null);
    }

    private void signUp(String email) {
        driver.get(chromium.url("/signup"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("name")).sendKeys("Walker");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        chromium.click(driver.findElement(By.cssSelector("form button[type=submit]")));
        chromium.waitFor(d -> !d.getCurrentUrl().endsWith("/signup"));
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.support.Chromium;

/**
 * A runner's path through the pages in headless Chromium. The interview is adaptive, so the
 * runner answers by reading each question's finding id from the page, never by position.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's chromium and
 * chromium-driver). Without them the tests are skipped, unless CI=true, where they fail.
 */
class PainCheckBrowserTest {
    private static final Map<String, String> PLANTAR_HEEL = Map.of(
            "first-steps-pain", "yes",
            "gradual-onset", "yes",
            "inner-heel-tenderness", "yes");
    private static final Map<String, String> SADDLE_NUMBNESS = Map.of("saddle-numbness", "yes");
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(412, 915, Duration.ofSeconds(10), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void a_runner_with_morning_heel_pain_sees_plantar_fasciitis_and_runs_an_exercise_timer() throws IOException {
        driver.get(chromium.url("/"));
        chromium.screenshot("1-home");
        driver.findElement(By.cssSelector("a.button.primary[href='/check']")).click();
        chromium.screenshot("2-body-map");

        driver.findElement(By.cssSelector("a[data-part='foot-ankle'] path")).click();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("part=foot-ankle"));
        chromium.screenshot("2-foot-and-ankle");
        chromium.click(driver.findElement(By.cssSelector("a[data-region='heel-bottom'][data-side='left'] path")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("region=heel-bottom&side=left"));
        driver.findElement(By.id("age")).sendKeys("45");
        driver.findElement(By.cssSelector("input[name=sex][value=female]")).click();
        driver.findElement(By.id("durationDays")).sendKeys("10");
        driver.findElement(By.id("painScore")).sendKeys("5");
        chromium.assertFitsThePhone();
        chromium.screenshot("3-intake");
        driver.findElement(By.cssSelector("form.intake button[type=submit]")).click();

        List<String> asked = answerAll(PLANTAR_HEEL, this::clickAnswer);

        assertThat(asked).contains("first-steps-pain");
        List<String> shown = driver.findElements(By.cssSelector(".condition")).stream()
                .map(e -> e.getAttribute("data-condition"))
                .toList();
        assertThat(shown)
                .as("conditions shown after " + asked)
                .hasSizeBetween(3, 5)
                .contains("plantar-fasciitis");
        assertThat(shown.indexOf("plantar-fasciitis")).isLessThan(3);
        assertThat(driver.findElement(By.cssSelector(".triage")).getAttribute("data-triage"))
                .isEqualTo("self-care");
        assertThat(driver.findElement(By.cssSelector(".disclaimer")).getText()).contains("not a diagnosis");
        chromium.assertFitsThePhone();
        chromium.screenshot("4-result");

        chromium.click(driver.findElement(By.cssSelector("[data-plan-link]")));
        chromium.waitFor(d -> !d.findElements(By.cssSelector(".timer")).isEmpty());
        WebElement timer = driver.findElement(By.cssSelector(".timer"));
        assertThat(timer.isDisplayed()).isTrue();
        chromium.scrollTo(timer);
        WebElement time = timer.findElement(By.cssSelector(".timer-time"));
        String before = time.getText();
        timer.findElement(By.cssSelector(".timer-toggle")).click();
        chromium.waitFor(d -> !time.getText().equals(before));
        assertThat(timer.findElement(By.cssSelector(".timer-toggle")).getText()).isEqualTo("Pause");
        assertThat(timer.findElement(By.cssSelector(".timer-status")).getText()).contains("started");
        chromium.screenshot("5-timer-running");
        timer.findElement(By.cssSelector(".timer-reset")).click();
        assertThat(time.getText()).isEqualTo(before);
    }

    @Test
    void numbness_between_the_legs_with_back_pain_ends_on_a_full_screen_emergency() throws IOException {
        chromium.phone(360);
        driver.get(chromium.url("/check"));
        chromium.assertFitsThePhone();
        chromium.screenshot("0-body-map-360");
        chromium.click(driver.findElement(By.cssSelector("a[data-part='lower-back'] path")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("region=lower-back"));
        driver.findElement(By.id("age")).sendKeys("38");
        driver.findElement(By.cssSelector("input[name=sex][value=male]")).click();
        driver.findElement(By.id("durationDays")).sendKeys("2");
        driver.findElement(By.id("painScore")).sendKeys("6");
        driver.findElement(By.cssSelector("form.intake button[type=submit]")).click();
        chromium.screenshot("1-first-question");

        List<String> asked = answerAll(SADDLE_NUMBNESS, this::clickAnswer);

        assertThat(asked).contains("saddle-numbness");
        WebElement panel = driver.findElement(By.cssSelector(".triage"));
        assertThat(panel.getAttribute("role")).isEqualTo("alert");
        assertThat(panel.getAttribute("data-triage")).isEqualTo("emergency");
        assertThat(panel.getText())
                .contains("Get emergency help now")
                .contains("Call an ambulance")
                .contains("This needs emergency care now because")
                .doesNotContain("Most likely");
        WebElement causes = driver.findElement(By.cssSelector("details.other-causes"));
        assertThat(causes.getAttribute("open"))
                .as("the other possible causes stay folded")
                .isNull();
        assertThat(causes.getLocation().getY())
                .as("the causes come after the emergency panel")
                .isGreaterThanOrEqualTo(
                        panel.getLocation().getY() + panel.getSize().getHeight());
        long viewport = (Long) chromium.js("return window.innerHeight;");
        assertThat((long) panel.getSize().getHeight())
                .as("panel fills the screen")
                .isGreaterThanOrEqualTo(viewport);
        assertThat(panel.getCssValue("background-color")).isEqualTo("rgba(161, 22, 15, 1)");
        chromium.assertFitsThePhone();
        chromium.screenshot("2-emergency");
    }

    @Test
    void the_whole_path_works_with_the_keyboard_alone() throws IOException {
        driver.get(chromium.url("/"));
        chromium.tabTo(e -> e.getText().equals("Start the pain check"));
        chromium.press(Keys.ENTER);
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/check"));

        chromium.tabTo(e -> "foot-ankle".equals(e.getAttribute("data-part")));
        chromium.screenshot("1-body-map-focus");
        chromium.press(Keys.ENTER);
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("part=foot-ankle"));
        chromium.tabTo(e -> "heel-bottom".equals(e.getAttribute("data-region")));
        chromium.screenshot("1-foot-and-ankle-focus");
        chromium.press(Keys.ENTER);
        chromium.waitFor(d -> d.getCurrentUrl().contains("region=heel-bottom"));

        chromium.tabTo(e -> "age".equals(e.getAttribute("id")));
        chromium.type("45");
        chromium.tabTo(e -> "female".equals(e.getAttribute("value")));
        chromium.press(Keys.SPACE);
        assertThat(driver.findElement(By.cssSelector("input[value=female]")).isSelected())
                .isTrue();
        chromium.tabTo(e -> "durationDays".equals(e.getAttribute("id")));
        chromium.type("10");
        chromium.tabTo(e -> "painScore".equals(e.getAttribute("id")));
        chromium.type("5");
        chromium.tabTo(
                e -> "submit".equals(e.getAttribute("type")) && e.getText().startsWith("Continue"));
        chromium.press(Keys.ENTER);

        List<String> asked = answerAll(PLANTAR_HEEL, this::pressAnswer);
        assertThat(asked).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".condition[data-condition='plantar-fasciitis']")))
                .hasSize(1);

        chromium.tabTo(e -> e.getAttribute("data-plan-link") != null);
        chromium.press(Keys.ENTER);
        chromium.waitFor(d -> !d.findElements(By.cssSelector(".timer")).isEmpty());
        chromium.tabTo(
                e -> e.getAttribute("class") != null && e.getAttribute("class").contains("timer-toggle"));
        WebElement time = driver.findElement(By.cssSelector(".timer .timer-time"));
        String before = time.getText();
        chromium.press(Keys.SPACE);
        chromium.waitFor(d -> !time.getText().equals(before));
        chromium.screenshot("2-timer-by-keyboard");
        chromium.press(Keys.SPACE);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Resume");
    }

    /**
     * Answers every question from the map by finding id; red flags default to No, others to Not sure.
     * On the safety checklist {@code choose} gets "tick:FINDING" for each item answered yes, then
     * "submit-checklist".
     */
    private List<String> answerAll(Map<String, String> answers, java.util.function.Consumer<String> choose)
            throws IOException {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // wait until the next page (a question or the result) has loaded
            chromium.waitFor(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
            List<WebElement> checklists = driver.findElements(By.cssSelector("form.checklist"));
            if (!checklists.isEmpty()) {
                if (i == 0) {
                    chromium.assertFitsThePhone();
                    chromium.screenshot("checklist");
                }
                for (WebElement item : checklists.get(0).findElements(By.cssSelector("fieldset.safety-item"))) {
                    String finding = item.getAttribute("data-finding");
                    if ("yes".equals(answers.get(finding))) {
                        asked.add(finding);
                        choose.accept("tick:" + finding);
                        assertThat(item.findElement(By.cssSelector("input[value=yes]"))
                                        .isSelected())
                                .as("yes to " + finding)
                                .isTrue();
                    }
                }
                choose.accept("submit-checklist");
                chromium.waitFor(
                        d -> d.findElements(By.cssSelector("form.checklist")).isEmpty());
                continue;
            }
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
                chromium.assertFitsThePhone();
                chromium.screenshot("question");
            }
            choose.accept(answer);
            chromium.waitFor(d -> d.findElements(By.cssSelector("form.question[data-finding='" + finding + "']"))
                    .isEmpty());
        }
        fail("the interview did not end after 25 questions: " + asked);
        return asked;
    }

    private void clickAnswer(String answer) {
        if (answer.startsWith("tick:")) {
            chromium.click(driver.findElement(
                    By.cssSelector("form.checklist input[name='answer." + answer.substring(5) + "'][value=yes]")));
        } else if (answer.equals("submit-checklist")) {
            chromium.click(driver.findElement(By.cssSelector("form.checklist button[data-checklist-submit]")));
        } else {
            chromium.click(driver.findElement(By.cssSelector("form.question button[data-answer='" + answer + "']")));
        }
    }

    private void pressAnswer(String answer) {
        if (answer.startsWith("tick:")) {
            chromium.tabTo(e -> ("answer." + answer.substring(5)).equals(e.getAttribute("name"))
                    && "yes".equals(e.getAttribute("value")));
            chromium.press(Keys.SPACE);
        } else if (answer.equals("submit-checklist")) {
            chromium.tabTo(e -> e.getAttribute("data-checklist-submit") != null);
            chromium.press(Keys.ENTER);
        } else {
            chromium.tabTo(e -> answer.equals(e.getAttribute("data-answer")));
            chromium.press(Keys.SPACE);
        }
    }
}

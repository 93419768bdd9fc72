package org.runmend.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.runmend.knowledge.KnowledgeBase;

/**
 * Clicks through a pain-check interview in the browser as a runner would: the safety checklist
 * submitted with nothing ticked, then each question answered from the map by finding id, else no
 * to a red flag and "not sure" to the rest. Reads each question's finding from the page, never its
 * position.
 */
public final class BrowserInterview {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private BrowserInterview() {}

    /** Answers until the result shows; returns the findings asked one by one, in order. */
    public static List<String> answerAll(Chromium chromium, Map<String, String> answers) {
        WebDriver driver = chromium.driver();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // wait until the next page (the checklist, a question or the result) has loaded
            chromium.waitFor(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
            List<WebElement> checklists = driver.findElements(By.cssSelector("form.checklist"));
            if (!checklists.isEmpty()) {
                chromium.click(checklists.get(0).findElement(By.cssSelector("button[data-checklist-submit]")));
                chromium.waitFor(
                        d -> d.findElements(By.cssSelector("form.checklist")).isEmpty());
                continue;
            }
            List<WebElement> forms = driver.findElements(By.cssSelector("form.question"));
            if (forms.isEmpty()) {
                return asked;
            }
            String finding = forms.get(0).getAttribute("data-finding");
            asked.add(finding);
            String answer = answers.getOrDefault(
                    finding, KB.finding(finding).orElseThrow().isRedFlag() ? "no" : "unknown");
            chromium.click(driver.findElement(By.cssSelector("form.question button[data-answer='" + answer + "']")));
            chromium.waitFor(d -> d.findElements(By.cssSelector("form.question[data-finding='" + finding + "']"))
                    .isEmpty());
        }
        Assertions.fail("the interview did not end after 25 questions: " + asked);
        return asked;
    }
}

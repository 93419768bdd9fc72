package org.runmend.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core on the page open in the browser: the serious and critical violations, written out. */
public final class Axe {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {
    }

    /** Every serious or critical violation on the current page, one line each with the elements it names. */
    public static List<String> seriousViolations(WebDriver driver) {
        Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        if (r.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + r.getErrorMessage());
        }
        return r.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact()))
                .map(Axe::line).collect(Collectors.toList());
    }

    /**
     * The serious or critical colour violations only (text contrast, links told from text by colour):
     * what changes between the light and the dark theme, where every other rule (names, labels,
     * landmarks, structure) gives the same answer for the same page.
     */
    public static List<String> seriousContrastViolations(WebDriver driver) {
        Results r = new AxeBuilder().withRules(List.of("color-contrast", "link-in-text-block")).analyze(driver);
        if (r.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + r.getErrorMessage());
        }
        return r.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact()))
                .map(Axe::line).collect(Collectors.toList());
    }

    /** Fails the test on any serious or critical violation of the current page. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        assertThat(seriousViolations(driver)).as("serious or critical axe-core violations on " + driver.getCurrentUrl()).isEmpty();
    }

    /** How many rules axe-core checked and found passing, so a test can tell it really ran. */
    public static int passes(WebDriver driver) {
        return new AxeBuilder().analyze(driver).getPasses().size();
    }

    private static String line(Rule v) {
        return v.getImpact() + " " + v.getId() + " (" + v.getHelp() + "): " + v.getNodes().stream().limit(5)
                .map(CheckedNode::getTarget).map(String::valueOf).collect(Collectors.joining("; "));
    }
}

package org.runmend.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
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

    private Axe() {}

    /** Every serious or critical violation on the current page, one line each with the elements it names. */
    public static List<String> seriousViolations(WebDriver driver) {
        Results r = violationsOnly()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        if (r.isErrored()) {
            throw new IllegalStateException(
                    "axe-core failed on " + driver.getCurrentUrl() + ": " + r.getErrorMessage());
        }
        return r.getViolations().stream()
                .filter(v -> BLOCKING.contains(v.getImpact()))
                .map(Axe::line)
                .collect(Collectors.toList());
    }

    /**
     * The serious or critical colour violations only (text contrast, links told from text by colour):
     * what changes between the light and the dark theme, where every other rule (names, labels,
     * landmarks, structure) gives the same answer for the same page.
     */
    public static List<String> seriousContrastViolations(WebDriver driver) {
        Results r = violationsOnly()
                .withRules(List.of("color-contrast", "link-in-text-block"))
                .analyze(driver);
        if (r.isErrored()) {
            throw new IllegalStateException(
                    "axe-core failed on " + driver.getCurrentUrl() + ": " + r.getErrorMessage());
        }
        return r.getViolations().stream()
                .filter(v -> BLOCKING.contains(v.getImpact()))
                .map(Axe::line)
                .collect(Collectors.toList());
    }

    /** Fails the test on any serious or critical violation of the current page. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        assertThat(seriousViolations(driver))
                .as("serious or critical axe-core violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    /** How many rules axe-core checked and found passing, so a test can tell it really ran. */
    public static int passes(WebDriver driver) {
        return new AxeBuilder().analyze(driver).getPasses().size();
    }

    /**
     * axe-core set up to report violations only, the same violations with every element they name:
     * {@code resultTypes: ["violations"]} is axe's own speed-up (it stops writing out every
     * element of every passing, incomplete and inapplicable rule, which the checks above never
     * read), and legacy mode runs {@code axe.run} in the page itself instead of running it in
     * parts and putting them together in a new blank window with axe injected a second time. The
     * app's pages have no frames, the one thing the parts are for. Legacy mode is deprecated in
     * axe-core-maven-html 4.10 but still supported; together the two take about a third off each
     * analysis with the same violations (ThemesBrowserTest, 30 analyses: 75 s down to 49 s).
     */
    @SuppressWarnings("deprecation")
    private static AxeBuilder violationsOnly() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).setLegacyMode(true);
    }

    private static String line(Rule v) {
        return v.getImpact() + " " + v.getId() + " (" + v.getHelp() + "): "
                + v.getNodes().stream()
                        .limit(5)
                        .map(CheckedNode::getTarget)
                        .map(String::valueOf)
                        .collect(Collectors.joining("; "));
    }
}

package org.runmend.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core on the page the browser shows: no serious or critical accessibility violation. */
public final class Axe {
    private Axe() {
    }

    /** Runs axe-core (WCAG 2.x A and AA rules and best practices) on the current page. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().disableIframeTesting().analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on " + driver.getCurrentUrl()).isFalse();
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Axe::describe).toList();
        assertThat(serious).as("serious or critical axe-core violations on " + driver.getCurrentUrl()).isEmpty();
    }

    private static String describe(Rule r) {
        return r.getImpact() + " " + r.getId() + " (" + r.getHelp() + ") at "
                + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
    }
}

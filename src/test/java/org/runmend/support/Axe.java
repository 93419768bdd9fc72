package org.runmend.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page open in the browser: the serious and critical violations, written out.
 *
 * <p>axe-core itself ({@code axe.min.js}, 4.10, from Deque's {@code com.deque.html.axe-core:selenium}
 * jar) is put into the page once and then asked directly with {@code axe.run}. Deque's own Java
 * builder sent the 550 kB script two or three times per analysis (once more per frame check and
 * set-up call), which cost the browser tests about as much time as the analyses themselves; the
 * app's pages have no frames, the one thing those extra calls are for. The page keeps axe-core
 * until it navigates away, so a second analysis of the same page (the dark theme after the light
 * one) does not send it again.
 */
public final class Axe {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = source();
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    /** The colour rules: text contrast, and links told from the text around them by colour alone. */
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /**
     * Runs axe-core with the options given as JSON text and answers its result, or a text
     * starting with "axe-core failed" should it throw. {@code resultTypes: ["violations"]} is axe's
     * own speed-up: it stops writing out every element of the passing, incomplete and inapplicable
     * rules, which the violation checks never read.
     */
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, JSON.parse(arguments[0]))"
            + ".then(function (r) { done(JSON.stringify({violations: r.violations, passes: r.passes.length})); },"
            + " function (e) { done('axe-core failed: ' + e); });";

    private Axe() {}

    /** Every serious or critical violation on the current page, one line each with the elements it names. */
    public static List<String> seriousViolations(WebDriver driver) {
        return serious(run(
                driver,
                Map.of("runOnly", Map.of("type", "tag", "values", TAGS), "resultTypes", List.of("violations"))));
    }

    /**
     * The serious or critical colour violations only (text contrast, links told from text by colour):
     * what changes between the light and the dark theme, where every other rule (names, labels,
     * landmarks, structure) gives the same answer for the same page.
     */
    public static List<String> seriousContrastViolations(WebDriver driver) {
        return serious(run(
                driver,
                Map.of(
                        "runOnly",
                        Map.of("type", "rule", "values", COLOUR_RULES),
                        "resultTypes",
                        List.of("violations"))));
    }

    /** Fails the test on any serious or critical violation of the current page. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        assertThat(seriousViolations(driver))
                .as("serious or critical axe-core violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    /** How many rules axe-core checked and found passing (every rule it has), so a test can tell it really ran. */
    public static int passes(WebDriver driver) {
        return run(driver, Map.of()).get("passes").asInt();
    }

    private static JsonNode run(WebDriver driver, Map<String, Object> options) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(
                js.executeScript("return typeof window.axe === 'object' && typeof axe.run === 'function';"))) {
            js.executeScript(SOURCE);
        }
        Object answer;
        try {
            answer = js.executeAsyncScript(RUN, JSON.writeValueAsString(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = String.valueOf(answer);
        if (text.startsWith("axe-core failed")) {
            throw new IllegalStateException(text + " on " + driver.getCurrentUrl());
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "axe-core answered something else than its result on " + driver.getCurrentUrl() + ": " + text, e);
        }
    }

    private static List<String> serious(JsonNode result) {
        List<String> lines = new ArrayList<>();
        for (JsonNode v : result.get("violations")) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                lines.add(impact + " " + v.path("id").asText() + " ("
                        + v.path("help").asText() + "): "
                        + StreamSupport.stream(v.path("nodes").spliterator(), false)
                                .limit(5)
                                .map(n -> n.path("target").toString())
                                .collect(Collectors.joining("; ")));
            }
        }
        return lines;
    }

    private static String source() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read axe.min.js", e);
        }
    }
}

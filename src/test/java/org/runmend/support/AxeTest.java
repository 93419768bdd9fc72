package org.runmend.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility checks the browser tests lean on do find what they look for: a page with a
 * picture without a text alternative and pale grey text fails them, the same page mended passes.
 */
class AxeTest {
    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(20), () -> 0);

    @Test
    void a_missing_alternative_and_pale_text_are_serious_and_only_the_text_is_a_colour_violation() {
        ChromeDriver driver = chromium.driver();
        open(
                driver,
                "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
                        + "<p style='color:#ccc;background:#fff'>Rest two days before the next run.</p>");

        assertThat(Axe.seriousViolations(driver))
                .anySatisfy(line -> assertThat(line).startsWith("critical image-alt"))
                .anySatisfy(line ->
                        assertThat(line).startsWith("serious color-contrast").contains("p"));
        assertThat(Axe.seriousContrastViolations(driver))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("serious color-contrast"));
    }

    @Test
    void the_same_page_mended_passes_and_axe_ran_its_rules() {
        ChromeDriver driver = chromium.driver();
        open(
                driver,
                "<img alt='A runner stretching' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
                        + "<p style='color:#333;background:#fff'>Rest two days before the next run.</p>");

        assertThat(Axe.seriousViolations(driver)).isEmpty();
        assertThat(Axe.seriousContrastViolations(driver)).isEmpty();
        assertThat(Axe.passes(driver)).isGreaterThan(10);
    }

    private static void open(ChromeDriver driver, String body) {
        String page =
                "<!doctype html><html lang='en'><head><title>Axe check</title></head><body><main><h1>Axe check</h1>"
                        + body + "</main></body></html>";
        driver.get("data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}

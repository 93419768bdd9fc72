package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Axe;
import org.runmend.support.Chromium;

/**
 * The body map on a 390 by 844 phone in the light and the dark theme: every target on the whole
 * figure and on each part's closer drawing is at least 24 by 24 CSS px (WCAG 2.2, 2.5.8 Target Size
 * (Minimum)), measured in Chromium, and a 24 px square in the middle of each shape is all that
 * target; axe-core finds nothing serious; and a check starts by tapping the map alone. Screenshots
 * in target/screenshots/.
 */
class BodyMapBrowserTest {
    /** The body parts with a closer drawing; the lower back, one region, leads straight to the intake. */
    private static final List<String> PARTS = List.of("hip", "thigh", "knee", "lower-leg", "foot-ankle");

    private static final double MIN_PX = 24;

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @RegisterExtension
    final Chromium chromium = Chromium.phone(390, 844, Duration.ofSeconds(20), () -> t.app.port());

    private ChromeDriver driver;

    @BeforeEach
    void driver() {
        driver = chromium.driver();
    }

    @Test
    void every_map_target_is_at_least_24_px_on_a_390_px_phone_in_both_themes() throws IOException {
        List<String> pages = new ArrayList<>(List.of("/check"));
        PARTS.forEach(p -> pages.add("/check?part=" + p));
        double smallest = Double.MAX_VALUE;
        String smallestName = "";
        int measured = 0;
        for (boolean dark : new boolean[] {false, true}) {
            chromium.darkMode(dark);
            for (String page : pages) {
                driver.get(chromium.url(page));
                chromium.waitFor(
                        d -> !d.findElements(By.cssSelector("svg a.area")).isEmpty());
                chromium.assertFitsThePhone();
                for (Map<String, Object> target : targets()) {
                    String name = page + " " + target.get("name") + " (" + target.get("tag") + ")";
                    double w = ((Number) target.get("w")).doubleValue();
                    double h = ((Number) target.get("h")).doubleValue();
                    assertThat(w).as(name + " width").isGreaterThanOrEqualTo(MIN_PX);
                    assertThat(h).as(name + " height").isGreaterThanOrEqualTo(MIN_PX);
                    assertThat(target.get("hit"))
                            .as(name + ": a 24 px square in its middle taps this target")
                            .isEqualTo(true);
                    if (Math.min(w, h) < smallest) {
                        smallest = Math.min(w, h);
                        smallestName = name + " " + Math.round(w * 10) / 10.0 + " x " + Math.round(h * 10) / 10.0;
                    }
                    measured++;
                }
                assertThat(dark ? Axe.seriousContrastViolations(driver) : Axe.seriousViolations(driver))
                        .as(page + (dark ? " (dark)" : " (light)"))
                        .isEmpty();
                js(
                        "window.scrollTo(0, document.querySelector('.bodymap').getBoundingClientRect().top + window.scrollY);");
                chromium.screenshot((page.contains("=") ? page.substring(page.indexOf('=') + 1) : "whole-body")
                        + (dark ? "-dark-390" : "-light-390"));
            }
        }
        chromium.darkMode(false);
        System.out.println(
                "body map at 390x844: " + measured + " targets measured; the smallest side is " + smallestName);
    }

    @Test
    void a_check_starts_by_tapping_a_body_part_then_a_region_and_side() throws IOException {
        driver.get(chromium.url("/check"));
        chromium.click(driver.findElement(By.cssSelector("a[data-part='knee'] path")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/check?part=knee"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Knee: where does it hurt?");
        chromium.screenshot("1-knee");
        chromium.click(driver.findElement(By.cssSelector("a[data-region='knee'][data-side='left'] path")));
        chromium.waitFor(d -> d.getCurrentUrl().contains("/check/intake?region=knee&side=left"));
        assertThat(driver.findElement(By.cssSelector("input[name=side][value=left]"))
                        .isSelected())
                .as("the side tapped")
                .isTrue();
        driver.findElement(By.id("age")).sendKeys("34");
        chromium.click(driver.findElement(By.cssSelector("input[name=sex][value=female]")));
        driver.findElement(By.id("durationDays")).sendKeys("14");
        driver.findElement(By.id("painScore")).sendKeys("4");
        chromium.screenshot("2-intake");
        chromium.click(driver.findElement(By.cssSelector("form.intake button[type=submit]")));
        chromium.waitFor(d ->
                !d.findElements(By.cssSelector("form.question, form.checklist")).isEmpty());
        chromium.assertFitsThePhone();
        chromium.screenshot("3-first-questions");

        // back to the whole body from a part, and the lower back (one region) straight to the intake
        driver.get(chromium.url("/check?part=foot-ankle"));
        chromium.click(driver.findElement(By.cssSelector("a[data-whole-body]")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/check"));
        chromium.click(driver.findElement(By.cssSelector("a[data-part='lower-back'] path")));
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/check/intake?region=lower-back"));
    }

    /**
     * Every link on the map and every shape in it: its size, and whether the corners and middle of
     * a 24 px square centred on the shape all land on its own link (a path only; a link's box spans
     * its shapes).
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> targets() {
        return (List<Map<String, Object>>) js("var out = [];"
                + "document.querySelectorAll('svg a.area').forEach(function (a) {"
                + " [a].concat(Array.prototype.slice.call(a.querySelectorAll('path'))).forEach(function (e) {"
                + "  e.scrollIntoView({block: 'center', behavior: 'instant'});"
                + "  var r = e.getBoundingClientRect(), cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2, hit = true;"
                + "  if (e.tagName.toLowerCase() === 'path') {"
                + "   [[-11.5, -11.5], [11.5, -11.5], [-11.5, 11.5], [11.5, 11.5], [0, 0]].forEach(function (d) {"
                + "    var at = document.elementFromPoint(cx + d[0], cy + d[1]);"
                + "    if (!at || at.closest('a') !== a) { hit = false; } }); }"
                + "  out.push({name: a.getAttribute('aria-label'), tag: e.tagName.toLowerCase(), w: r.width, h: r.height, hit: hit});"
                + " }); });"
                + "return out;");
    }

    private Object js(String script) {
        return chromium.js(script);
    }
}

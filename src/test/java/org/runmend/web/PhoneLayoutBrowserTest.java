package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.runmend.support.Chromium;
import org.runmend.support.TestClock;

/**
 * The pages with charts and tables on a 320 and a 390 px phone and a 1280 px laptop: every chart
 * label inside its chart and clear of its neighbours, pages no wider than the screen, the plan
 * history's header over its columns, and every kind of text field the same size.
 */
class PhoneLayoutBrowserTest {
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
    void charts_and_tables_fit_320_and_390_px_and_the_plan_history_lines_up_at_1280() throws IOException {
        String email = "runner-" + UUID.randomUUID() + "@example.org";
        driver.get(chromium.url("/signup"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("name")).sendKeys("Phone Runner");
        driver.findElement(By.id("password")).sendKeys("velvet kettle migrates north");
        driver.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"))
                .click();
        chromium.waitFor(d -> d.getCurrentUrl().endsWith("/log"));
        LocalDate today = TestClock.TODAY;
        for (int i = 80; i >= 1; i -= 4) {
            t.run(email, today.minusDays(i), 6 + (i % 12));
        }
        t.run(email, today.minusDays(2), 28);
        for (int i = 9; i >= 1; i--) {
            post("/diary", "day", today.minusDays(i).toString(), "region", "shin", "score", String.valueOf(i % 6));
        }
        post("/plan/start", "conditionId", "plantar-fasciitis", "region", "heel-bottom");

        for (String page : List.of("/load", "/diary", "/plan", "/log")) {
            driver.get(chromium.url(page));
            for (int width : new int[] {320, 390}) {
                chromium.phone(width);
                chromium.assertFitsThePhone();
                assertChartLabelsInsideAndApart(page + " at " + width);
                chromium.screenshot(page.substring(1) + "-" + width);
            }
            chromium.laptop(1280, 900);
            chromium.assertFitsThePhone();
            assertChartLabelsInsideAndApart(page + " at 1280");
            chromium.screenshot(page.substring(1) + "-1280");
            chromium.phone(390);
        }

        driver.get(chromium.url("/plan"));
        chromium.laptop(1280, 900);
        @SuppressWarnings("unchecked")
        List<Number> offsets =
                (List<Number>) chromium.js("var head = document.querySelectorAll('table.history thead th'),"
                        + " row = document.querySelector('table.history tbody tr').children, out = [];"
                        + "for (var i = 0; i < head.length; i++) { var a = head[i].getBoundingClientRect(), b = row[i].getBoundingClientRect();"
                        + " out.push(Math.abs((a.left + a.right) / 2 - (b.left + b.right) / 2)); } return out;");
        assertThat(offsets)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.doubleValue()).isLessThan(1.5));
        @SuppressWarnings("unchecked")
        List<Number> textOffsets = (List<Number>) chromium.js("var out = [];"
                + "document.querySelectorAll('table.history thead th abbr').forEach(function (abbr, i) {"
                + " var cell = document.querySelector('table.history tbody tr').children[i + 1].getBoundingClientRect(),"
                + " a = abbr.getBoundingClientRect(); out.push(Math.abs((a.left + a.right) / 2 - (cell.left + cell.right) / 2)); });"
                + "return out;");
        assertThat(textOffsets)
                .as("each day's label centred over its column")
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.doubleValue()).isLessThan(2));

        // fields of every type look alike: the log-in form's password as tall as its e-mail field
        post("/logout");
        driver.get(chromium.url("/login"));
        chromium.phone(390);
        @SuppressWarnings("unchecked")
        Map<String, Object> sizes =
                (Map<String, Object>) chromium.js("var e = document.querySelector('input[type=email]'),"
                        + " p = document.querySelector('input[type=password]'), se = getComputedStyle(e), sp = getComputedStyle(p);"
                        + "return {eh: e.offsetHeight, ph: p.offsetHeight, ew: e.offsetWidth, pw: p.offsetWidth, eb: se.borderTopWidth,"
                        + " pb: sp.borderTopWidth, pf: sp.fontSize, ef: se.fontSize};");
        assertThat(sizes.get("ph")).isEqualTo(sizes.get("eh"));
        assertThat(sizes.get("pw")).isEqualTo(sizes.get("ew"));
        assertThat(sizes.get("pb")).isEqualTo(sizes.get("eb")).isEqualTo("2px");
        assertThat(sizes.get("pf")).isEqualTo(sizes.get("ef"));
        assertThat(((Number) sizes.get("ph")).intValue()).isGreaterThanOrEqualTo(44);
        chromium.screenshot("login-390");
    }

    /** Posts a form from the page with its CSRF token, as the page's own forms do. */
    private void post(String path, String... fields) {
        driver.get(chromium.url("/log"));
        StringBuilder body = new StringBuilder(
                "var f = new URLSearchParams(); f.append('_csrf', document.querySelector('input[name=_csrf]').value);");
        for (int i = 0; i < fields.length; i += 2) {
            body.append("f.append('")
                    .append(fields[i])
                    .append("', '")
                    .append(fields[i + 1])
                    .append("');");
        }
        Object status = driver.executeAsyncScript("var done = arguments[0];" + body + "fetch('" + path
                + "', {method: 'POST', body: f, redirect: 'manual'}).then(function (r) { done(r.status || 302); });");
        assertThat(((Number) status).intValue()).as("POST " + path).isIn(200, 302, 303, 0);
    }

    /** No chart label sticks out of its chart, none is tiny, and no two labels on one line overlap. */
    private void assertChartLabelsInsideAndApart(String where) {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) chromium.js("var out = [];"
                + "document.querySelectorAll('figure.chart svg').forEach(function (svg) {"
                + " if (svg.closest('figcaption')) { return; }"
                + " var box = svg.getBoundingClientRect(), shown = [];"
                + " svg.querySelectorAll('text').forEach(function (t) { var r = t.getBoundingClientRect();"
                + "  if (r.width === 0 || getComputedStyle(t).display === 'none') { return; }"
                + "  if (r.left < box.left - 0.5 || r.right > box.right + 0.5) { out.push('outside: ' + t.textContent); }"
                + "  if (r.height < 9.5) { out.push('tiny (' + r.height.toFixed(1) + ' px): ' + t.textContent); }"
                + "  shown.push({t: t.textContent, r: r}); });"
                + " for (var i = 0; i < shown.length; i++) { for (var j = i + 1; j < shown.length; j++) {"
                + "  var a = shown[i].r, b = shown[j].r;"
                + "  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {"
                + "   out.push('overlap: ' + shown[i].t + ' / ' + shown[j].t); } } } });"
                + "return out;");
        assertThat(problems).as(where).isEmpty();
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A saved check shows what the unsaved one showed with the same answers: the same causes with the
 * same percentages, the same triage. The kept case once dropped the side that hurts (which the
 * pain check reads as "pain on both sides" or not), so a saved check was worked out from other
 * answers than the one the runner saw.
 */
class SavedCheckSameResultTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    private static final Pattern CAUSE = Pattern.compile(
            "data-condition=\"([a-z0-9-]+)\">\\s*<details>.*?class=\"pct\">([^<]+)</span>", Pattern.DOTALL);

    @Test
    void a_saved_check_shows_the_percentages_of_the_unsaved_one() throws Exception {
        for (String side : List.of("both", "left")) {
            WebClient c = t.signUp("same-" + side + "@example.org");
            String page = c.post(
                            "/check/intake",
                            "region",
                            "knee",
                            "side",
                            side,
                            "age",
                            "34",
                            "sex",
                            "female",
                            "durationDays",
                            "20",
                            "painScore",
                            "4")
                    .body();
            int answered = 0;
            while (!page.contains("id=\"conditions-title\"")) {
                String token = attr(page, "name=\"interview\" value=\"");
                if (page.contains("class=\"checklist\"")) {
                    page = c.post("/check/checklist", "interview", token, "none", "yes")
                            .body();
                } else {
                    String finding = attr(
                            page, "form method=\"post\" action=\"/check/answer\" class=\"question\" data-finding=\"");
                    // a mix of answers: yes, no, not sure in turn
                    String answer = List.of("yes", "no", "unknown").get(answered++ % 3);
                    page = c.post("/check/answer", "interview", token, "finding", finding, "answer", answer)
                            .body();
                }
                assertThat(answered).as("the interview ends").isLessThan(40);
            }
            List<String> before = causes(page);
            String triage = attr(page, "data-triage=\"");
            assertThat(before).isNotEmpty();

            HttpResponse<String> saved = c.post("/check/save", "interview", attr(page, "name=\"interview\" value=\""));
            assertThat(saved.statusCode()).isEqualTo(302);
            String savedPage =
                    c.get(saved.headers().firstValue("Location").orElseThrow()).body();
            assertThat(savedPage).contains("Saved to your account");
            assertThat(causes(savedPage))
                    .as("causes and percentages after saving, side " + side)
                    .isEqualTo(before);
            assertThat(attr(savedPage, "data-triage=\"")).isEqualTo(triage);
        }
    }

    private static List<String> causes(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = CAUSE.matcher(page);
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2));
        }
        return out;
    }

    private static String attr(String page, String before) {
        int i = page.indexOf(before);
        assertThat(i).as("page has " + before).isGreaterThanOrEqualTo(0);
        int start = i + before.length();
        return page.substring(start, page.indexOf('"', start));
    }
}

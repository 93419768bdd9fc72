package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Triage;
import org.runmend.support.Shared;

/**
 * The result page says one thing: its headline names what the triage is for, every "whom to see"
 * line on it matches the triage, and an emergency shows the emergency and its reason before any
 * cause. Walks the dev cases that need a clinician through the interview, answering from each
 * case, and reads the pages they end on.
 */
class ResultMessagePageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A see line that waits: "if not clearly better in two to three weeks", "no one usually". */
    private static final Pattern WAITS = Pattern.compile(
            "(?i)\\bno one\\b|\\bif (it is )?not (clearly )?(better|improving|settling)|\\bif (it|cramps) ");

    private static final Pattern SEE_LINE = Pattern.compile("<strong>Whom? to see:</strong>([^<]*)");
    private static final Pattern H1 = Pattern.compile("<h1 id=\"triage-title\">(.*?)</h1>");
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    /** Result pages by case id, with their triage. */
    private static final Map<String, String> pages = new HashMap<>();

    private static final Map<String, Triage> triages = new HashMap<>();

    @BeforeAll
    static void walk() throws Exception {
        WebClient c = new WebClient(t.app.port());
        for (String line : Files.readAllLines(Shared.devCases())) {
            JsonNode k = JSON.readTree(line);
            if (!Triage.ofId(k.path("expected").path("triage").asText()).isAbove(Triage.SELF_CARE)
                    || KB.region(k.path("region").asText()).isEmpty()) {
                continue;
            }
            Map<String, String> answers = new HashMap<>();
            k.path("findings")
                    .properties()
                    .forEach(e -> answers.put(
                            e.getKey(),
                            e.getValue().isNull() ? "unknown" : e.getValue().asBoolean() ? "yes" : "no"));
            com.fasterxml.jackson.databind.node.ObjectNode intake = JSON.createObjectNode();
            for (String f : List.of("age", "sex", "region", "side", "durationDays", "painScore")) {
                if (k.has(f)) {
                    intake.set(f, k.get(f));
                }
            }
            String token = PlanPagesTest.finishedCheck(c, intake.toString(), answers);
            String page = c.post("/check/resume", "interview", token).body();
            Matcher triage = Pattern.compile("data-triage=\"([a-z-]+)\"").matcher(page);
            assertThat(triage.find()).as(k.path("id").asText()).isTrue();
            pages.put(k.path("id").asText(), page);
            triages.put(k.path("id").asText(), Triage.ofId(triage.group(1)));
        }
        System.out.println(
                "[result pages] " + pages.size() + " dev cases that need a clinician walked through the interview");
    }

    @Test
    void no_whom_to_see_line_on_a_result_page_reads_lower_than_its_triage() {
        assertThat(pages).hasSizeGreaterThan(40);
        pages.forEach((id, page) -> {
            Triage level = triages.get(id);
            String headline = text(H1, page);
            assertThat(headline).as(id).startsWith(KB.advice(level).headline());
            Matcher see = SEE_LINE.matcher(page);
            while (see.find()) {
                if (level.isAbove(Triage.SELF_CARE)) {
                    assertThat(see.group(1)).as(id + " (" + level + ")").doesNotContainPattern(WAITS);
                }
            }
            if (level.isAbove(Triage.SELF_CARE)) {
                assertThat(page)
                        .as(id)
                        .contains("data-next-step")
                        .contains("class=\"because\">This needs "
                                + KB.advice(level).needs() + " because ");
            }
        });
    }

    @Test
    void an_emergency_page_shows_the_emergency_and_its_reason_before_any_cause() {
        List<String> emergencies = new ArrayList<>();
        triages.forEach((id, level) -> {
            if (level == Triage.EMERGENCY) {
                emergencies.add(id);
            }
        });
        assertThat(emergencies).hasSizeGreaterThan(5);
        for (String id : emergencies) {
            String page = pages.get(id);
            int because = page.indexOf("class=\"because\">This needs emergency care now because ");
            int causes = page.indexOf("<details class=\"other-causes\"");
            assertThat(text(H1, page)).as(id).startsWith("Get emergency help now");
            assertThat(because).as(id).isPositive();
            assertThat(causes)
                    .as(id + ": the causes come after the emergency, folded")
                    .isGreaterThan(because);
            assertThat(page.indexOf("class=\"condition\"")).as(id).isGreaterThan(causes);
            assertThat(page)
                    .as(id)
                    .doesNotContain("Most likely")
                    .doesNotContain("id=\"plan-title\">Your self-care plan");
        }
    }

    @Test
    void a_page_raised_above_its_likeliest_cause_says_what_for_and_puts_the_causes_second() {
        int raised = 0;
        for (Map.Entry<String, String> e : pages.entrySet()) {
            String page = e.getValue();
            if (!page.contains("data-causes-secondary") || triages.get(e.getKey()) == Triage.EMERGENCY) {
                continue;
            }
            raised++;
            String headline = text(H1, page);
            assertThat(headline).as(e.getKey()).containsPattern(" (to rule out|because) ");
            String next = text(Pattern.compile("data-next-step><strong>Next step:</strong>([^<]*)</p>"), page);
            if (headline.contains(" to rule out ")) {
                String what = headline.substring(headline.indexOf(" to rule out ") + 1);
                assertThat(next).as(e.getKey()).containsIgnoringCase(what);
            }
            assertThat(page.indexOf("data-causes-secondary"))
                    .as(e.getKey())
                    .isLessThan(page.indexOf("class=\"condition\""));
        }
        assertThat(raised)
                .as("non-emergency pages raised above their likeliest cause")
                .isPositive();
    }

    private static String text(Pattern p, String page) {
        Matcher m = p.matcher(page);
        assertThat(m.find()).as(p.pattern()).isTrue();
        return m.group(1)
                .replaceAll("<[^>]+>", "")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .trim();
    }
}

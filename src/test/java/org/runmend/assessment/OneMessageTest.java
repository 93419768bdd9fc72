package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.SelfCareKind;
import org.runmend.knowledge.Triage;
import org.runmend.support.Shared;

/**
 * A result says one thing (knowledge/contract/README.md, "The safety screen and the interview"):
 * on every worked case, the full result a person reads (the API's and {@code --full}'s fields for
 * people) has no "whom to see" or "when" line below its triage, names what a raised triage is
 * for, leads an emergency with the emergency, and shows no id.
 */
class OneMessageTest {
    /** A when-line that waits: "if not clearly better in two to three weeks", "no one usually". */
    private static final Pattern WAITS = Pattern.compile(
            "(?i)^\\s*(if|when|once)\\b|\\bno one\\b|\\bif (it is )?not (clearly )?(better|improving|settling)");
    /** A when-line that means the same day. */
    private static final Pattern SAME_DAY =
            Pattern.compile("(?i)\\b(today|now|same[ -]day|within a day|immediately|at once)\\b");
    /** A when-line that means now. */
    private static final Pattern NOW = Pattern.compile("(?i)\\b(now|immediately|ambulance)\\b");
    /** A word written like an id: lower case, with hyphens. */
    private static final Pattern ID_LIKE = Pattern.compile("\\b[a-z0-9]+(?:-[a-z0-9]+)+\\b");

    private static KnowledgeBase kb;
    private static PainCheck check;
    private static AssessmentJson json;
    private static WorkedCases worked;
    private static Set<String> ids;

    @BeforeAll
    static void load() throws IOException {
        kb = KnowledgeBase.bundled();
        check = new PainCheck(kb);
        json = new AssessmentJson(kb);
        worked = WorkedCases.read(kb);
        System.out.println("[one message] " + worked.summary());
        ids = new HashSet<>();
        kb.findings().forEach(f -> ids.add(f.id()));
        kb.conditions().forEach(c -> ids.add(c.id()));
        kb.regions().forEach(r -> ids.add(r.id()));
        kb.selfCareItems().forEach(i -> ids.add(i.id()));
        kb.triageFloors().forEach(f -> ids.add(f.id()));
        for (String line : Files.readAllLines(Shared.devCases())) {
            JsonNode c = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            c.path("findings").fieldNames().forEachRemaining(ids::add);
            ids.add(c.path("expected").path("condition").asText());
        }
    }

    @Test
    void every_worked_case_the_knowledge_can_read_is_checked() {
        assertThat(worked.cases()).as(worked.summary()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(worked.skipped()).allSatisfy(s -> assertThat(s).contains("unknown"));
    }

    @Test
    void no_whom_to_see_or_when_line_reads_lower_than_the_triage() {
        int raised = 0;
        for (Case c : worked.cases()) {
            Assessment a = check.assess(c);
            ObjectNode full = json.toJson(a);
            String who = full.path("see").path("who").asText();
            String when = full.path("see").path("when").asText();
            String label = c.id() + " (" + a.triage() + "): " + who + " / " + when;
            assertThat(Triage.ofId(full.path("see").path("level").asText()))
                    .as(label)
                    .isEqualTo(a.triage());
            if (a.triage().isAbove(Triage.SELF_CARE)) {
                assertThat(when).as(label).doesNotContainPattern(WAITS);
                assertThat(who).as(label).doesNotContainPattern(WAITS);
            }
            if (a.triage().isAbove(Triage.SOON)) {
                assertThat(when).as(label).containsPattern(SAME_DAY);
            }
            if (a.triage() == Triage.EMERGENCY) {
                assertThat(when + " " + who).as(label).containsPattern(NOW);
            }
            for (SelfCareItem i : a.plan()) {
                assertThat(i.fitsTriage(a.triage()))
                        .as(c.id() + " plan entry " + i.id() + " under " + a.triage())
                        .isTrue();
                if (a.triage().isAbove(Triage.SOON)) {
                    assertThat(i.kind()).as(c.id() + " " + i.id()).isEqualTo(SelfCareKind.SEE_DOCTOR);
                }
            }
            if (a.triage().isAbove(a.top().condition().triage())) {
                raised++;
            }
        }
        assertThat(raised)
                .as("cases whose triage is raised above the leading condition")
                .isGreaterThan(20);
    }

    @Test
    void a_raised_triage_names_what_it_is_raised_for_in_the_headline_and_the_next_step() {
        int named = 0;
        for (Case c : worked.cases()) {
            Assessment a = check.assess(c);
            if (!a.triage().isAbove(a.top().condition().triage())) {
                continue;
            }
            ResultMessage m = a.message();
            assertThat(m.headline()).as(c.id()).startsWith(kb.advice(a.triage()).headline() + " ");
            assertThat(m.nextStep()).as(c.id()).isNotBlank();
            assertThat(m.because())
                    .as(c.id())
                    .startsWith("This needs " + kb.advice(a.triage()).needs() + " because ");
            assertThat(a.triageReasons().get(0)).isEqualTo(m.because());
            if (m.subject() != null) {
                named++;
                String name = m.subject().name().toLowerCase(Locale.ROOT);
                assertThat(m.headline().toLowerCase(Locale.ROOT)).as(c.id()).contains(name);
                if (m.ruleOut()) {
                    assertThat(m.nextStep().toLowerCase(Locale.ROOT)).as(c.id()).contains("rule out " + name);
                }
                assertThat(m.subject().triage())
                        .as(c.id() + ": the named condition needs at least the triage")
                        .isGreaterThanOrEqualTo(a.triage());
            } else {
                assertThat(m.headline()).as(c.id()).contains(" because ");
            }
        }
        assertThat(named)
                .as("raised results that name the condition they are raised for")
                .isGreaterThan(10);
    }

    @Test
    void an_emergency_leads_with_the_emergency_and_its_reason_not_a_ranking_of_causes() {
        int emergencies = 0;
        for (Case c : worked.cases()) {
            Assessment a = check.assess(c);
            if (a.triage() != Triage.EMERGENCY) {
                continue;
            }
            emergencies++;
            ObjectNode full = json.toJson(a);
            assertThat(full.path("advice").path("headline").asText()).as(c.id()).startsWith("Get emergency help now");
            assertThat(full.path("triageReasons").get(0).asText())
                    .as(c.id())
                    .startsWith("This needs emergency care now because ");
            for (JsonNode r : full.path("triageReasons")) {
                assertThat(r.asText()).as(c.id()).doesNotStartWith("Most likely");
                if (!a.top().condition().triage().equals(Triage.EMERGENCY)) {
                    assertThat(r.asText())
                            .as(c.id() + ": a milder likeliest cause is not a reason for an emergency")
                            .doesNotContain(a.top().condition().name());
                }
            }
            assertThat(a.plan()).as(c.id()).allSatisfy(i -> assertThat(i.kind()).isEqualTo(SelfCareKind.SEE_DOCTOR));
        }
        assertThat(emergencies).isGreaterThan(10);
    }

    @Test
    void no_text_meant_for_a_person_shows_an_id() {
        for (Case c : worked.cases()) {
            ObjectNode full = json.toJson(check.assess(c));
            List<String> texts = new ArrayList<>();
            full.path("advice").forEach(n -> texts.add(n.asText()));
            texts.add(full.path("see").path("who").asText());
            texts.add(full.path("see").path("when").asText());
            full.path("triageReasons").forEach(n -> texts.add(n.asText()));
            full.path("conditions").forEach(n -> texts.add(n.path("name").asText()));
            full.path("alternatives").forEach(n -> texts.add(n.path("name").asText()));
            for (String list : List.of("plan", "contextTips")) {
                for (JsonNode i : full.path(list)) {
                    texts.add(i.path("title").asText());
                    texts.add(i.path("summary").asText());
                    i.path("steps").forEach(s -> texts.add(s.asText()));
                    i.path("sources").forEach(s -> texts.add(s.asText()));
                }
            }
            texts.add(full.path("disclaimer").asText());
            for (String text : texts) {
                assertThat(idsIn(text)).as(c.id() + ": " + text).isEmpty();
            }
        }
    }

    /** The known ids written in a text. */
    static List<String> idsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ID_LIKE.matcher(text);
        while (m.find()) {
            if (ids.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}

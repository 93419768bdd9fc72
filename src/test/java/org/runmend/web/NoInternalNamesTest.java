package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.diary.RecoveryPlans;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.library.Guide;
import org.runmend.library.GuideLibrary;

/**
 * No text a runner sees names a seed file or says "seed": the five web articles are cited by their
 * own titles and dates. Walks every page a runner can reach (every region's questions and results
 * for several answer patterns, every plan, every guide, the clinician report as HTML, PDF and FHIR)
 * and reads every text of every knowledge file.
 */
class NoInternalNamesTest {
    /** "seed", "seeds", "Seed 004", and file names like 001_ac5371b80daa6162(.txt). */
    static final Pattern INTERNAL = Pattern.compile("(?i)\\bseeds?\\b|\\d{3}_[0-9a-f]{16}");

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\"[^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("(?s)<script.*?</script>");
    private static final Pattern TOKEN = Pattern.compile("name=\"interview\" value=\"([^\"]+)\"");
    private static final Pattern FINDING = Pattern.compile("name=\"finding\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final PageTestApp APP = new PageTestApp();

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private final Map<String, String> seen = new LinkedHashMap<>();

    @Test
    void no_page_a_runner_can_reach_names_a_seed() throws Exception {
        WebClient anonymous = new WebClient(APP.app.port());
        for (String path : List.of("/", "/check", "/login", "/signup", "/guides", "/guides/search?q=heel+pain")) {
            read(anonymous, path);
        }
        WebClient runner = APP.signUp("sources@example.org");
        for (String path :
                List.of("/log", "/load", "/diary", "/diary/new", "/plan", "/checks", "/account", "/report")) {
            read(runner, path);
        }
        for (Region region : KB.regions()) {
            read(runner, "/check/intake?region=" + region.id());
            for (String pattern : List.of("no", "yes", "yes-no", "no-yes-unknown")) {
                walkInterview(runner, region.id(), pattern.split("-"));
            }
        }
        read(runner, "/checks");
        read(runner, "/report");
        byte[] pdf = runner.getBytes("/report.pdf");
        try (var doc = Loader.loadPDF(pdf)) {
            check("/report.pdf", new PDFTextStripper().getText(doc));
        }
        check("/report.fhir.json", runner.get("/report.fhir.json").body());
        RecoveryPlans plans = new RecoveryPlans(APP.db, KB, org.runmend.support.TestClock.FIXED);
        for (Condition c : KB.conditions()) {
            if (!plans.checklist(c.id()).isEmpty()) {
                String region = c.priors().keySet().iterator().next();
                runner.post("/plan/start", "conditionId", c.id(), "region", region);
                read(runner, "/plan");
            }
        }
        GuideLibrary library = GuideLibrary.from(KB);
        for (Guide.Kind kind : Guide.Kind.values()) {
            for (Guide g : library.guides(kind)) {
                read(anonymous, g.path());
            }
        }
        assertThat(seen).as("pages read").hasSizeGreaterThan(100);
        assertThat(seen.keySet()).as("plan pages read").anyMatch(k -> k.contains(" plan "));
        List<String> found = new ArrayList<>();
        seen.forEach((where, text) -> {
            Matcher m = INTERNAL.matcher(text);
            if (m.find()) {
                found.add(where + ": …"
                        + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 40)) + "…");
            }
        });
        assertThat(found).as("texts naming a seed").isEmpty();
    }

    @Test
    void no_knowledge_text_names_a_seed() throws Exception {
        List<String> found = new ArrayList<>();
        // every knowledge file, including ones added later; the contract copy is not shown to runners
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/resources/knowledge");
        List<java.nio.file.Path> files;
        try (var all = java.nio.file.Files.list(dir)) {
            files = all.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .contains("selfcare.json", "findings.json", "seeds.json");
        for (java.nio.file.Path file : files) {
            try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                walk(file.getFileName().toString(), JSON.readTree(in), found);
            }
        }
        assertThat(found).as("knowledge texts naming a seed").isEmpty();
    }

    /** Every string value, except the fields that hold a seed's file name for code and docs. */
    private static void walk(String where, JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (!List.of("seed", "seeds", "file").contains(e.getKey())) {
                    walk(where + "." + e.getKey(), e.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(where + "[" + i + "]", node.get(i), found);
            }
        } else if (node.isTextual() && INTERNAL.matcher(node.asText()).find()) {
            found.add(where + ": " + node.asText());
        }
    }

    /** Answers every question by the pattern, in turn, until the result; saves the result. */
    private void walkInterview(WebClient c, String region, String[] pattern) throws Exception {
        String page = c.post(
                        "/check/intake",
                        "region",
                        region,
                        "age",
                        "35",
                        "sex",
                        "female",
                        "durationDays",
                        "14",
                        "painScore",
                        "4")
                .body();
        int n = 0;
        if (page.contains("action=\"/check/checklist\"")) {
            check(region + " safety checklist", page);
            Matcher token = TOKEN.matcher(page);
            assertThat(token.find())
                    .as("checklist page of %s has a form", region)
                    .isTrue();
            page = c.post("/check/checklist", "interview", token.group(1)).body();
        }
        while (page.contains("action=\"/check/answer\"")) {
            check(region + " question " + n, page);
            Matcher token = TOKEN.matcher(page);
            Matcher finding = FINDING.matcher(page);
            assertThat(token.find() && finding.find())
                    .as("question page of %s has a form", region)
                    .isTrue();
            page = c.post(
                            "/check/answer",
                            "interview",
                            token.group(1),
                            "finding",
                            finding.group(1),
                            "answer",
                            pattern[n % pattern.length])
                    .body();
            n++;
            assertThat(n).as("questions in %s", region).isLessThan(60);
        }
        check(region + " result " + String.join("-", pattern), page);
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("result of %s carries its token", region).isTrue();
        check(
                region + " plan " + String.join("-", pattern),
                c.post("/check/plan", "interview", token.group(1)).body());
        String kept = c.post("/check/save", "interview", token.group(1))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        check(region + " saved result", c.get(kept).body());
        check(region + " saved plan", c.get(kept + "/plan").body());
    }

    private void read(WebClient c, String path) throws Exception {
        HttpResponse<String> r = c.get(path);
        assertThat(r.statusCode()).as(path).isLessThan(400);
        check(path, r.body());
    }

    private void check(String where, String html) {
        String text = SCRIPT.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
        seen.merge(where, text, (a, b) -> a + "\n" + b);
    }
}

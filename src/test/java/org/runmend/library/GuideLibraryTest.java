package org.runmend.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Case;
import org.runmend.assessment.PainCheck;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.library.Guide.Section;
import org.runmend.support.SeedFingerprints;

class GuideLibraryTest {
    private static KnowledgeBase kb;
    private static GuideLibrary library;

    @BeforeAll
    static void build() {
        kb = KnowledgeBase.bundled();
        library = GuideLibrary.from(kb);
    }

    @Test
    void every_region_and_condition_has_a_guide_with_sections_and_sources() {
        assertThat(library.guides(Guide.Kind.REGION))
                .hasSize(kb.regions().size())
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(library.guides(Guide.Kind.CONDITION))
                .hasSize(kb.conditions().size())
                .hasSizeGreaterThanOrEqualTo(29);
        for (Region r : kb.regions()) {
            assertThat(library.guide(Guide.Kind.REGION, r.id())).as(r.id()).isPresent();
        }
        for (Condition c : kb.conditions()) {
            assertThat(library.guide("condition/" + c.id())).as(c.id()).isPresent();
        }
        for (Guide g : library.guides()) {
            assertThat(g.title()).as(g.slug()).isNotBlank();
            assertThat(g.summary()).as(g.slug()).isNotBlank();
            assertThat(g.sections())
                    .as(g.slug())
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.entries())
                            .as(g.slug() + " " + s.kind())
                            .isNotEmpty()
                            .allSatisfy(e -> assertThat(e.title() + e.text()).isNotBlank()));
            assertThat(g.section(Section.Part.WHAT_TO_DO))
                    .as(g.slug() + " what to do")
                    .isPresent();
            assertThat(g.section(Section.Part.SEE_A_DOCTOR))
                    .as(g.slug() + " see a doctor")
                    .isPresent();
            assertThat(g.sources()).as(g.slug()).isNotEmpty();
            assertThat(g.lastReviewed()).isEqualTo(kb.library().reviewed());
        }
    }

    @Test
    void a_self_care_condition_guide_has_causes_exercises_with_doses_prevention_and_seeds() {
        Guide pf = library.guide("condition/plantar-fasciitis").orElseThrow();
        assertThat(pf.sections())
                .extracting(Section::kind)
                .containsSubsequence(
                        Section.Part.CAUSES,
                        Section.Part.WHAT_TO_DO,
                        Section.Part.EXERCISES,
                        Section.Part.PREVENTION,
                        Section.Part.SEE_A_DOCTOR,
                        Section.Part.EVIDENCE);
        Guide.Entry stretch = pf.section(Section.Part.EXERCISES).orElseThrow().entries().stream()
                .filter(e -> e.id().equals("ex-plantar-fascia-stretch"))
                .findFirst()
                .orElseThrow();
        assertThat(stretch.dose()).isEqualTo("10 repetitions, hold each 10 seconds, 1 set, 3 times a day");
        assertThat(stretch.steps()).isNotEmpty();
        assertThat(pf.section(Section.Part.SEE_A_DOCTOR)
                        .orElseThrow()
                        .entries()
                        .get(0)
                        .text())
                .startsWith("Physiotherapist or podiatrist: if not clearly better");
        assertThat(pf.sources())
                .extracting(Guide.Reference::seed)
                .contains("001_ac5371b80daa6162.txt", "004_a1d9d89cce8803a4.txt");
        assertThat(pf.sources().get(0).seed()).as("seeds come first").isNotNull();
        assertThat(pf.sources()).extracting(Guide.Reference::label).doesNotHaveDuplicates();
    }

    @Test
    void an_emergency_guide_says_get_help_now_and_offers_no_self_treatment() {
        Guide ces = library.guide("condition/cauda-equina-syndrome").orElseThrow();
        assertThat(ces.section(Section.Part.WHAT_TO_DO)
                        .orElseThrow()
                        .entries()
                        .get(0)
                        .title())
                .isEqualTo("Get emergency help now");
        assertThat(ces.section(Section.Part.EXERCISES)).isEmpty();
        assertThat(ces.section(Section.Part.SEE_A_DOCTOR).orElseThrow().entries())
                .extracting(Guide.Entry::title)
                .contains("How urgent it is: get emergency help now");
    }

    @Test
    void a_contradicted_seed_claim_is_named_with_what_we_say_instead() {
        Guide doms = library.guide("condition/doms").orElseThrow();
        assertThat(doms.section(Section.Part.EVIDENCE).orElseThrow().entries())
                .anySatisfy(e ->
                        assertThat(e.text()).contains("Lactic acid").contains("Current evidence contradicts this."));
        assertThat(doms.sources())
                .extracting(Guide.Reference::url)
                .anySatisfy(u -> assertThat(u).isNotNull());
    }

    @Test
    void a_region_guide_lists_its_conditions_likeliest_first_with_links() {
        Guide heel = library.guide("region/heel-bottom").orElseThrow();
        List<Guide.Entry> conditions =
                heel.section(Section.Part.CONDITIONS).orElseThrow().entries();
        assertThat(conditions.get(0).link()).isEqualTo("condition/plantar-fasciitis");
        assertThat(conditions)
                .extracting(Guide.Entry::link)
                .allSatisfy(slug -> assertThat(library.guide(slug)).isPresent());
        assertThat(heel.related()).startsWith("condition/plantar-fasciitis");
    }

    @Test
    void related_guides_exist_and_start_with_the_conditions_regions() {
        for (Guide g : library.guides()) {
            assertThat(g.related())
                    .as(g.slug())
                    .isNotEmpty()
                    .doesNotContain(g.slug())
                    .doesNotHaveDuplicates()
                    .allSatisfy(slug -> assertThat(library.guide(slug)).as(slug).isPresent());
        }
        Guide achilles = library.guide("condition/achilles-tendinopathy").orElseThrow();
        assertThat(achilles.related())
                .startsWith("region/heel-back", "region/calf")
                .contains("condition/insertional-achilles-tendinopathy");
        assertThat(library.related(achilles)).extracting(Guide::slug).isEqualTo(achilles.related());
    }

    @Test
    void share_links_are_stable_paths_under_guides() {
        Guide pf = library.guide("condition/plantar-fasciitis").orElseThrow();
        assertThat(pf.path()).isEqualTo("/guides/condition/plantar-fasciitis");
        assertThat(pf.shareUrl(URI.create("https://runmend.example.org/")))
                .hasToString("https://runmend.example.org/guides/condition/plantar-fasciitis");
        assertThat(pf.shareUrl(URI.create("https://example.org/runmend")))
                .hasToString("https://example.org/runmend/guides/condition/plantar-fasciitis");
        assertThat(library.guide("region/knee").orElseThrow().path()).isEqualTo("/guides/region/knee");
    }

    @Test
    void a_pain_check_result_links_to_its_likely_conditions_then_its_region() {
        Case heel = new Case(
                "c1",
                41,
                "male",
                "heel-bottom",
                10,
                5,
                Map.of("first-steps-pain", true, "inner-heel-tenderness", true, "numbness-tingling", false));
        Assessment result = new PainCheck(kb).assess(heel);
        List<Guide> guides = library.guidesFor(result);
        assertThat(guides)
                .first()
                .extracting(Guide::slug)
                .isEqualTo("condition/" + result.top().id());
        assertThat(guides).last().extracting(Guide::slug).isEqualTo("region/heel-bottom");
        assertThat(guides).hasSizeBetween(2, GuideLibrary.MAX_CONDITION_LINKS + 1);

        assertThat(library.guidesFor("calf", List.of("dvt", "no-such-condition", "calf-strain")))
                .extracting(Guide::slug)
                .containsExactly("condition/dvt", "condition/calf-strain", "region/calf");
    }

    @Test
    void every_guide_is_reviewed_on_the_knowledge_base_date() {
        // not after today anywhere on Earth (UTC+14 is at most a day ahead of UTC)
        assertThat(kb.library().reviewed())
                .isBeforeOrEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
    }

    /** The same check as ../shared/tools/seed-overlap, on the guides as a runner reads them. */
    @Test
    void guide_texts_repeat_no_run_of_ten_words_from_a_seed() throws IOException {
        Set<String> seeds = new HashSet<>();
        SeedFingerprints.bundled().values().forEach(seeds::addAll);
        assertThat(seeds).hasSizeGreaterThan(1000);
        List<String> copied = new java.util.ArrayList<>();
        for (Guide g : library.guides()) {
            for (String run :
                    SeedFingerprints.copiedRuns(g.title() + " " + g.summary() + " " + GuideIndex.body(g), seeds)) {
                copied.add(g.slug() + ": \"" + run + "\"");
            }
        }
        assertThat(copied).isEmpty();
    }
}

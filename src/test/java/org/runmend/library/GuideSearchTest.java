package org.runmend.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.runmend.knowledge.KnowledgeBase;

class GuideSearchTest {
    private static GuideLibrary library;

    @BeforeAll
    static void build() {
        library = GuideLibrary.from(KnowledgeBase.bundled());
    }

    private static List<String> slugs(String query, int limit) {
        return library.search(query, limit).stream().map(SearchHit::slug).toList();
    }

    @Test
    void pain_on_top_of_foot_when_lacing_finds_the_top_of_the_foot() {
        assertThat(slugs("pain on top of foot when lacing", 3))
                .containsAnyOf("region/foot-top", "condition/extensor-tendinopathy");
    }

    @Test
    void a_misspelt_word_still_finds_its_guide() {
        assertThat(slugs("achillies", 3)).anyMatch(s -> s.contains("achilles"));
        assertThat(slugs("plantar fasciatis", 3)).contains("condition/plantar-fasciitis");
    }

    @Test
    void instep_finds_the_top_of_the_foot_guide_first() {
        assertThat(slugs("instep", 10)).first().isEqualTo("region/foot-top");
        assertThat(slugs("pain on the top of my foot", 3)).contains("region/foot-top");
    }

    @Test
    void sole_of_the_foot_finds_plantar_heel_pain() {
        assertThat(slugs("sole of the foot", 3)).containsAnyOf("condition/plantar-fasciitis", "region/heel-bottom");
        assertThat(slugs("sore sole", 3)).containsAnyOf("condition/plantar-fasciitis", "region/heel-bottom");
    }

    @Test
    void hind_leg_finds_calf_and_hamstring_guides() {
        List<String> top = slugs("hind leg", 5);
        assertThat(top.subList(0, 3))
                .containsAnyOf(
                        "region/calf", "region/thigh-back", "condition/calf-strain", "condition/hamstring-strain");
        assertThat(top).contains("region/calf", "region/thigh-back");
    }

    @Test
    void runners_knee_finds_patellofemoral_pain_first() {
        assertThat(slugs("runner's knee", 5)).first().isEqualTo("condition/patellofemoral-pain");
        assertThat(slugs("Runners knee", 5)).first().isEqualTo("condition/patellofemoral-pain");
    }

    @Test
    void shin_splints_finds_medial_tibial_stress_syndrome_first() {
        assertThat(slugs("shin splints", 5)).first().isEqualTo("condition/medial-tibial-stress-syndrome");
        assertThat(slugs("shin splint", 5)).first().isEqualTo("condition/medial-tibial-stress-syndrome");
    }

    @Test
    void other_runners_words_find_their_conditions() {
        assertThat(slugs("jumper's knee", 3)).first().isEqualTo("condition/patellar-tendinopathy");
        assertThat(slugs("achilles tendonitis", 3)).first().isEqualTo("condition/achilles-tendinopathy");
        assertThat(slugs("sciatica", 3)).first().isEqualTo("condition/lumbar-radiculopathy");
        assertThat(slugs("heel spur", 3)).contains("condition/plantar-fasciitis");
        assertThat(slugs("DOMS", 3)).first().isEqualTo("condition/doms");
        assertThat(slugs("blood clot", 3)).first().isEqualTo("condition/dvt");
    }

    @Test
    void stems_match_other_forms_of_a_word() {
        assertThat(slugs("stretches for tendons", 10)).isNotEmpty();
        assertThat(slugs("fractured heel bones", 5)).contains("condition/calcaneal-stress-fracture");
    }

    @Test
    void a_hit_has_a_title_a_path_and_a_snippet_with_the_matched_words_marked() {
        SearchHit hit = library.search("shin splints", 1).get(0);
        assertThat(hit.title()).isEqualTo("Medial tibial stress syndrome (shin splints)");
        assertThat(hit.path()).isEqualTo("/guides/condition/medial-tibial-stress-syndrome");
        assertThat(hit.kind()).isEqualTo(Guide.Kind.CONDITION);
        assertThat(hit.snippet().text()).isNotBlank().hasSizeLessThan(400);
        assertThat(hit.snippet().matches()).isNotEmpty();
        assertThat(hit.score()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\"knee AND (",
                "knee AND (",
                "*",
                "?",
                "title:knee^4 ~2",
                "\\",
                "((((",
                "\"\"\"",
                "-",
                "+knee -",
                "/regex/",
                "[a TO b",
                "{!}",
                "knee~",
                "&&||!"
            })
    void odd_input_never_throws(String query) {
        assertThatCode(() -> library.search(query, 10)).doesNotThrowAnyException();
    }

    @Test
    void blank_queries_find_nothing() {
        assertThat(library.search("", 10)).isEmpty();
        assertThat(library.search("   ", 10)).isEmpty();
        assertThat(library.search(null, 10)).isEmpty();
        assertThat(library.search("knee", 0)).isEmpty();
        assertThat(library.search("!!! ((( ", 10)).isEmpty();
    }

    @Test
    void junk_around_words_still_finds_them() {
        assertThat(slugs("\"knee AND (", 10))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(slugs(" knee ".repeat(500), 5)).isNotEmpty();
    }

    @Test
    void heel_spur_finds_only_the_heel_guides() {
        assertThat(slugs("heel spur", 20))
                .startsWith("condition/plantar-fasciitis")
                .allSatisfy(s -> assertThat(s).matches(".*(heel|plantar).*"))
                .noneSatisfy(s -> assertThat(s).contains("knee"))
                .noneSatisfy(s -> assertThat(s).contains("back"));
    }

    @Test
    void a_guide_that_only_mentions_a_word_in_passing_is_cut_off() {
        List<String> knee = slugs("knee", 40);
        assertThat(knee)
                .contains("region/knee", "condition/patellofemoral-pain")
                .doesNotContain("condition/plantar-fasciitis");
        org.runmend.knowledge.KnowledgeBase kb = org.runmend.knowledge.KnowledgeBase.bundled();
        long kneeGuides = 1L + kb.conditionsIn("knee").size();
        assertThat(knee.size()).as("only guides about the knee: " + knee).isLessThanOrEqualTo((int) kneeGuides);
        // guides of the knee itself lead; a thigh muscle acting at the knee may follow, a heel guide may not
        long aboutTheKnee = knee.stream()
                .filter(s -> s.equals("region/knee")
                        || (s.startsWith("condition/")
                                && kb.condition(s.substring("condition/".length()))
                                        .map(c -> c.showsIn("knee"))
                                        .orElse(false)))
                .count();
        assertThat(aboutTheKnee).as("guides about the knee among " + knee).isGreaterThanOrEqualTo(knee.size() * 2L / 3);
        assertThat(knee.subList(0, 3))
                .allMatch(s -> s.equals("region/knee")
                        || (s.startsWith("condition/")
                                && kb.condition(s.substring("condition/".length()))
                                        .map(c -> c.showsIn("knee"))
                                        .orElse(false)));
    }

    @Test
    void a_search_on_something_no_guide_covers_finds_nothing() {
        assertThat(slugs("tennis elbow", 20)).isEmpty();
        assertThat(slugs("bunion", 20)).isEmpty();
    }

    @Test
    void words_as_common_as_pain_or_running_need_not_appear() {
        assertThat(slugs("sore calf after a long run", 20)).contains("region/calf", "condition/calf-strain");
    }
}

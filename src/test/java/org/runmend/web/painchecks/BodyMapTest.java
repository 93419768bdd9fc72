package org.runmend.web.painchecks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.KnowledgeLoader;
import org.runmend.knowledge.Region;
import org.runmend.web.Chrome;

/** The body map's two steps built from the knowledge: parts on the figure, regions and sides on a part's drawing. */
class BodyMapTest {
    private static final Path SOURCE = Path.of("src/main/resources/knowledge");
    private static final Chrome CHROME = new Chrome("token-token-token-token", null);

    @Test
    void the_figure_offers_body_parts_and_a_part_of_one_region_leads_straight_to_it() {
        BodyMap map = BodyMap.of(CHROME, KnowledgeBase.bundled(), null);
        assertThat(map.zoomed()).isFalse();
        assertThat(map.drawing().targets())
                .extracting(BodyMap.Target::part)
                .containsExactly("lower-back", "hip", "thigh", "knee", "lower-leg", "foot-ankle");
        assertThat(map.drawing().targets().get(0).href()).isEqualTo("/check/intake?region=lower-back");
        assertThat(map.drawing().targets().get(3).href()).isEqualTo("/check?part=knee");
        assertThat(map.drawing().targets().get(3).label()).isEqualTo("Knee");
    }

    @Test
    void a_part_shows_each_region_and_side_as_a_link_to_the_intake() {
        BodyMap map =
                BodyMap.zoom(CHROME, KnowledgeBase.bundled(), "foot-ankle").orElseThrow();
        assertThat(map.zoomed()).isTrue();
        assertThat(map.part()).isEqualTo("Foot or ankle");
        assertThat(map.drawing().targets())
                .extracting(BodyMap.Target::href)
                .contains(
                        "/check/intake?region=heel-bottom&side=left",
                        "/check/intake?region=heel-bottom&side=right",
                        "/check/intake?region=ankle&side=right",
                        "/check/intake?region=forefoot&side=left")
                .hasSize(10);
        assertThat(map.drawing().targets())
                .extracting(BodyMap.Target::label)
                .contains("Ankle (inside, outside or front), right side");
        assertThat(BodyMap.zoom(CHROME, KnowledgeBase.bundled(), "elbow")).isEmpty();
        assertThat(BodyMap.zoom(CHROME, KnowledgeBase.bundled(), "lower-back"))
                .as("no closer drawing of one region")
                .isEmpty();
    }

    @Test
    void a_region_the_knowledge_adds_without_a_drawing_still_shows_in_the_list(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        ObjectMapper json = new ObjectMapper();
        ArrayNode regions =
                (ArrayNode) json.readTree(dir.resolve("regions.json").toFile());
        regions.addObject()
                .put("id", "elbow-test")
                .put("name", "Elbow")
                .put("description", "Not drawn on the map.")
                .putArray("seeds");
        json.writeValue(dir.resolve("regions.json").toFile(), regions);
        KnowledgeBase kb = KnowledgeLoader.fromDirectory(dir).load();

        BodyMap map = BodyMap.of(CHROME, kb, null);
        assertThat(map.regions()).extracting(Region::id).contains("elbow-test");
        for (String part : new String[] {"hip", "thigh", "knee", "lower-leg", "foot-ankle"}) {
            assertThat(BodyMap.zoom(CHROME, kb, part).orElseThrow().drawing().targets())
                    .noneMatch(t -> "elbow-test".equals(t.region()));
        }
    }

    private static void copyKnowledge(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(SOURCE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}

package org.runmend.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body map's drawings are knowledge data: read from body-map.json, every mistake named by file and field. */
class BodyDrawingFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SOURCE = Path.of("src/main/resources/knowledge");
    /** The regions in the middle of the body, drawn without a side. */
    private static final Set<String> MIDDLE = Set.of("lower-back");

    @Test
    void the_bundled_map_draws_every_region_on_each_side_from_the_figure_or_a_closer_drawing() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        Set<String> drawn = new HashSet<>();
        for (BodyDrawing.Part p : kb.bodyMap().parts()) {
            if (p.leadsStraightToRegion()) {
                drawn.add(p.region() + " " + p.side());
            }
            p.areas().forEach(a -> drawn.add(a.region() + " " + a.side()));
        }
        for (Region r : kb.regions()) {
            if (MIDDLE.contains(r.id())) {
                assertThat(drawn).as(r.id()).contains(r.id() + " null");
            } else {
                assertThat(drawn).as(r.id()).contains(r.id() + " left", r.id() + " right");
            }
        }
        assertThat(kb.bodyMap().parts())
                .extracting(BodyDrawing.Part::id)
                .containsExactly("lower-back", "hip", "thigh", "knee", "lower-leg", "foot-ankle");
    }

    @Test
    void a_mirrored_area_is_drawn_on_the_other_side_as_its_mirror_image() {
        BodyDrawing.Part knee = KnowledgeBase.bundled().bodyMap().part("knee").orElseThrow();
        assertThat(knee.areas()).extracting(BodyDrawing.Area::side).containsExactly("right", "left");
        SvgPath.Box right = SvgPath.box(knee.areas().get(0).shapes().get(0));
        SvgPath.Box left = SvgPath.box(knee.areas().get(1).shapes().get(0));
        assertThat(left.minX()).isEqualTo(300 - right.maxX());
        assertThat(left.width()).isEqualTo(right.width());
        assertThat(left.minY()).isEqualTo(right.minY());
    }

    @Test
    void an_unknown_region_stops_loading_naming_the_file_and_the_field(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> loadWith(dir, map -> area(map, "knee", 0).put("region", "kne")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("body-map.json")
                .hasMessageContaining("parts[knee].areas[1].region")
                .hasMessageContaining("unknown region 'kne'");
    }

    @Test
    void a_target_too_small_to_tap_stops_loading_with_its_size(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> loadWith(
                        dir,
                        map -> ((ArrayNode) area(map, "knee", 0).get("shapes"))
                                .set(0, "M60,103 L70,103 L70,190 L60,190 Z")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("body-map.json")
                .hasMessageContaining("parts[knee].areas[1].shapes[1]")
                .hasMessageContaining("is 10 by 87, too small to tap");
    }

    @Test
    void a_shape_in_other_path_syntax_or_outside_its_drawing_stops_loading(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> loadWith(
                        dir,
                        map -> ((ArrayNode) part(map, "thigh").get("shapes")).set(0, "M45,224 a10,10 0 1,0 0,20 Z")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("parts[thigh].shapes[1]")
                .hasMessageContaining("is not an absolute M, L, Q, C or Z command");
        Path other = Files.createDirectories(dir.resolve("outside"));
        assertThatThrownBy(() -> loadWith(other, map -> area(map, "knee", 0).put("mirrorAt", 400)))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("parts[knee].areas[1].mirrorAt[1]")
                .hasMessageContaining("reaches outside the drawing (0 0 300 300)");
    }

    @Test
    void a_misspelt_field_or_a_part_without_a_drawing_stops_loading(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> loadWith(
                        dir,
                        map -> part(map, "knee").set("veiw", part(map, "knee").remove("view"))))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("body-map.json")
                .hasMessageContaining("parts[knee]")
                .hasMessageContaining("veiw");
        Path other = Files.createDirectories(dir.resolve("no-view"));
        assertThatThrownBy(() -> loadWith(other, map -> part(map, "knee").remove("view")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("parts[knee].view")
                .hasMessageContaining("is missing");
    }

    @Test
    void a_region_added_to_the_knowledge_without_a_drawing_loads(@TempDir Path dir) throws IOException {
        copyKnowledge(dir);
        ArrayNode regions =
                (ArrayNode) JSON.readTree(dir.resolve("regions.json").toFile());
        regions.addObject()
                .put("id", "elbow-test")
                .put("name", "Elbow")
                .put("description", "Not drawn on the map.")
                .putArray("seeds");
        JSON.writeValue(dir.resolve("regions.json").toFile(), regions);
        KnowledgeBase kb = KnowledgeLoader.fromDirectory(dir).load();
        assertThat(kb.region("elbow-test")).isPresent();
        assertThat(kb.bodyMap().parts())
                .allSatisfy(p -> assertThat(p.areas()).noneMatch(a -> a.region().equals("elbow-test")));
    }

    /** Copies the knowledge into {@code dir}, changes its body map, and loads it. */
    static KnowledgeBase loadWith(Path dir, Consumer<ObjectNode> change) throws IOException {
        copyKnowledge(dir);
        ObjectNode map = (ObjectNode) JSON.readTree(dir.resolve("body-map.json").toFile());
        change.accept(map);
        JSON.writeValue(dir.resolve("body-map.json").toFile(), map);
        return KnowledgeLoader.fromDirectory(dir).load();
    }

    private static ObjectNode part(ObjectNode map, String id) {
        for (var p : map.get("parts")) {
            if (p.get("id").asText().equals(id)) {
                return (ObjectNode) p;
            }
        }
        throw new AssertionError("no part " + id);
    }

    private static ObjectNode area(ObjectNode map, String part, int index) {
        return (ObjectNode) part(map, part).get("areas").get(index);
    }

    static void copyKnowledge(Path dir) throws IOException {
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

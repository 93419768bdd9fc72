package org.runmend.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body map's drawings, from {@code knowledge/body-map.json} (format in docs/knowledge-format.md):
 * a whole figure with a few large body parts, and for each part a closer drawing where every region
 * and side is a target of its own. A part with one region and side only ({@link Part#region}) leads
 * straight to it. A region drawn nowhere is still offered in the list beside the map.
 *
 * <p>Every shape is an SVG path of absolute {@code M}, {@code L}, {@code Q}, {@code C} and
 * {@code Z} commands in its drawing's units; the loader has checked that each lies inside its
 * drawing and that each target is large enough to tap on a phone.
 *
 * @param figure the whole figure the map starts with; its targets are the parts' {@code shapes}
 * @param parts  the body parts, in the order the figure offers them (top to bottom)
 */
public record BodyDrawing(View figure, List<Part> parts) {
    public BodyDrawing {
        Objects.requireNonNull(figure, "figure");
        parts = List.copyOf(parts);
    }

    /** A word drawn on a view, for sighted runners only (the targets carry their own names). */
    public record Caption(double x, double y, String text, boolean side) {}

    /**
     * One drawing: its SVG {@code viewBox} ("0 0 width height"), what it shows (read out by a
     * screen reader), the shapes drawn behind the targets, and the captions.
     */
    public record View(String viewBox, String title, List<String> outline, List<Caption> captions) {
        public View {
            outline = outline == null ? List.of() : List.copyOf(outline);
            captions = captions == null ? List.of() : List.copyOf(captions);
        }
    }

    /** A target on a part's closer drawing: a region, the side it stands for (null for one in the middle), its shapes. */
    public record Area(String region, String side, List<String> shapes) {
        public Area {
            shapes = List.copyOf(shapes);
        }
    }

    /**
     * A body part on the whole figure: its shapes there, and either the closer drawing with its
     * areas, or (when the part is one region) the region and side it leads to straight away.
     */
    public record Part(
            String id, String name, List<String> shapes, String region, String side, View view, List<Area> areas) {
        public Part {
            shapes = List.copyOf(shapes);
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        /** Whether choosing the part picks its one region at once, with no closer drawing. */
        public boolean leadsStraightToRegion() {
            return region != null;
        }
    }

    public Optional<Part> part(String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}

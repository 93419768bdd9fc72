package org.runmend.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks {@code body-map.json} into a {@link BodyDrawing}. Every problem stops the load
 * with a {@link KnowledgeException} naming the file and the field ({@code parts[knee].areas[2].region}).
 */
final class BodyDrawingFile {
    static final String FILE = "body-map.json";

    /**
     * A target is at least this share of its drawing's width each way: the drawings are shown the
     * width of the page's text, 358 CSS px on a 390 px phone, so a fourteenth is 25.6 px, above
     * the 24 by 24 px of WCAG 2.2's success criterion 2.5.8, Target Size (Minimum).
     */
    static final int MIN_TARGET_SHARE = 14;

    private static final Set<String> SIDES = Set.of("left", "right");

    /** A part as written: {@code region} (and {@code side}) for a part of one region, else {@code view} and {@code areas}. */
    record PartEntry(
            String id,
            String name,
            List<String> shapes,
            String region,
            String side,
            ViewEntry view,
            List<AreaEntry> areas) {}

    /** An area as written: {@code mirrorAt} draws the other side too, mirrored about that x. */
    record AreaEntry(String region, String side, List<String> shapes, Double mirrorAt) {}

    record ViewEntry(String viewBox, String title, List<String> outline, List<CaptionEntry> captions) {}

    record CaptionEntry(Double x, Double y, String text, Boolean side) {}

    private final ObjectMapper json;
    private final Map<String, Region> regions;

    BodyDrawingFile(ObjectMapper json, Map<String, Region> regions) {
        this.json = json;
        this.regions = regions;
    }

    BodyDrawing read(JsonNode root) {
        if (!root.isObject()) {
            throw new KnowledgeException(FILE, null, "expected a JSON object with 'figure' and 'parts'");
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!field.equals("figure") && !field.equals("parts")) {
                throw new KnowledgeException(FILE, field, "unknown field");
            }
        });
        if (!root.path("figure").isObject()) {
            throw new KnowledgeException(FILE, "figure", "is missing: the whole figure the map starts with");
        }
        BodyDrawing.View figure = view("figure", parse(root.get("figure"), ViewEntry.class, "figure"));
        double[] figureBox = viewBox("figure", figure.viewBox());
        if (!root.path("parts").isArray() || root.path("parts").isEmpty()) {
            throw new KnowledgeException(FILE, "parts", "is missing or empty: the body parts on the figure");
        }
        List<BodyDrawing.Part> parts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.get("parts")) {
            index++;
            String at = "parts[" + (node.hasNonNull("id") ? node.get("id").asText() : "#" + index) + "]";
            PartEntry p = parse(node, PartEntry.class, at);
            text(at + ".id", p.id());
            if (!ids.add(p.id())) {
                throw new KnowledgeException(FILE, at + ".id", "id is used twice");
            }
            text(at + ".name", p.name());
            List<String> shapes = targets(at + ".shapes", p.shapes(), figureBox);
            if (p.region() != null) {
                if (p.view() != null || p.areas() != null) {
                    throw new KnowledgeException(
                            FILE, at, "a part of one region needs no 'view' or 'areas'; give either 'region' or both");
                }
                region(at + ".region", p.region());
                side(at + ".side", p.side());
                parts.add(new BodyDrawing.Part(p.id(), p.name(), shapes, p.region(), p.side(), null, List.of()));
                continue;
            }
            if (p.side() != null) {
                throw new KnowledgeException(
                        FILE, at + ".side", "a side belongs to a part of one region ('region'), or to its areas");
            }
            if (p.view() == null) {
                throw new KnowledgeException(
                        FILE,
                        at + ".view",
                        "is missing: a part needs a closer drawing with its areas, or one 'region'");
            }
            BodyDrawing.View view = view(at + ".view", p.view());
            parts.add(new BodyDrawing.Part(
                    p.id(),
                    p.name(),
                    shapes,
                    null,
                    null,
                    view,
                    areas(at, p.areas(), viewBox(at + ".view", view.viewBox()))));
        }
        return new BodyDrawing(figure, parts);
    }

    private List<BodyDrawing.Area> areas(String part, List<AreaEntry> entries, double[] box) {
        if (entries == null || entries.isEmpty()) {
            throw new KnowledgeException(FILE, part + ".areas", "is missing or empty: the regions drawn on the part");
        }
        List<BodyDrawing.Area> out = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = part + ".areas[" + (i + 1) + "]";
            AreaEntry a = entries.get(i);
            region(at + ".region", a.region());
            side(at + ".side", a.side());
            List<String> shapes = targets(at + ".shapes", a.shapes(), box);
            add(out, drawn, at, new BodyDrawing.Area(a.region(), a.side(), shapes));
            if (a.mirrorAt() != null) {
                if (a.side() == null) {
                    throw new KnowledgeException(
                            FILE, at + ".mirrorAt", "mirrors the area to the other side, so the area needs a 'side'");
                }
                List<String> mirrored = shapes.stream()
                        .map(d -> SvgPath.mirror(d, a.mirrorAt()))
                        .toList();
                targets(at + ".mirrorAt", mirrored, box);
                add(
                        out,
                        drawn,
                        at,
                        new BodyDrawing.Area(a.region(), a.side().equals("left") ? "right" : "left", mirrored));
            }
        }
        return out;
    }

    private static void add(List<BodyDrawing.Area> out, Set<String> drawn, String at, BodyDrawing.Area area) {
        String key = area.region() + " " + area.side();
        if (!drawn.add(key)) {
            throw new KnowledgeException(
                    FILE,
                    at,
                    "region '" + area.region() + "'" + (area.side() == null ? "" : " on the " + area.side())
                            + " is drawn twice on this part; give one area all its shapes");
        }
        out.add(area);
    }

    private BodyDrawing.View view(String at, ViewEntry v) {
        text(at + ".viewBox", v.viewBox());
        double[] box = viewBox(at, v.viewBox());
        text(at + ".title", v.title());
        List<String> outline = v.outline() == null ? List.of() : v.outline();
        for (int i = 0; i < outline.size(); i++) {
            inside(at + ".outline[" + (i + 1) + "]", outline.get(i), box);
        }
        List<BodyDrawing.Caption> captions = new ArrayList<>();
        List<CaptionEntry> given = v.captions() == null ? List.of() : v.captions();
        for (int i = 0; i < given.size(); i++) {
            String c = at + ".captions[" + (i + 1) + "]";
            CaptionEntry e = given.get(i);
            text(c + ".text", e.text());
            if (e.x() == null || e.y() == null || e.x() < 0 || e.x() > box[0] || e.y() < 0 || e.y() > box[1]) {
                throw new KnowledgeException(
                        FILE, c, "needs 'x' and 'y' inside the drawing (0 0 " + num(box[0]) + " " + num(box[1]) + ")");
            }
            captions.add(new BodyDrawing.Caption(e.x(), e.y(), e.text(), Boolean.TRUE.equals(e.side())));
        }
        return new BodyDrawing.View(v.viewBox(), v.title(), outline, captions);
    }

    /** The width and height of a {@code "0 0 width height"} view box. */
    private static double[] viewBox(String at, String viewBox) {
        String[] n = viewBox == null ? new String[0] : viewBox.strip().split("\\s+");
        try {
            if (n.length == 4 && Double.parseDouble(n[0]) == 0 && Double.parseDouble(n[1]) == 0) {
                double w = Double.parseDouble(n[2]);
                double h = Double.parseDouble(n[3]);
                if (w > 0 && h > 0) {
                    return new double[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new KnowledgeException(
                FILE, at + ".viewBox", "'" + viewBox + "' is not '0 0 width height' with a width and height above 0");
    }

    /** Target shapes: at least one, each inside the drawing and large enough to tap. */
    private static List<String> targets(String at, List<String> shapes, double[] box) {
        if (shapes == null || shapes.isEmpty()) {
            throw new KnowledgeException(FILE, at, "is missing or empty: a target needs a shape to tap");
        }
        double least = box[0] / MIN_TARGET_SHARE;
        for (int i = 0; i < shapes.size(); i++) {
            String s = at + "[" + (i + 1) + "]";
            SvgPath.Box b = inside(s, shapes.get(i), box);
            if (b.width() < least || b.height() < least) {
                throw new KnowledgeException(
                        FILE,
                        s,
                        "is " + num(b.width()) + " by " + num(b.height())
                                + ", too small to tap: a target needs at least " + num(least) + " each way (1/"
                                + MIN_TARGET_SHARE
                                + " of the drawing's width, 24 CSS px on a phone)");
            }
        }
        return List.copyOf(shapes);
    }

    private static SvgPath.Box inside(String at, String d, double[] box) {
        SvgPath.Box b;
        try {
            b = SvgPath.box(d);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(FILE, at, "'" + d + "' " + e.getMessage());
        }
        if (b.minX() < 0 || b.minY() < 0 || b.maxX() > box[0] || b.maxY() > box[1]) {
            throw new KnowledgeException(
                    FILE, at, "reaches outside the drawing (0 0 " + num(box[0]) + " " + num(box[1]) + ")");
        }
        return b;
    }

    private void region(String at, String id) {
        text(at, id);
        if (!regions.containsKey(id)) {
            throw new KnowledgeException(FILE, at, "unknown region '" + id + "'");
        }
    }

    private static void side(String at, String side) {
        if (side != null && !SIDES.contains(side)) {
            throw new KnowledgeException(
                    FILE, at, "'" + side + "' is not left or right (leave it out for a region in the middle)");
        }
    }

    private static void text(String at, String value) {
        if (value == null || value.isBlank()) {
            throw new KnowledgeException(FILE, at, "is missing or empty");
        }
    }

    private <T> T parse(JsonNode node, Class<T> type, String at) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw new KnowledgeException(FILE, at, message);
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}

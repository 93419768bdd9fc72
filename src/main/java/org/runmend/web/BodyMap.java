package org.runmend.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;

/**
 * The body map page: a front view, a back view and the sole of a foot drawn in one SVG, with a
 * clickable area per contract region. Geometry lives here, names come from the knowledge base;
 * a region the knowledge adds without a drawn area still shows in the list beside the figure.
 *
 * @param areas   the drawn regions, in the order the knowledge lists them
 * @param regions every region, for the plain list
 * @param error   a message when the runner arrived with an unknown region, else null
 */
public record BodyMap(List<Area> areas, List<Region> regions, List<String> outline, String error) {

    /** One clickable region: its link, its name and the SVG path data of its shapes. */
    public record Area(String id, String name, String href, List<String> shapes) {
    }

    /** Front figure centred on x=75, back figure on x=225 (front shifted by 150), sole on x=345. */
    private static final Map<String, List<String>> SHAPES = Map.of(
            "knee", mirrored(ellipse(61, 302, 11, 13), 0),
            "shin", mirrored(List.of("M52,317 L71,317 L68,392 L56,392 Z"), 0),
            "foot-top", mirrored(List.of("M55,398 L69,398 L73,416 L74,430 L46,430 L49,416 Z"), 0),
            "lower-back", List.of("M198,138 L252,138 L254,178 L196,178 Z"),
            "thigh-back", mirrored(List.of("M197,190 L224,190 L221,288 L202,288 Z"), 150),
            "calf", mirrored(List.of("M201,314 L222,314 L220,360 L205,360 Z"), 150),
            "heel-back", mirrored(List.of("M206,364 L219,364 L221,412 Q212,424 203,412 Z"), 150),
            "heel-bottom", List.of("M319,350 L371,350 C370,378 371,404 368,424 C364,446 326,446 322,424 C319,404 320,378 319,350 Z"));

    /** The figures behind the areas; drawn first, not focusable. */
    private static final List<String> OUTLINE = drawOutline();

    public static BodyMap of(KnowledgeBase kb, String error) {
        List<Area> areas = new ArrayList<>();
        for (Region r : kb.regions()) {
            List<String> shapes = SHAPES.get(r.id());
            if (shapes != null) {
                areas.add(new Area(r.id(), r.name(), IntakeForm.href(r.id()), shapes));
            }
        }
        return new BodyMap(List.copyOf(areas), List.copyOf(kb.regions()), OUTLINE, error);
    }

    private static List<String> drawOutline() {
        List<String> out = new ArrayList<>();
        for (int dx : new int[] {0, 150}) {
            out.addAll(shift(ellipse(75, 30, 18, 20), dx));
            out.addAll(shift(List.of(
                    "M68,48 L82,48 L82,60 L68,60 Z",
                    "M40,60 L110,60 L104,182 L46,182 Z",
                    "M40,62 L30,64 L18,192 L30,194 Z",
                    "M110,62 L120,64 L132,192 L120,194 Z",
                    "M46,182 L104,182 L103,198 L47,198 Z"), dx));
            out.addAll(shift(mirrored(List.of(
                    "M46,190 L74,190 L72,292 L51,292 Z",
                    "M50,290 L73,290 L71,314 L52,314 Z",
                    "M52,312 L72,312 L69,396 L55,396 Z",
                    "M55,396 L69,396 L73,416 L74,430 L46,430 L49,416 Z"), 0), dx));
        }
        out.add("M345,252 C374,252 381,292 377,332 C373,370 372,402 368,424 C364,446 326,446 322,424 "
                + "C318,402 320,370 317,338 C313,296 316,252 345,252 Z");
        for (int[] toe : new int[][] {{331, 240, 8}, {347, 236, 7}, {361, 240, 6}, {372, 248, 5}, {317, 248, 6}}) {
            out.addAll(ellipse(toe[0], toe[1], toe[2], toe[2] + 1));
        }
        return List.copyOf(out);
    }

    /** The left-leg shapes plus their mirror image about the figure's centre line. */
    private static List<String> mirrored(List<String> left, int dx) {
        List<String> out = new ArrayList<>(left);
        for (String d : left) {
            out.add(mirror(d, 150 + 2 * dx));
        }
        return out;
    }

    private static List<String> shift(List<String> paths, int dx) {
        return paths.stream().map(d -> transform(d, x -> x + dx)).toList();
    }

    private static String mirror(String d, int axisTimesTwo) {
        return transform(d, x -> axisTimesTwo - x);
    }

    /** Applies {@code fx} to every x coordinate of an absolute path made of x,y pairs. */
    private static String transform(String d, java.util.function.IntUnaryOperator fx) {
        if (d.contains(" a")) {
            // relative arcs (ellipses): only the start point is absolute
            int comma = d.indexOf(',');
            int x = Integer.parseInt(d.substring(1, comma));
            return "M" + fx.applyAsInt(x) + d.substring(comma);
        }
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?\\d+),(-?\\d+)").matcher(d);
        while (m.find()) {
            m.appendReplacement(b, fx.applyAsInt(Integer.parseInt(m.group(1))) + "," + m.group(2));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static List<String> ellipse(int cx, int cy, int rx, int ry) {
        // starts at the top so that mirroring the start point mirrors the whole ellipse
        return List.of("M" + cx + "," + (cy - ry) + " a" + rx + "," + ry + " 0 1,0 0," + (2 * ry) + " a"
                + rx + "," + ry + " 0 1,0 0," + (-2 * ry) + " Z");
    }
}

package org.runmend.web.painchecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runmend.intake.StoryReader;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.web.Chrome;
import org.runmend.web.View;

/**
 * The body map page: a front view, a back view and the sole of a foot drawn in one SVG, with a
 * clickable area per contract region, one for each side where the body has two (the front view
 * shows the runner's right on the viewer's left, the back view the runner's left). Choosing an
 * area picks the region and the side. Geometry lives here, names come from the knowledge base; a
 * region the knowledge adds without a drawn area still shows in the list beside the figure.
 *
 * @param chrome  the request's token and runner, for the page around the map
 * @param areas   the drawn areas, in the order the knowledge lists their regions
 * @param regions every region, for the plain list
 * @param error   a message when the runner arrived with an unknown region, else null
 * @param story   the story box above the map: the words as typed and what to say about them
 */
public record BodyMap(Chrome chrome, List<Area> areas, List<Region> regions, List<String> outline, String error,
                      StoryBox story) implements View {

    /**
     * The text box above the map. {@code note} says that nothing was understood (the map is the
     * way in), {@code error} that the story is too long; both null on a fresh page.
     */
    public record StoryBox(String text, String note, String error) {
        /** The question above the box. */
        public static final String LABEL = "What happened? Where does it hurt, since when, what makes it worse?";

        static StoryBox empty() {
            return new StoryBox("", null, null);
        }

        public int maxLength() {
            return StoryReader.MAX_LENGTH;
        }
    }

    /** One clickable area: its region, the side it stands for (null for one in the middle), its link and shapes. */
    public record Area(String id, String name, String side, String href, List<String> shapes) {
        /** The name a screen reader reads: the region, then the side. */
        public String label() {
            return side == null ? name : name + ", " + side + " side";
        }
    }

    private enum Figure { FRONT, BACK, SOLE }

    /** Where a region is drawn: a shape on the viewer's left half of a view, mirrored when paired. */
    private record Placement(Figure figure, boolean paired, List<String> shapes) {
    }

    /** Front figure centred on x=75, back figure on x=225 (front shifted by 150), sole on x=345. */
    private static final Map<String, List<Placement>> PLACES = Map.ofEntries(
            Map.entry("hip-groin", List.of(new Placement(Figure.FRONT, true, List.of("M55,180 L73,180 L74,198 L60,201 Z")))),
            Map.entry("hip-side", List.of(new Placement(Figure.FRONT, true, List.of("M40,170 L52,170 L53,206 L43,206 Z")),
                    new Placement(Figure.BACK, true, List.of("M190,170 L200,170 L199,204 L192,204 Z")))),
            Map.entry("thigh-front", List.of(new Placement(Figure.FRONT, true, List.of("M47,205 L73,205 L71,286 L52,286 Z")))),
            Map.entry("knee", List.of(new Placement(Figure.FRONT, true, ellipse(61, 302, 11, 13)))),
            Map.entry("shin", List.of(new Placement(Figure.FRONT, true, List.of("M52,317 L71,317 L69,382 L56,382 Z")))),
            Map.entry("ankle", List.of(new Placement(Figure.FRONT, true, List.of("M54,385 L70,385 L70,397 L54,397 Z")))),
            Map.entry("foot-top", List.of(new Placement(Figure.FRONT, true, List.of("M54,400 L70,400 L73,416 L74,430 L46,430 L49,416 Z")))),
            Map.entry("lower-back", List.of(new Placement(Figure.BACK, false, List.of("M198,138 L252,138 L254,176 L196,176 Z")))),
            Map.entry("buttock", List.of(new Placement(Figure.BACK, true, List.of("M201,179 L224,179 L224,204 L199,204 Z")))),
            Map.entry("thigh-back", List.of(new Placement(Figure.BACK, true, List.of("M198,207 L224,207 L221,288 L202,288 Z")))),
            Map.entry("calf", List.of(new Placement(Figure.BACK, true, List.of("M201,314 L222,314 L220,360 L205,360 Z")))),
            Map.entry("heel-back", List.of(new Placement(Figure.BACK, true, List.of("M206,364 L219,364 L221,412 Q212,424 203,412 Z")))),
            Map.entry("forefoot", List.of(new Placement(Figure.SOLE, false,
                    List.of("M318,262 C330,252 362,252 375,262 L377,306 L316,306 Z")))),
            Map.entry("heel-bottom", List.of(new Placement(Figure.SOLE, false,
                    List.of("M319,350 L371,350 C370,378 371,404 368,424 C364,446 326,446 322,424 C319,404 320,378 319,350 Z")))));

    /** The figures behind the areas; drawn first, not focusable. */
    private static final List<String> OUTLINE = drawOutline();

    @Override
    public String template() {
        return "painchecks/bodymap.jte";
    }

    static BodyMap of(Chrome chrome, KnowledgeBase kb, String error) {
        return of(chrome, kb, error, StoryBox.empty());
    }

    static BodyMap of(Chrome chrome, KnowledgeBase kb, String error, StoryBox story) {
        List<Area> areas = new ArrayList<>();
        for (Region r : kb.regions()) {
            for (Placement p : PLACES.getOrDefault(r.id(), List.of())) {
                int dx = p.figure() == Figure.BACK ? 150 : 0;
                if (!p.paired()) {
                    areas.add(new Area(r.id(), r.name(), null, IntakeForm.href(r.id()), p.shapes()));
                    continue;
                }
                // the shape is drawn on the viewer's left: the runner's right from the front, left from behind
                String viewersLeft = p.figure() == Figure.FRONT ? "right" : "left";
                String viewersRight = viewersLeft.equals("right") ? "left" : "right";
                areas.add(new Area(r.id(), r.name(), viewersLeft, IntakeForm.href(r.id(), viewersLeft), p.shapes()));
                List<String> mirror = p.shapes().stream().map(d -> mirror(d, 150 + 2 * dx)).toList();
                areas.add(new Area(r.id(), r.name(), viewersRight, IntakeForm.href(r.id(), viewersRight), mirror));
            }
        }
        return new BodyMap(chrome, List.copyOf(areas), List.copyOf(kb.regions()), OUTLINE, error, story);
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

package org.runmend.web.painchecks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runmend.intake.StoryReader;
import org.runmend.knowledge.BodyDrawing;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.Region;
import org.runmend.web.Chrome;
import org.runmend.web.View;

/**
 * The body map page, in two steps so that every target is large enough to tap on a phone (WCAG
 * 2.2, 2.5.8 Target Size): first a whole figure, front and back, with a few large body parts;
 * choosing one ({@code /check?part=knee}, a plain link) shows a closer drawing of that part where
 * each region and side is a target of its own, and choosing one of those opens the intake form with
 * the region and the side. A part of one region (the lower back) leads straight to the intake. The
 * drawings are data ({@code knowledge/body-map.json}, read by the knowledge loader); names come from
 * the knowledge base, and a region drawn nowhere still shows in the list beside the figure.
 *
 * @param chrome  the request's token and runner, for the page around the map
 * @param drawing the drawing shown: the whole figure, or the chosen part's closer drawing
 * @param part    the chosen part's name, or null on the whole figure
 * @param regions every region, for the plain list
 * @param error   a message when the runner arrived with an unknown region or part, else null
 * @param story   the story box above the whole figure: the words as typed and what to say about them
 */
public record BodyMap(Chrome chrome, Drawing drawing, String part, List<Region> regions, String error, StoryBox story)
        implements View {

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

    /** One SVG drawing: its view box and title, the outline behind the targets, its captions and targets. */
    public record Drawing(
            String viewBox,
            String title,
            List<String> outline,
            List<BodyDrawing.Caption> captions,
            List<Target> targets) {
        static Drawing of(BodyDrawing.View view, List<Target> targets) {
            return new Drawing(view.viewBox(), view.title(), view.outline(), view.captions(), List.copyOf(targets));
        }
    }

    /**
     * One link on a drawing: a body part (then {@code part} is its id) or a region and side (then
     * {@code region} is set; {@code side} is null for one in the middle).
     */
    public record Target(String href, String label, String part, String region, String side, List<String> shapes) {}

    @Override
    public String template() {
        return "painchecks/bodymap.jte";
    }

    /** Whether this is a part's closer drawing rather than the whole figure. */
    public boolean zoomed() {
        return part != null;
    }

    static BodyMap of(Chrome chrome, KnowledgeBase kb, String error) {
        return of(chrome, kb, error, StoryBox.empty());
    }

    /** The first step: the whole figure with its body parts. */
    static BodyMap of(Chrome chrome, KnowledgeBase kb, String error, StoryBox story) {
        List<Target> targets = new ArrayList<>();
        for (BodyDrawing.Part p : kb.bodyMap().parts()) {
            if (p.leadsStraightToRegion()) {
                targets.add(new Target(href(p.region(), p.side()), p.name(), p.id(), p.region(), p.side(), p.shapes()));
            } else {
                targets.add(new Target(
                        "/check?part=" + URLEncoder.encode(p.id(), StandardCharsets.UTF_8),
                        p.name(),
                        p.id(),
                        null,
                        null,
                        p.shapes()));
            }
        }
        return new BodyMap(
                chrome, Drawing.of(kb.bodyMap().figure(), targets), null, List.copyOf(kb.regions()), error, story);
    }

    /** The second step: a part's closer drawing, each region and side a target; empty for a part not on the map. */
    static Optional<BodyMap> zoom(Chrome chrome, KnowledgeBase kb, String partId) {
        Optional<BodyDrawing.Part> found =
                kb.bodyMap().part(partId == null ? "" : partId).filter(p -> !p.leadsStraightToRegion());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BodyDrawing.Part part = found.get();
        List<Target> targets = new ArrayList<>();
        for (BodyDrawing.Area a : part.areas()) {
            Region r = kb.region(a.region()).orElseThrow();
            String label = a.side() == null ? r.name() : r.name() + ", " + a.side() + " side";
            targets.add(new Target(href(a.region(), a.side()), label, null, a.region(), a.side(), a.shapes()));
        }
        return Optional.of(new BodyMap(
                chrome,
                Drawing.of(part.view(), targets),
                part.name(),
                List.copyOf(kb.regions()),
                null,
                StoryBox.empty()));
    }

    private static String href(String region, String side) {
        return side == null ? IntakeForm.href(region) : IntakeForm.href(region, side);
    }
}

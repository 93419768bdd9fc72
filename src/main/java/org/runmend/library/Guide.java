package org.runmend.library;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One guide of the library: everything RunMend knows about a body region or a condition, written
 * out from the knowledge base for a runner to read.
 *
 * @param slug         stable id, {@code region/heel-bottom} or {@code condition/plantar-fasciitis}
 * @param subjectId    the region or condition id in the knowledge base
 * @param summary      two or three sentences that open the guide
 * @param sections     in reading order; a section with nothing to say is left out
 * @param sources      seeds first, then published sources, each once
 * @param lastReviewed when the knowledge behind this guide was last reviewed
 * @param related      slugs of the guides shown beside this one, closest first
 */
public record Guide(
        String slug,
        Kind kind,
        String subjectId,
        String title,
        String summary,
        List<Section> sections,
        List<Reference> sources,
        LocalDate lastReviewed,
        List<String> related) {

    /** What a guide is about. */
    public enum Kind {
        REGION("region"),
        CONDITION("condition");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The first part of the slug. */
        public String id() {
            return id;
        }
    }

    public Guide {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    public static String slugOf(Kind kind, String subjectId) {
        return kind.id() + "/" + subjectId;
    }

    /** The public path of this guide's page, the one to share: {@code /guides/condition/plantar-fasciitis}. */
    public String path() {
        return pathOf(slug);
    }

    /** The public path of any guide's page. */
    public static String pathOf(String slug) {
        return "/guides/" + slug;
    }

    /**
     * The full link to share, e.g. {@code https://runmend.example.org/guides/region/knee} for the
     * base {@code https://runmend.example.org/}; a base path (an app behind a proxy at
     * {@code /runmend/}) is kept.
     */
    public URI shareUrl(URI base) {
        String b = base.toString();
        return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path());
    }

    public Optional<Section> section(Section.Part kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** A part of a guide under one heading. */
    public record Section(Part kind, String heading, List<Entry> entries) {
        /** The parts a guide can have, in reading order. */
        public enum Part {
            CONDITIONS,
            CAUSES,
            WHAT_TO_DO,
            EXERCISES,
            RETURN_TO_RUNNING,
            PREVENTION,
            SEE_A_DOCTOR,
            EVIDENCE
        }

        public Section {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(heading, "heading");
            entries = List.copyOf(entries);
        }
    }

    /**
     * One item under a heading: a cause, a remedy, an exercise with its dose, a doctor-visit rule,
     * an evidence note.
     *
     * @param id     the self-care entry, condition or region it was written from, or null
     * @param link   slug of the guide this entry points to (a condition listed in a region guide), or null
     * @param dose   for exercises: hold, repetitions, sets and how often, in words; otherwise null
     */
    public record Entry(
            String id, String title, String text, List<String> steps, String dose, List<String> cautions, String link) {
        public Entry {
            Objects.requireNonNull(title, "title");
            text = text == null ? "" : text;
            steps = steps == null ? List.of() : List.copyOf(steps);
            cautions = cautions == null ? List.of() : List.copyOf(cautions);
        }

        static Entry of(String id, String title, String text) {
            return new Entry(id, title, text, List.of(), null, List.of(), null);
        }
    }

    /**
     * A source of the guide: a seed article by file name, or a published guideline or paper.
     *
     * @param seed the seed file name, or null for a published source
     * @param url  where to read it, or null
     */
    public record Reference(String label, String seed, String url) {
        public Reference {
            Objects.requireNonNull(label, "label");
        }
    }
}

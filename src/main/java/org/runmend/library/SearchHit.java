package org.runmend.library;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One guide found by the search.
 *
 * @param snippet a passage of the guide around the words that matched, with those words marked
 * @param score   Lucene's relevance score; only the order means something
 */
public record SearchHit(String slug, Guide.Kind kind, String title, Snippet snippet, float score) {
    public SearchHit {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(snippet, "snippet");
    }

    public String path() {
        return Guide.pathOf(slug);
    }

    /**
     * A passage as plain-text parts, some marked as matching the query; a page escapes each part
     * and wraps the matches in {@code <mark>}, so no HTML travels from the index to the page.
     */
    public record Snippet(List<Part> parts) {
        public Snippet {
            parts = List.copyOf(parts);
        }

        public record Part(String text, boolean match) {}

        static Snippet plain(String text) {
            return new Snippet(List.of(new Part(text, false)));
        }

        /** The passage without marks. */
        public String text() {
            return parts.stream().map(Part::text).collect(Collectors.joining());
        }

        /** The matched words, as they appear in the passage. */
        public List<String> matches() {
            return parts.stream().filter(Part::match).map(Part::text).toList();
        }
    }
}

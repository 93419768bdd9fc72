package org.runmend.knowledge;

/**
 * Where a piece of knowledge comes from: a seed article by file name, or a published source.
 */
public record Source(String seed, String citation, String url) {
    public boolean isSeed() {
        return seed != null;
    }

    /**
     * How a runner sees this source: a seed article by its own title and date (never its file
     * name), a published source by its citation.
     */
    public String label(KnowledgeBase kb) {
        if (seed == null) {
            return citation;
        }
        return kb.seed(seed).map(Seed::citation).orElse("A web article");
    }
}

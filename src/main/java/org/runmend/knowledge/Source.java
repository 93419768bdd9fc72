package org.runmend.knowledge;

/**
 * Where a piece of knowledge comes from: a seed article by file name, or a published source.
 */
public record Source(String seed, String citation, String url) {
    public boolean isSeed() {
        return seed != null;
    }

    public String label() {
        return seed != null ? "Seed article " + seed : citation;
    }
}

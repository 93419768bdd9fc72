package org.runmend.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the guide library needs beyond the clinical knowledge ({@code library.json}): the date the
 * knowledge base was last reviewed as a whole, shown on every guide, and the runners' words the
 * search understands.
 */
public record LibraryInfo(LocalDate reviewed, List<Synonym> synonyms) {
    public LibraryInfo {
        Objects.requireNonNull(reviewed, "reviewed");
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /**
     * One rule of runners' words. Either {@code same}: words that mean the same and stand for each
     * other ("instep", "top of the foot"); or {@code words} that also mean each of {@code means}
     * but not the other way round ("hind leg" means "calf" and "hamstring", yet a search for
     * "calf" should not bring up hamstring guides).
     */
    public record Synonym(List<String> same, List<String> words, List<String> means) {
        public Synonym {
            same = same == null ? List.of() : List.copyOf(same);
            words = words == null ? List.of() : List.copyOf(words);
            means = means == null ? List.of() : List.copyOf(means);
        }

        public boolean isEquivalence() {
            return !same.isEmpty();
        }
    }
}

package org.runmend.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Puts right a misspelt word ("achillies", "plantar fasciatis", "brusing") when it is one or two
 * edits (Damerau-Levenshtein, transpositions counted once) from a word of the lexicon, the way
 * Lucene's {@code FuzzyQuery} does: each lexicon word of seven letters or more is compiled once
 * into a {@link LevenshteinAutomata} (one edit up to ten letters, two from eleven; shorter words are too often another real word: "hoping" is not "hopping"), the first
 * letter must match (FuzzyQuery's prefix length 1), and a word the lexicon already knows is never
 * changed. Thread-safe after construction.
 */
final class Speller {
    private record Entry(String word, String stem, CharacterRunAutomaton automaton) {}

    private static final int MIN_LENGTH = 7;
    private static final int TWO_EDITS_FROM = 11;

    private final Set<String> knownStems;
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();

    /** {@code words} maps each surface word of the lexicon to its stem. */
    Speller(Map<String, String> words, Set<String> knownStems) {
        this.knownStems = Set.copyOf(knownStems);
        words.forEach((word, stem) -> {
            if (word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
                return;
            }
            int edits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
            CharacterRunAutomaton a = new CharacterRunAutomaton(
                    new LevenshteinAutomata(word.substring(1), true).toAutomaton(edits, word.substring(0, 1)));
            byPrefix.computeIfAbsent(word.substring(0, 1), k -> new ArrayList<>())
                    .add(new Entry(word, stem, a));
        });
    }

    /** The stem to use for a word as typed: its own when known, else the nearest lexicon word's. */
    String correct(String stem, String surface) {
        if (knownStems.contains(stem) || surface.length() < MIN_LENGTH) {
            return stem;
        }
        List<Entry> candidates = byPrefix.get(surface.substring(0, 1));
        if (candidates == null) {
            return stem;
        }
        for (Entry e : candidates) {
            if (Math.abs(e.word().length() - surface.length()) <= 2
                    && e.automaton().run(surface)) {
                return e.stem();
            }
        }
        return stem;
    }
}

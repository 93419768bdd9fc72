package org.runmend.library;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.runmend.intake.StoryAnalyzer;
import org.runmend.knowledge.LibraryInfo;

/**
 * The analyzers of the guide search: the story reader's own chain ({@link StoryAnalyzer}: UAX #29
 * words, possessive dropped, lower case, accents folded, the lexicon's spellings, Porter stems;
 * stop words kept so that "top of the foot" stays a phrase), so a search reads a runner's words
 * exactly as the pain check's story box does. Queries then go through the runners' words of
 * {@code library.json}, so "instep" also searches "top of the foot" and "hind leg" also searches
 * "calf" and "hamstring". Synonyms are applied at query time only, where a synonym graph turns
 * multi-word synonyms into phrase queries.
 */
final class RunnersWords {
    private RunnersWords() {}

    /** Words too common to find a guide by on their own: English stop words and a runner's "my pain after". */
    private static final List<String> COMMON = List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
            "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
            "will", "with", "i", "me", "my", "after", "when", "what", "why", "how", "from", "do", "does", "have", "has",
            "can", "get", "got");

    /** The common words as the index chain writes them ("this" is stemmed to "thi"). */
    static Set<String> stopWords(Analyzer index) {
        Set<String> out = new HashSet<>();
        for (String w : COMMON) {
            try (TokenStream ts = index.tokenStream("body", w)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse the common words", e);
            }
        }
        return Set.copyOf(out);
    }

    /** The analyzer for what a runner types: the index chain plus the runners' words. */
    static Analyzer query(StoryAnalyzer index, List<LibraryInfo.Synonym> synonyms) {
        return index.withSynonyms(map(index, synonyms));
    }

    static SynonymMap map(Analyzer base, List<LibraryInfo.Synonym> synonyms) {
        try {
            Rules rules = new Rules(base);
            CharsRefBuilder scratch = new CharsRefBuilder();
            for (LibraryInfo.Synonym s : synonyms) {
                if (s.isEquivalence()) {
                    for (String a : s.same()) {
                        for (String b : s.same()) {
                            if (!a.equals(b)) {
                                rules.add(rules.analyze(a, scratch), rules.analyze(b, new CharsRefBuilder()), true);
                            }
                        }
                    }
                } else {
                    for (String w : s.words()) {
                        for (String m : s.means()) {
                            rules.add(rules.analyze(w, scratch), rules.analyze(m, new CharsRefBuilder()), true);
                        }
                    }
                }
            }
            return rules.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the runners' words", e);
        }
    }

    /** Gives access to {@link SynonymMap.Parser#analyze}, which runs a word through the index chain. */
    private static final class Rules extends SynonymMap.Parser {
        Rules(Analyzer analyzer) {
            super(true, analyzer);
        }

        @Override
        public void parse(Reader in) {
            throw new UnsupportedOperationException("rules come from library.json");
        }

        @Override
        public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
            return super.analyze(text, reuse);
        }
    }
}

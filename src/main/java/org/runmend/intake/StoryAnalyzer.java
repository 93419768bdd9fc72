package org.runmend.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * The one analysis chain for a runner's words, shared by the story reader and the guide search:
 * curly quotes made straight, Unicode word boundaries ({@link StandardTokenizer}, UAX #29),
 * possessive "'s" dropped, lower case, accents folded, one word for each spelling of a word
 * (British and American spellings, contractions, irregular plurals: a {@link SynonymGraphFilter}
 * of single words, so positions stay one token each), then Porter stems, keeping the words the
 * stemmer would merge with a different word ("tendonitis" is not "tendon").
 */
public final class StoryAnalyzer extends Analyzer {
    /** Words the Porter stemmer would merge with a different word. */
    private static final CharArraySet NOT_STEMMED = CharArraySet.unmodifiableSet(new CharArraySet(
            List.of(
                    "tendonitis",
                    "tendinitis",
                    "tendinosis",
                    "fasciitis",
                    "bursitis",
                    "sciatica",
                    "numb",
                    "numbness",
                    "tingling",
                    "tingle",
                    "general",
                    "generally"),
            false));

    private static final NormalizeCharMap QUOTES = quotes();

    private final SynonymMap spellings;
    private final SynonymMap after;

    private StoryAnalyzer(SynonymMap spellings, SynonymMap after) {
        this.spellings = spellings;
        this.after = after;
    }

    private StoryAnalyzer(SynonymMap spellings) {
        this(spellings, null);
    }

    /**
     * This chain followed by a graph of synonyms over the stems (the guide search's runners' words,
     * where "instep" also searches "top of the foot"); multi-word synonyms come out as a graph for
     * phrase queries.
     */
    public StoryAnalyzer withSynonyms(SynonymMap synonyms) {
        return new StoryAnalyzer(spellings, synonyms);
    }

    /** The chain without spelling variants. */
    public static StoryAnalyzer plain() {
        return new StoryAnalyzer(null);
    }

    /**
     * The chain with one word for each spelling: {@code variants} maps a single word as typed
     * (after lower case and folding) to the single word it stands for.
     */
    public static StoryAnalyzer withSpellings(Map<String, String> variants) {
        if (variants.isEmpty()) {
            return plain();
        }
        try {
            SynonymMap.Builder b = new SynonymMap.Builder(true);
            variants.forEach((from, to) -> b.add(new CharsRef(from), new CharsRef(to), false));
            return new StoryAnalyzer(b.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the spelling map", e);
        }
    }

    private static NormalizeCharMap quotes() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("\u2019", "'");
        b.add("\u2018", "'");
        b.add("\u02bc", "'");
        b.add("`", "'");
        return b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(QUOTES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        if (spellings != null) {
            ts = new SynonymGraphFilter(ts, spellings, true);
        }
        ts = new SetKeywordMarkerFilter(ts, NOT_STEMMED);
        ts = new PorterStemFilter(ts);
        if (after != null) {
            ts = new SynonymGraphFilter(ts, after, true);
        }
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

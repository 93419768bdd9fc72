package org.runmend.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.runmend.intake.StoryAnalyzer;
import org.runmend.knowledge.LibraryInfo;

/**
 * The full-text index of the guides, in memory: built once from the guides, read by many
 * threads. Queries are plain words, never Lucene syntax, so nothing a runner types can break it.
 */
final class GuideIndex {
    /** Field, boost: a word in a title counts most, then the summary, then the rest of the guide. */
    private static final Map<String, Float> FIELDS = Map.of("title", 6f, "summary", 2f, "body", 1f);

    private static final int MAX_WORDS = 32;
    private static final int SNIPPET_CHARS = 240;
    private static final FieldType WITH_OFFSETS = withOffsets();
    /**
     * A guide is shown only when it scores at least this share of the best guide's score: the
     * rest matched a passing word ("heel" in a knee guide) and would bury the answer.
     */
    static final float RELATIVE_CUT_OFF = 0.15f;
    /**
     * Words too common in the library to say what a search is about; a guide need not contain
     * them, but it must contain every other word of the search (or a synonym of it).
     */
    private static final Set<String> GENERIC = Set.of(
            "pain",
            "painful",
            "pains",
            "hurt",
            "hurts",
            "hurting",
            "sore",
            "soreness",
            "ache",
            "aches",
            "aching",
            "run",
            "runs",
            "running",
            "ran",
            "runner",
            "runners",
            "runner's",
            "after",
            "during",
            "before",
            "when",
            "while",
            "long",
            "short",
            "bad",
            "really",
            "very",
            "left",
            "right",
            "side",
            "both",
            "legs",
            "leg",
            "injury",
            "injuries",
            "problem",
            "problems",
            "help",
            "treatment",
            "what",
            "why",
            "how");

    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final StoryAnalyzer indexAnalyzer;
    private final Set<String> stopWords;

    GuideIndex(List<Guide> guides, List<LibraryInfo.Synonym> synonyms, StoryAnalyzer words) {
        this.indexAnalyzer = words;
        this.queryAnalyzer = RunnersWords.query(words, synonyms);
        this.stopWords = RunnersWords.stopWords(words);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
            for (Guide g : guides) {
                Document doc = new Document();
                doc.add(new StringField("slug", g.slug(), Field.Store.YES));
                doc.add(new TextField("title", g.title(), Field.Store.YES));
                doc.add(new Field("summary", g.summary(), WITH_OFFSETS));
                doc.add(new Field("body", body(g), WITH_OFFSETS));
                writer.addDocument(doc);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the guide index in memory", e);
        }
    }

    private static FieldType withOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The guide as one text of sentences, so the highlighter's passages are whole sentences. */
    static String body(Guide g) {
        StringBuilder b = new StringBuilder();
        for (Guide.Section s : g.sections()) {
            sentence(b, s.heading());
            for (Guide.Entry e : s.entries()) {
                sentence(b, e.title());
                sentence(b, e.text());
                e.steps().forEach(step -> sentence(b, step));
                e.cautions().forEach(c -> sentence(b, c));
            }
        }
        return b.toString().trim();
    }

    private static void sentence(StringBuilder b, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String t = text.strip();
        b.append(t);
        if (!t.endsWith(".") && !t.endsWith("!") && !t.endsWith("?") && !t.endsWith(":")) {
            b.append('.');
        }
        b.append(' ');
    }

    List<SearchHit> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        Query query = query(text);
        if (query == null) {
            return List.of();
        }
        try {
            TopDocs all = searcher.search(query, limit);
            Set<Integer> fitting = fitting(text);
            ScoreDoc[] kept = Arrays.stream(all.scoreDocs)
                    .filter(d -> fitting == null || fitting.contains(d.doc))
                    .toArray(ScoreDoc[]::new);
            if (kept.length == 0) {
                return List.of();
            }
            float best = kept[0].score;
            kept = Arrays.stream(kept)
                    .filter(d -> d.score >= RELATIVE_CUT_OFF * best)
                    .toArray(ScoreDoc[]::new);
            TopDocs top = new TopDocs(all.totalHits, kept);
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
            Map<String, Object[]> passages = highlighter().best(query, docs);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = searcher.storedFields().document(sd.doc);
                SearchHit.Snippet snippet = passages.get("summary")[i] instanceof SearchHit.Snippet s
                        ? s
                        : passages.get("body")[i] instanceof SearchHit.Snippet s
                                ? s
                                : SearchHit.Snippet.plain(shorten(doc.get("summary")));
                String slug = doc.get("slug");
                Guide.Kind kind =
                        slug.startsWith(Guide.Kind.REGION.id() + "/") ? Guide.Kind.REGION : Guide.Kind.CONDITION;
                hits.add(new SearchHit(slug, kind, doc.get("title"), snippet, sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the in-memory guide index", e);
        }
    }

    /**
     * The guides that contain every telling word of the search (not a stop word, not a word as
     * common as "pain" or "running"), each word or one of its synonyms in any field, and those
     * that contain the whole search as a phrase or one of its runners' synonyms ("jumper's knee"
     * finds patellar tendinopathy); null when the search has no telling word, so every guide may fit.
     */
    private Set<Integer> fitting(String text) throws IOException {
        Set<Integer> out = everyWord(text);
        if (out == null) {
            return null;
        }
        QueryBuilder builder = builder();
        String words = String.join(
                " ", Arrays.stream(text.strip().split("\\s+")).limit(MAX_WORDS).toList());
        for (String field : FIELDS.keySet()) {
            Query phrase = builder.createPhraseQuery(field, words);
            if (phrase != null) {
                for (ScoreDoc d : searcher.search(
                                phrase, Math.max(1, searcher.getIndexReader().maxDoc()))
                        .scoreDocs) {
                    out.add(d.doc);
                }
            }
        }
        return out;
    }

    private Set<Integer> everyWord(String text) throws IOException {
        Set<Integer> out = null;
        for (String word : text.strip().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+", -1)) {
            if (word.isBlank() || GENERIC.contains(word) || stopWords.contains(word)) {
                continue;
            }
            Query q = query(word);
            if (q == null) {
                continue;
            }
            Set<Integer> docs = new java.util.HashSet<>();
            for (ScoreDoc d :
                    searcher.search(q, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                docs.add(d.doc);
            }
            Query fuzzy = docs.isEmpty() ? fuzzy(word) : null;
            if (fuzzy != null) {
                for (ScoreDoc d : searcher.search(
                                fuzzy, Math.max(1, searcher.getIndexReader().maxDoc()))
                        .scoreDocs) {
                    docs.add(d.doc);
                }
            }
            if (out == null) {
                out = docs;
            } else {
                out.retainAll(docs);
            }
        }
        return out;
    }

    /**
     * A word no guide contains, looked for as a misspelling ("achillies", "plantar fasciatis"):
     * Lucene's {@link FuzzyQuery} over its stem in every field, one edit for a word of five to seven
     * letters and two from eight, the first letter kept; null for a shorter word or one that is no word.
     */
    private Query fuzzy(String word) {
        if (word.length() < 5) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream ts = indexAnalyzer.tokenStream("body", word)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a search word", e);
        }
        if (terms.size() != 1 || stopWords.contains(terms.get(0))) {
            return null;
        }
        int edits = word.length() >= 8 ? 2 : 1;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> f : FIELDS.entrySet()) {
            any.add(
                    new BoostQuery(new FuzzyQuery(new Term(f.getKey(), terms.get(0)), edits, 1), f.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * Each field searched for the words (and their runners' synonyms, multi-word ones as phrases),
     * any word may match; the field boosts weigh where it matched. A word no guide contains is also
     * searched as a misspelling ({@link #fuzzy}).
     */
    Query query(String text) {
        Query plain = plainQuery(text);
        BooleanQuery.Builder withFuzzy = new BooleanQuery.Builder();
        boolean fuzzyAdded = false;
        try {
            for (String word : text.strip().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+", -1)) {
                if (word.isBlank() || GENERIC.contains(word) || stopWords.contains(word)) {
                    continue;
                }
                Query exact = plainQuery(word);
                if (exact != null && searcher.count(exact) > 0) {
                    continue;
                }
                Query fuzzy = fuzzy(word);
                if (fuzzy != null) {
                    withFuzzy.add(fuzzy, BooleanClause.Occur.SHOULD);
                    fuzzyAdded = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the in-memory guide index", e);
        }
        if (!fuzzyAdded) {
            return plain;
        }
        if (plain != null) {
            withFuzzy.add(plain, BooleanClause.Occur.SHOULD);
        }
        return withFuzzy.build();
    }

    private Query plainQuery(String text) {
        String words = String.join(
                " ", Arrays.stream(text.strip().split("\\s+")).limit(MAX_WORDS).toList());
        QueryBuilder builder = builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, Float> f : FIELDS.entrySet()) {
            Query q = builder.createBooleanQuery(f.getKey(), words);
            if (q != null) {
                all.add(new BoostQuery(q, f.getValue()), BooleanClause.Occur.SHOULD);
                any = true;
            }
            Query phrase = builder.createPhraseQuery(f.getKey(), words);
            if (phrase != null && !phrase.equals(q)) {
                all.add(new BoostQuery(phrase, f.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return any ? all.build() : null;
    }

    /** Runners' synonyms, multi-word ones as phrases; a lone stop word matches nothing. */
    private QueryBuilder builder() {
        QueryBuilder builder = new QueryBuilder(queryAnalyzer) {
            @Override
            protected Query newTermQuery(Term term, float boost) {
                // a lone "the" or "my" would match every guide; inside a phrase it still counts
                return stopWords.contains(term.text())
                        ? new MatchNoDocsQuery("stop word")
                        : super.newTermQuery(term, boost);
            }
        };
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return builder;
    }

    private Highlighter highlighter() {
        return new Highlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaxLength(1_000_000)
                .withFormatter(new SnippetFormatter()));
    }

    /**
     * Gives the best passage of the summary and of the body as the {@link SnippetFormatter}'s
     * object, not a string; the summary's is shown when it matched, as it says what the guide is about.
     */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Map<String, Object[]> best(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {"summary", "body"}, query, docs, new int[] {1, 1});
        }
    }

    private static String shorten(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, cut < 0 ? SNIPPET_CHARS : cut) + " …";
    }

    /** Turns the best passage into a {@link SearchHit.Snippet}, cut to about {@value #SNIPPET_CHARS} characters. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0 || passages[0].getNumMatches() == 0) {
                return null; // no match in this field: the next field, or the plain summary
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (p.getNumMatches() > 0 && end - start > SNIPPET_CHARS) {
                int first = p.getMatchStarts()[0];
                start = Math.max(start, first - SNIPPET_CHARS / 3);
                int space = content.indexOf(' ', start);
                if (start > p.getStartOffset() && space >= 0 && space < first) {
                    start = space + 1;
                }
                end = Math.min(end, start + SNIPPET_CHARS);
                int lastSpace = content.lastIndexOf(' ', end);
                if (end < p.getEndOffset() && lastSpace > start) {
                    end = lastSpace;
                }
            }
            List<SearchHit.Snippet.Part> parts = new ArrayList<>();
            if (start > p.getStartOffset()) {
                parts.add(new SearchHit.Snippet.Part("… ", false));
            }
            int at = start;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = Math.max(p.getMatchStarts()[i], at);
                int me = Math.min(p.getMatchEnds()[i], end);
                if (ms >= me) {
                    continue;
                }
                if (ms > at) {
                    parts.add(new SearchHit.Snippet.Part(content.substring(at, ms), false));
                }
                parts.add(new SearchHit.Snippet.Part(content.substring(ms, me), true));
                at = me;
            }
            if (at < end) {
                parts.add(new SearchHit.Snippet.Part(content.substring(at, end).stripTrailing(), false));
            }
            if (end < p.getEndOffset()) {
                parts.add(new SearchHit.Snippet.Part(" …", false));
            }
            return new SearchHit.Snippet(parts);
        }
    }
}

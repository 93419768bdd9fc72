package org.runmend.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text cut into sentences ({@link BreakIterator}'s English rules; also at line breaks, semicolons and at a
 * full stop before a lower-case word, as runners type) and analysed
 * words, fillers left out: each word knows its stem, where it stands in the text, its sentence and
 * whether a comma or a dash comes just before it.
 */
final class Tokens {
    /** One analysed word. */
    record Token(String term, String surface, int start, int end, int sentence, boolean pauseBefore) {}

    private Tokens() {}

    static List<Token> of(String text, Analyzer analyzer, Set<String> fillers, Speller speller) {
        List<int[]> sentences = sentences(text);
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("story", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int s = 0;
            int lastEnd = 0;
            while (ts.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                while (s < sentences.size() - 1 && start >= sentences.get(s)[1]) {
                    s++;
                }
                String t = term.toString();
                String surface =
                        text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (fillers.contains(t)) {
                    continue;
                }
                boolean pause = false;
                for (int i = lastEnd; i < start && i < text.length(); i++) {
                    char ch = text.charAt(i);
                    pause |= ch == ','
                            || ch == '('
                            || ch == ')'
                            || ch == ':'
                            || ch == '\u2013'
                            || ch == '\u2014'
                            || (ch == '-' && i > 0 && text.charAt(i - 1) == ' ');
                }
                String fixed = speller == null ? t : speller.correct(t, surface);
                out.add(new Token(fixed, surface, start, end, s, pause));
                lastEnd = end;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a story in memory", e);
        }
        return out;
    }

    /** Sentence bounds [start, end) by the JDK's English sentence rules, also cut at line breaks. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int from = start;
            for (int i = start; i < end; i++) {
                char ch = text.charAt(i);
                boolean stop = (ch == '.' || ch == '!' || ch == '?')
                        && i + 2 < end
                        && Character.isWhitespace(text.charAt(i + 1))
                        && Character.isLowerCase(text.charAt(i + 2))
                        && i - from > 3;
                if (ch == '\n' || ch == ';' || stop) {
                    out.add(new int[] {from, i + 1});
                    from = i + 1;
                }
            }
            out.add(new int[] {from, end});
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, text.length()});
        }
        return out;
    }

    /** The stems of a phrase's words, fillers left out. */
    static List<String> terms(String phrase, Analyzer analyzer, Set<String> fillers) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("phrase", phrase)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (fillers == null || !fillers.contains(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a phrase in memory", e);
        }
        return out;
    }
}

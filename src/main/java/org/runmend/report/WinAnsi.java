package org.runmend.report;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes any text drawable with the standard 14 PDF fonts, which only encode WinAnsi (Windows-1252).
 * Knowledge-base and diary text may hold characters outside it ({@code ≥}, {@code →}, Greek
 * letters); PDFBox throws on those, so they are spelt out, stripped of accents, or shown as '?'.
 */
final class WinAnsi {
    private static final Map<Integer, String> SPELT = Map.ofEntries(
            Map.entry((int) '≥', ">="),
            Map.entry((int) '≤', "<="),
            Map.entry((int) '≠', "!="),
            Map.entry((int) '≈', "~"),
            Map.entry((int) '→', "->"),
            Map.entry((int) '←', "<-"),
            Map.entry((int) '↑', "up"),
            Map.entry((int) '↓', "down"),
            Map.entry((int) '−', "-"),
            Map.entry((int) '‐', "-"),
            Map.entry((int) '‑', "-"),
            Map.entry((int) '‒', "-"),
            Map.entry((int) '―', "-"),
            Map.entry((int) '\u00A0', " "),
            Map.entry((int) '\u2009', " "),
            Map.entry((int) '\u202F', " "),
            Map.entry((int) '\t', " "),
            Map.entry((int) '✓', "yes"),
            Map.entry((int) '✗', "no"),
            Map.entry((int) 'α', "alpha"),
            Map.entry((int) 'β', "beta"),
            Map.entry((int) 'Δ', "delta"),
            Map.entry((int) '∞', "infinity"),
            Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ı', "i"));
    private static final PDType1Font PROBE = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final Map<Integer, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private WinAnsi() {}

    /** The text with every character the standard fonts cannot show replaced; line breaks become spaces. */
    static String sanitise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(replace(cp)));
        return out.toString();
    }

    private static String replace(int cp) {
        String spelt = SPELT.get(cp);
        if (spelt != null) {
            return spelt;
        }
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
            return " ";
        }
        if (encodable(cp)) {
            return Character.toString(cp);
        }
        String stripped = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        if (!stripped.isEmpty() && stripped.codePoints().allMatch(WinAnsi::encodable)) {
            return stripped;
        }
        return "?";
    }

    private static boolean encodable(int cp) {
        return ENCODABLE.computeIfAbsent(cp, c -> {
            try {
                PROBE.encode(Character.toString(c));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}

package org.runmend.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * A top-to-bottom flow of text, tables and drawings over as many A4 pages as it needs. Keeps a
 * cursor; anything that would cross the bottom margin starts a new page, and text is wrapped to
 * the column so nothing runs off the page. All text goes through {@link WinAnsi#sanitise}.
 * Not thread-safe: one per document.
 */
final class Layout implements AutoCloseable {
    static final float MARGIN = 50;
    static final float TOP = PDRectangle.A4.getHeight() - 50;
    static final float BOTTOM = 60;
    static final float LEFT = MARGIN;
    static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private final PDDocument doc = new PDDocument();
    private PDPageContentStream cs;
    private float y;

    /** A table row; {@code shaded} rows get a tinted background (e.g. a load spike). */
    record Row(List<String> cells, boolean shaded) {
        Row(String... cells) {
            this(List.of(cells), false);
        }
    }

    Layout(String title) {
        doc.getDocumentInformation().setTitle(WinAnsi.sanitise(title));
        doc.getDocumentInformation().setCreator("RunMend");
        newPage();
    }

    PDDocument document() {
        return doc;
    }

    float y() {
        return y;
    }

    void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDPageContentStream canvas() {
        return cs;
    }

    /** A section heading, kept on the same page as the first lines after it. */
    void heading(String text) {
        heading(text, 3 * 14);
    }

    /** A section heading, kept on the same page as the {@code keepWith} points that follow it. */
    void heading(String text, float keepWith) {
        ensure(14 + 16 + keepWith);
        gap(14);
        y -= 13;
        text(LEFT, y, text, bold, 13);
        y -= 4;
        rule(LEFT, y, RIGHT, y, 0.6f, 0.6f, 0.6f, 0.6f);
        y -= 8;
    }

    /** Wrapped text in the full column, or indented. */
    void paragraph(String text, PDFont font, float size, float indent) {
        float leading = size * 1.3f;
        for (String line : wrap(text, font, size, WIDTH - indent)) {
            ensure(leading);
            y -= leading;
            text(LEFT + indent, y + size * 0.25f, line, font, size);
        }
    }

    void paragraph(String text) {
        paragraph(text, regular, 10, 0);
    }

    /** A bullet item: the bullet hangs, the text wraps under itself. */
    void bullet(String text, PDFont font, float size, float indent) {
        float leading = size * 1.3f;
        List<String> lines = wrap(text, font, size, WIDTH - indent - 10);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            y -= leading;
            if (i == 0) {
                text(LEFT + indent, y + size * 0.25f, "\u2022", font, size);
            }
            text(LEFT + indent + 10, y + size * 0.25f, lines.get(i), font, size);
        }
    }

    /** A label and its value on one line, the value wrapping in its own column. */
    void field(String label, String value, float labelWidth) {
        float size = 10;
        float leading = size * 1.3f;
        List<String> lines = wrap(value, regular, size, WIDTH - labelWidth);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            y -= leading;
            if (i == 0) {
                text(LEFT, y + size * 0.25f, label, bold, size);
            }
            text(LEFT + labelWidth, y + size * 0.25f, lines.get(i), regular, size);
        }
    }

    /**
     * A table whose cells wrap; a row never splits across pages, and the header is repeated on
     * every page the table continues on.
     */
    void table(float[] widths, List<String> header, List<Row> rows) {
        float size = 9;
        float leading = size * 1.3f;
        float pad = 3;
        List<List<String>> head = wrapCells(header, widths, size, pad, bold);
        float headHeight = height(head, leading, pad);
        int maxLines = (int) ((TOP - BOTTOM - headHeight - 2 * pad) / leading);
        List<List<List<String>>> wrappedRows = new ArrayList<>();
        for (Row r : rows) {
            wrappedRows.add(truncate(wrapCells(r.cells(), widths, size, pad, regular), maxLines));
        }
        float firstRow = wrappedRows.isEmpty() ? 0 : height(wrappedRows.get(0), leading, pad);
        ensure(headHeight + firstRow);
        drawRow(head, widths, size, leading, pad, bold, new float[] {0.88f, 0.90f, 0.93f});
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> cells = wrappedRows.get(i);
            float h = height(cells, leading, pad);
            if (y - h < BOTTOM) {
                newPage();
                drawRow(head, widths, size, leading, pad, bold, new float[] {0.88f, 0.90f, 0.93f});
            }
            float[] fill = rows.get(i).shaded() ? new float[] {1f, 0.88f, 0.80f} : null;
            drawRow(cells, widths, size, leading, pad, regular, fill);
        }
    }

    private List<List<String>> wrapCells(List<String> cells, float[] widths, float size, float pad, PDFont font) {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < cells.size() ? cells.get(c) : "";
            out.add(wrap(cell, font, size, widths[c] - 2 * pad));
        }
        return out;
    }

    /** A row never splits across pages, so a cell taller than a page is cut, ending in an ellipsis. */
    private static List<List<String>> truncate(List<List<String>> cells, int maxLines) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> lines : cells) {
            if (lines.size() <= maxLines) {
                out.add(lines);
            } else {
                List<String> cut = new ArrayList<>(lines.subList(0, maxLines - 1));
                cut.add("\u2026");
                out.add(cut);
            }
        }
        return out;
    }

    private static float height(List<List<String>> cells, float leading, float pad) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * leading + 2 * pad;
    }

    private void drawRow(
            List<List<String>> cells, float[] widths, float size, float leading, float pad, PDFont font, float[] fill) {
        float h = height(cells, leading, pad);
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        try {
            if (fill != null) {
                cs.setNonStrokingColor(fill[0], fill[1], fill[2]);
                cs.addRect(LEFT, y - h, total, h);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = LEFT;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = cells.get(c);
            for (int l = 0; l < lines.size(); l++) {
                text(x + pad, y - pad - (l + 1) * leading + size * 0.3f, lines.get(l), font, size);
            }
            x += widths[c];
        }
        y -= h;
        rule(LEFT, y, LEFT + total, y, 0.4f, 0.75f, 0.75f, 0.75f);
    }

    /** Draws one line of text as is (already fitted); sanitised for the standard fonts. */
    void text(float x, float baseline, String text, PDFont font, float size) {
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(WinAnsi.sanitise(text));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text turned a quarter left, reading bottom to top (a vertical axis label). */
    void verticalText(float x, float baseline, String text, PDFont font, float size) {
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, baseline));
            cs.showText(WinAnsi.sanitise(text));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float y1, float x2, float y2, float lineWidth, float r, float g, float b) {
        try {
            cs.setStrokingColor(r, g, b);
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(WinAnsi.sanitise(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces where it can, inside a word
     * when a single word is too long. Line breaks in the text start new lines.
     */
    List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        String source = text == null ? "" : text;
        for (String paragraph : source.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : WinAnsi.sanitise(paragraph).trim().split(" +", -1)) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width) {
                    int fit = 1;
                    while (fit < word.length() && width(word.substring(0, fit + 1), font, size) <= width) {
                        fit++;
                    }
                    lines.add(word.substring(0, fit));
                    word = word.substring(fit);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Closes the last page, stamps every page's footer and returns the PDF. */
    byte[] finish(java.util.function.IntFunction<String> footerLeft) {
        try {
            cs.close();
            cs = null;
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream footer =
                        new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PDPageContentStream body = cs;
                    cs = footer;
                    rule(LEFT, 42, RIGHT, 42, 0.4f, 0.6f, 0.6f, 0.6f);
                    String number = "Page " + (i + 1) + " of " + pages;
                    text(LEFT, 30, fit(footerLeft.apply(i + 1), italic, 8, WIDTH - 70), italic, 8);
                    text(RIGHT - width(number, regular, 8), 30, number, regular, 8);
                    cs = body;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, cut with an ellipsis if it is wider than {@code width}. */
    String fit(String text, PDFont font, float size, float width) {
        String s = WinAnsi.sanitise(text);
        if (width(s, font, size) <= width) {
            return s;
        }
        while (!s.isEmpty() && width(s + "\u2026", font, size) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }

    @Override
    public void close() {
        try {
            if (cs != null) {
                cs.close();
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

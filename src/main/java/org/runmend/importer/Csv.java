package org.runmend.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes. Read one
 * row at a time from a stream, so a file's size never decides the memory it needs; empty lines
 * are skipped without keeping anything. A row with more than {@code maxCells} cells, or a cell
 * longer than {@code maxCellChars}, is a {@link TooBig}: a hostile file cannot make one huge row.
 */
final class Csv {
    /** A row or cell over its limit. */
    static final class TooBig extends IOException {
        private static final long serialVersionUID = 1L;

        TooBig(String message) {
            super(message);
        }
    }

    private final Reader in;
    private final int maxCells;
    private final int maxCellChars;
    private int pushedBack = -2;

    Csv(Reader in, int maxCells, int maxCellChars) {
        this.in = in;
        this.maxCells = maxCells;
        this.maxCellChars = maxCellChars;
    }

    /** All rows of a small text (tests, short files). */
    static List<List<String>> parse(String text) {
        Csv csv = new Csv(new StringReader(text), Integer.MAX_VALUE, Integer.MAX_VALUE);
        List<List<String>> rows = new ArrayList<>();
        try {
            for (List<String> r; (r = csv.next()) != null; ) {
                rows.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** The next row that has anything in it, or null at the end. */
    List<String> next() throws IOException {
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int c; ; ) {
            c = read();
            if (c < 0) {
                if (any || cell.length() > 0) {
                    add(row, cell);
                    return row;
                }
                return null;
            }
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        append(cell, '"');
                    } else {
                        quoted = false;
                        pushedBack = d;
                    }
                } else {
                    append(cell, (char) c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                add(row, cell);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                if (any || cell.length() > 0) {
                    add(row, cell);
                    return row;
                }
                row.clear();
                cell.setLength(0);
            } else {
                append(cell, (char) c);
                any = true;
            }
        }
    }

    private void add(List<String> row, StringBuilder cell) throws TooBig {
        if (row.size() >= maxCells) {
            throw new TooBig("a row has more than " + maxCells + " cells");
        }
        row.add(cell.toString());
        cell.setLength(0);
    }

    private void append(StringBuilder cell, char c) throws TooBig {
        if (cell.length() >= maxCellChars) {
            throw new TooBig("a cell is longer than " + maxCellChars + " characters");
        }
        cell.append(c);
    }
}

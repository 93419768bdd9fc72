package org.runmend.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Sport;

/**
 * A Strava bulk export: {@code activities.csv} and {@code activities/} with {@code .gpx},
 * {@code .tcx}, {@code .fit} files, each possibly {@code .gz}. Every activity file is read
 * with the single-file readers; names and sports missing from a file (GPX without
 * {@code <type>}, FIT without a name) are taken from the CSV row whose {@code Filename} is
 * that entry. Other entries (media, profile) are ignored.
 *
 * <p>Safety: an entry whose path has a {@code ..} segment or is absolute is refused; each entry
 * and the whole archive are limited by {@link Limits} on the bytes really inflated (through a
 * gzip layer too), never on the sizes the ZIP headers claim. A refused or unreadable entry is
 * recorded in {@link ImportResult#refused()} and the rest of the archive goes on. The archive
 * is read with {@link ZipFile} (random access, so a refused entry is never inflated to its
 * end); an uploaded stream is first copied to a temporary file, itself limited to the total.
 *
 * <p>Memory: the CSV is read first (it is small), then each activity entry is parsed and handed to
 * the {@link ImportSink} before the next is read, so nothing grows with the number of entries
 * but the ZIP's own directory.
 */
final class StravaExportReader {
    private record CsvRow(String name, String type) {}

    private final Importer importer;
    private final Limits limits;

    StravaExportReader(Importer importer, Limits limits) {
        this.importer = importer;
        this.limits = limits;
    }

    void read(String zipName, InputStream in, ImportSink sink) throws ImportException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("runmend-import-", ".zip");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                new LimitedInputStream(in, limits.maxTotalBytes(), null).transferTo(out);
            }
            read(zipName, tmp, sink);
        } catch (IOException e) {
            throw Importer.classify(zipName, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private void read(String zipName, Path zip, ImportSink sink) throws ImportException {
        int found = 0;
        int refusedCount = 0;
        LimitedInputStream.Budget budget = new LimitedInputStream.Budget(limits.maxTotalBytes());
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Map<String, CsvRow> csv = new HashMap<>();
            Enumeration<? extends ZipEntry> csvEntries = zf.entries();
            while (csvEntries.hasMoreElements()) {
                ZipEntry e = csvEntries.nextElement();
                String lower = e.getName().toLowerCase(Locale.ROOT);
                if (e.isDirectory()
                        || !isSafe(e.getName())
                        || !(lower.equals("activities.csv") || lower.endsWith("/activities.csv"))) {
                    continue;
                }
                String label = zipName + "!" + e.getName();
                try (InputStream in = zf.getInputStream(e)) {
                    List<ImportWarning> csvWarnings = new ArrayList<>();
                    Map<String, CsvRow> rows = parseCsv(
                            new java.io.InputStreamReader(
                                    new LimitedInputStream(in, Math.min(limits.maxFileBytes(), MAX_CSV_BYTES), budget),
                                    StandardCharsets.UTF_8),
                            label,
                            csvWarnings);
                    csv.putAll(rows);
                    csvWarnings.forEach(sink::warning);
                } catch (IOException ex) {
                    // the activities are still imported, only without the names and sports of the CSV
                    sink.refused(
                            ex instanceof Csv.TooBig || ex instanceof LimitedInputStream.LimitExceeded
                                    ? new UnsafeContentException(
                                            label,
                                            "refused: " + ex.getMessage()
                                                    + "; the activity files were read without its names and sports")
                                    : Importer.classify(label, ex));
                    refusedCount++;
                }
            }
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String entryName = e.getName();
                String label = zipName + "!" + entryName;
                if (!isSafe(entryName)) {
                    sink.refused(new UnsafeContentException(
                            label, "refused: the entry path is absolute or contains '..' (zip slip)"));
                    refusedCount++;
                    continue;
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (Format.byName(entryName).filter(f -> !f.isArchive()).isEmpty()) {
                    continue;
                }
                Repairs repairs = new Repairs(label, importer.mode());
                try (InputStream in = zf.getInputStream(e)) {
                    List<Activity> got = importer.readSingle(label, in, budget, repairs);
                    repairs.warnings().forEach(sink::warning);
                    CsvRow row = csv.get(entryName);
                    for (Activity a : got) {
                        boolean sportNamed = repairs.namesSport(a);
                        Activity named = withCsv(a, row, sportNamed);
                        Activity g = named.sport() == Sport.OTHER && !sportNamed ? SportGuess.guess(named) : named;
                        if (g.sport() != named.sport()) {
                            sink.warning(new ImportWarning(named.sourceName(), SportGuess.warning(g)));
                        }
                        sink.activity(g);
                        found++;
                    }
                } catch (ImportException ex) {
                    sink.refused(ex);
                    refusedCount++;
                    repairs.warnings().forEach(sink::warning);
                } catch (IOException ex) {
                    sink.refused(Importer.classify(label, ex));
                    refusedCount++;
                    if (ex instanceof LimitedInputStream.LimitExceeded && budget.used() > limits.maxTotalBytes()) {
                        sink.refused(
                                new UnsafeContentException(
                                        zipName,
                                        "stopped: the archive inflates to more than its total limit; later entries were not read"));
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new BadContentException(zipName, "not a readable ZIP archive: " + e.getMessage(), e);
        }
        if (found == 0 && refusedCount == 0) {
            throw new BadContentException(
                    zipName, "no " + Format.activityFileExtensions() + " activity file in the archive");
        }
    }

    /** False for absolute paths ({@code /x}, {@code \x}, {@code C:x}) and any {@code ..} segment. */
    static boolean isSafe(String entryName) {
        if (entryName.isEmpty()
                || entryName.startsWith("/")
                || entryName.startsWith("\\")
                || (entryName.length() > 1 && entryName.charAt(1) == ':')) {
            return false;
        }
        for (String part : entryName.split("[/\\\\]", -1)) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static Activity withCsv(Activity a, CsvRow row, boolean sportNamed) {
        String name = a.name() != null && !a.name().isBlank() ? a.name() : row == null ? null : row.name();
        Sport sport = (!sportNamed || a.sport() == Sport.OTHER) && row != null && row.type() != null
                ? Sport.fromName(row.type())
                : a.sport();
        return a.toBuilder()
                .sport(sport)
                .name(name)
                .source(ActivitySource.STRAVA_EXPORT)
                .build();
    }

    /** The most bytes of activities.csv read: Strava's for 10,000 activities is about 10 MB. */
    static final long MAX_CSV_BYTES = 32L * 1024 * 1024;
    /** The most rows (lines with anything in them) of activities.csv read. */
    static final int MAX_CSV_ROWS = 100_000;
    /** Strava's activities.csv has about 90 columns. */
    static final int MAX_CSV_CELLS = 1_000;
    /** A description may be long; a name is cut to {@link Activity#MAX_NAME} anyway. */
    static final int MAX_CSV_CELL_CHARS = 64 * 1024;

    /**
     * Rows of activities.csv by their Filename column ("activities/123.gpx.gz"), read row by row:
     * only rows naming a file are kept, and at most {@link #MAX_CSV_ROWS} rows are read.
     */
    static Map<String, CsvRow> parseCsv(java.io.Reader text, String label, List<ImportWarning> warnings)
            throws IOException {
        Csv csv = new Csv(new java.io.BufferedReader(text), MAX_CSV_CELLS, MAX_CSV_CELL_CHARS);
        Map<String, CsvRow> out = new HashMap<>();
        List<String> header = csv.next();
        if (header == null) {
            return out;
        }
        int file = indexOf(header, "Filename");
        int name = indexOf(header, "Activity Name");
        int type = indexOf(header, "Activity Type");
        if (file < 0) {
            warnings.add(new ImportWarning(label, "no 'Filename' column: names and sports were not taken from it"));
            return out;
        }
        int rows = 0;
        for (List<String> r; (r = csv.next()) != null; ) {
            if (++rows > MAX_CSV_ROWS) {
                throw new Csv.TooBig("it has more than " + MAX_CSV_ROWS + " rows");
            }
            if (file < r.size() && !r.get(file).isBlank()) {
                String type1 = cell(r, type);
                out.put(
                        r.get(file).trim(),
                        new CsvRow(
                                Activity.cleanName(cell(r, name)),
                                type1 == null || type1.length() > 40 ? null : type1));
            }
        }
        return out;
    }

    private static int indexOf(List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().replace("\uFEFF", "").equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int i) {
        if (i < 0 || i >= row.size() || row.get(i).isBlank()) {
            return null;
        }
        return row.get(i).trim();
    }
}

package org.runmend.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.runmend.activity.Activity;

/**
 * The file formats the importer reads, and the one place that names them: each format's label,
 * its file extensions, how its first bytes are recognised and which reader reads it. The
 * importer, the Strava export reader, the upload page, {@code runmend import} and their messages
 * ask here, so a new format is a reader and one value below (plus fixtures and a section in
 * {@code docs/importer.md}).
 *
 * <p>Any single-file format may also come gzipped ({@code .gz} after its extension).
 */
// the extension lists are List.of and the sniffers and readers stateless lambdas: immutable in fact
@SuppressWarnings("ImmutableEnumChecker")
public enum Format {
    GPX(
            "GPX",
            List.of(".gpx"),
            (head, len, text) -> text.contains("<gpx"),
            (data, repairs, fit) -> new GpxReader().read(data, repairs)),
    TCX(
            "TCX",
            List.of(".tcx"),
            (head, len, text) -> text.contains("<TrainingCenterDatabase"),
            (data, repairs, fit) -> new TcxReader().read(data, repairs)),
    FIT(
            "FIT",
            List.of(".fit"),
            (head, len, text) -> len >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T',
            (data, repairs, fit) -> new FitReader(fit).read(data.readAllBytes(), repairs)),
    /** A Strava bulk export: an archive of files in the formats above, read by {@link StravaExportReader}. */
    ZIP(
            "a Strava export ZIP",
            List.of(".zip"),
            (head, len, text) -> len >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4,
            null);

    /** Tells a format by the first bytes of a file (already gunzipped), and that text decoded as UTF-8. */
    @FunctionalInterface
    interface Sniffer {
        boolean matches(byte[] head, int len, String text);
    }

    /** Reads one (gunzipped) file of the format into activities. */
    @FunctionalInterface
    interface Reader {
        List<Activity> read(InputStream data, Repairs repairs, FitDecoder fit) throws ImportException, IOException;
    }

    private final String label;
    private final List<String> extensions;
    private final Sniffer sniffer;
    private final Reader reader;

    Format(String label, List<String> extensions, Sniffer sniffer, Reader reader) {
        this.label = label;
        this.extensions = extensions;
        this.sniffer = sniffer;
        this.reader = reader;
    }

    /** The name a runner knows it by: "GPX", "a Strava export ZIP". */
    public String label() {
        return label;
    }

    /** Its file extensions, lower case with the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** True for an archive of other files (read entry by entry), false for one activity file. */
    public boolean isArchive() {
        return reader == null;
    }

    /** The formats of one activity file each, as found inside an archive. */
    public static List<Format> activityFiles() {
        return Arrays.stream(values()).filter(f -> !f.isArchive()).toList();
    }

    /** Every format, as a runner reads it in a message: "GPX, TCX, FIT or a Strava export ZIP". */
    public static String described() {
        return or(Arrays.stream(values()).map(Format::label).toList());
    }

    /** The activity-file formats by label, in a message: "GPX, TCX or FIT". */
    public static String activityFileLabels() {
        return or(activityFiles().stream().map(Format::label).toList());
    }

    /** The activity-file formats as extensions in a message: ".gpx, .tcx or .fit". */
    public static String activityFileExtensions() {
        return or(activityFiles().stream().flatMap(f -> f.extensions().stream()).toList());
    }

    /** Every extension an importable file may end with, gzipped single files included: ".gpx", ".gpx.gz", … */
    public static List<String> suffixes() {
        return Arrays.stream(values())
                .flatMap(f ->
                        f.extensions().stream().flatMap(e -> f.isArchive() ? Stream.of(e) : Stream.of(e, e + ".gz")))
                .toList();
    }

    /** The file input's {@code accept} list: the activity files' extensions, {@code .gz}, the archives'. */
    public static String accept() {
        return Stream.of(
                        activityFiles().stream().flatMap(f -> f.extensions().stream()),
                        Stream.of(".gz"),
                        Arrays.stream(values()).filter(Format::isArchive).flatMap(f -> f.extensions().stream()))
                .flatMap(s -> s)
                .collect(Collectors.joining(","));
    }

    /** The format a file name says (its extension, any {@code .gz} after it ignored), if any. */
    public static Optional<Format> byName(String name) {
        String n = stripGz(name).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extensions().stream().anyMatch(n::endsWith))
                .findFirst();
    }

    /** True when the name ends with an extension of a format, or of a gzipped activity file. */
    public static boolean looksImportable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return suffixes().stream().anyMatch(n::endsWith);
    }

    /**
     * Detects the format from the first bytes (already gunzipped), falling back to the name's
     * extension. Content wins: a TCX file named {@code .gpx} is read as TCX.
     *
     * @return null when neither tells
     */
    static Format detect(String name, byte[] head, int len) {
        String text = new String(head, 0, Math.min(len, head.length), StandardCharsets.UTF_8);
        // binary signatures first, then the XML roots, TCX before GPX
        for (Format f : List.of(FIT, ZIP, TCX, GPX)) {
            if (f.sniffer.matches(head, len, text)) {
                return f;
            }
        }
        return byName(name).orElse(null);
    }

    /** Reads one file of this format; an archive inside an archive or a gzip is refused. */
    List<Activity> read(InputStream data, Repairs repairs, FitDecoder fit) throws ImportException, IOException {
        if (isArchive()) {
            throw repairs.bad("a ZIP inside an archive or gzip is not read");
        }
        return reader.read(data, repairs, fit);
    }

    static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static String or(List<String> words) {
        return words.size() == 1
                ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}

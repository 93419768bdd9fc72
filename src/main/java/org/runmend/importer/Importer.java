package org.runmend.importer;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.runmend.activity.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads activity files (GPX, TCX, FIT, each optionally gzipped, and Strava bulk-export ZIPs)
 * into the neutral {@link Activity} model. The format is told by content first and by the
 * name's extension second. Plain Java: no HTTP, database or terminal; one instance is
 * immutable and may be shared between threads.
 *
 * <pre>{@code
 * ImportResult r = Importer.lenient().read(Path.of("run.fit"));
 * r.activities();   // one per session / track group / TCX Activity / export entry
 * r.warnings();     // repairs made, each naming its file
 * }</pre>
 */
public final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private final Mode mode;
    private final Limits limits;
    private final FitDecoder fitDecoder;

    public Importer(Mode mode, Limits limits) {
        this(mode, limits, FitDecoder.fastThenSdk());
    }

    Importer(Mode mode, Limits limits, FitDecoder fitDecoder) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.fitDecoder = Objects.requireNonNull(fitDecoder, "fitDecoder");
    }

    /** The same importer decoding FIT files with {@code decoder} (tests compare the decoders). */
    Importer withFitDecoder(FitDecoder decoder) {
        return new Importer(mode, limits, decoder);
    }

    /** Repairs what it can, with warnings (the default for people's uploads). */
    public static Importer lenient() {
        return new Importer(Mode.LENIENT, Limits.DEFAULT);
    }

    /** Refuses any file that would need a repair. */
    public static Importer strict() {
        return new Importer(Mode.STRICT, Limits.DEFAULT);
    }

    public Mode mode() {
        return mode;
    }

    /** Reads a file; the name used in messages is the file name. */
    public ImportResult read(Path file) throws ImportException {
        CollectingSink all = new CollectingSink();
        read(file, all);
        return all.result();
    }

    /**
     * Reads one upload. {@code name} is the original file name (it names the file in every
     * message and helps tell the format); the stream is not closed.
     */
    public ImportResult read(String name, InputStream in) throws ImportException {
        CollectingSink all = new CollectingSink();
        read(name, in, all);
        return all.result();
    }

    /** Keeps everything read, for callers that want the whole result at once. */
    private static final class CollectingSink implements ImportSink {
        private final List<Activity> activities = new ArrayList<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final List<ImportException> refused = new ArrayList<>();

        @Override
        public void activity(Activity activity) {
            activities.add(activity);
        }

        @Override
        public void warning(ImportWarning warning) {
            warnings.add(warning);
        }

        @Override
        public void refused(ImportException e) {
            refused.add(e);
        }

        ImportResult result() {
            return new ImportResult(activities, warnings, refused);
        }
    }

    /**
     * Reads one file or archive and hands each activity, warning and refused part to {@code sink}
     * as soon as it is read: a Strava export is streamed entry by entry, so the memory needed does
     * not grow with the archive. A file that cannot be read at all throws instead.
     */
    public void read(String name, InputStream in, ImportSink sink) throws ImportException {
        long started = System.nanoTime();
        CountingSink counting = new CountingSink(sink);
        try {
            readStreaming(name, in, counting);
            LOG.info(
                    "Imported {} ({}): {} activities, {} warnings, {} refused in {} ms",
                    name,
                    mode.name().toLowerCase(java.util.Locale.ROOT),
                    counting.activities,
                    counting.warnings,
                    counting.refused,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ImportException e) {
            LOG.info(
                    "Import of {} refused in {} ms: {}",
                    name,
                    (System.nanoTime() - started) / 1_000_000,
                    e.getMessage());
            throw e;
        }
    }

    /** Passes everything on to the runner's sink and counts it, for the import's log line. */
    private static final class CountingSink implements ImportSink {
        private final ImportSink next;
        private int activities;
        private int warnings;
        private int refused;

        CountingSink(ImportSink next) {
            this.next = next;
        }

        @Override
        public void activity(Activity activity) {
            activities++;
            next.activity(activity);
        }

        @Override
        public void warning(ImportWarning warning) {
            warnings++;
            next.warning(warning);
        }

        @Override
        public void refused(ImportException e) {
            refused++;
            next.refused(e);
        }
    }

    private void readStreaming(String name, InputStream in, ImportSink sink) throws ImportException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        Repairs repairs = new Repairs(name, mode);
        try {
            BufferedInputStream raw = new BufferedInputStream(in, 65536);
            if (isZip(raw)) {
                new StravaExportReader(this, limits).read(name, raw, sink);
                return;
            }
            List<Activity> acts = readSingle(name, raw, null, repairs).stream()
                    .map(a -> SportGuess.ifNotNamed(a, repairs))
                    .toList();
            repairs.warnings().forEach(sink::warning);
            acts.forEach(sink::activity);
        } catch (IOException e) {
            throw classify(name, e);
        }
    }

    /** Reads a file into {@code sink} (see {@link #read(String, InputStream, ImportSink)}). */
    public void read(Path file, ImportSink sink) throws ImportException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(name, new IOException("no such file " + file, e));
        } catch (IOException e) {
            throw new UnreadableFileException(name, e);
        }
        try (in) {
            read(name, in, sink);
        } catch (IOException e) {
            throw new UnreadableFileException(name, e);
        }
    }

    private static boolean isZip(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] b = new byte[4];
        int n = in.readNBytes(b, 0, 4);
        in.reset();
        return n == 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /**
     * Reads one GPX, TCX or FIT file, gunzipping it first when it is gzipped, with the per-file
     * limit (and an archive's total budget when {@code budget} is given).
     */
    List<Activity> readSingle(String name, InputStream source, LimitedInputStream.Budget budget, Repairs repairs)
            throws ImportException, IOException {
        BufferedInputStream in = source instanceof BufferedInputStream b ? b : new BufferedInputStream(source, 65536);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        InputStream data;
        if (b0 == 0x1f && b1 == 0x8b) {
            GZIPInputStream gz;
            try {
                gz = new GZIPInputStream(in, 65536);
            } catch (ZipException | EOFException e) {
                throw new GzipGuard.BadCompression(e);
            }
            data = new BufferedInputStream(
                    new LimitedInputStream(new GzipGuard(gz), limits.maxFileBytes(), budget), 65536);
        } else if (b0 < 0) {
            throw repairs.bad("the file is empty");
        } else {
            data = new BufferedInputStream(new LimitedInputStream(in, limits.maxFileBytes(), budget), 65536);
        }
        data.mark(1024);
        byte[] head = new byte[1024];
        int n = data.readNBytes(head, 0, head.length);
        data.reset();
        if (n == 0) {
            throw repairs.bad("the file is empty");
        }
        if (b0 == 0x1f && b1 == 0x8b && n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            throw repairs.bad("a gzip inside a gzip is not read: unpack it once and upload the file inside");
        }
        Format format = Format.detect(name, head, n);
        if (format == null) {
            throw repairs.bad(
                    "not a " + Format.activityFileLabels() + " file (content and name '" + name + "' say neither)");
        }
        try {
            return format.read(data, repairs, fitDecoder);
        } catch (BadContentException e) {
            IOException io = ioCause(e);
            if (io != null) {
                throw io;
            }
            throw e;
        }
    }

    /** The I/O failure hidden inside a StAX error (the parser wraps the stream's exceptions). */
    private static IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
            if (c instanceof XMLStreamException x && x.getNestedException() instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    static ImportException classify(String name, IOException e) {
        if (e instanceof LimitedInputStream.LimitExceeded) {
            return new UnsafeContentException(name, "refused: " + e.getMessage() + " (a zip or gzip bomb?)");
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new BadContentException(
                    name,
                    "holds bytes that are not text in its character encoding "
                            + "(UTF-8 unless its XML declaration names another)",
                    e);
        }
        if (e instanceof GzipGuard.BadCompression) {
            return new BadContentException(name, "the gzip data is corrupt or cut off: " + e.getMessage(), e);
        }
        return new UnreadableFileException(name, e);
    }

    /** Marks errors of the gzip layer as bad content, not as a failing disk or network. */
    static final class GzipGuard extends FilterInputStream {
        static final class BadCompression extends IOException {
            private static final long serialVersionUID = 1L;

            BadCompression(IOException cause) {
                super(cause.getMessage(), cause);
            }
        }

        GzipGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw new BadCompression(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw new BadCompression(e);
            }
        }
    }
}

package org.runmend.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.runmend.activity.Activity;
import org.runmend.importer.Format;
import org.runmend.importer.ImportException;
import org.runmend.importer.ImportSink;
import org.runmend.importer.ImportWarning;
import org.runmend.importer.Importer;
import org.runmend.store.StorageErrors;

/**
 * Brings files into a runner's log: GPX, TCX, FIT (also gzipped) and Strava export ZIPs, given
 * one by one or as folders. Each activity is saved in its own transaction, so a bad file never
 * stops the batch nor loses what was imported before it; activities already in the log are
 * counted as duplicates, not saved again.
 *
 * <p>A Strava export is saved as it is read: each activity goes to the database before the next
 * entry of the archive is parsed, so the memory an import needs does not grow with the archive.
 * The summary keeps the first {@link #MAX_MESSAGES} warnings, failures and new ids (and counts
 * the rest), so nothing in it grows with the archive either.
 * A save that fails is reported in the runner's words (see {@link StorageErrors}).
 */
public final class ImportService {
    static final int MAX_MESSAGES = 1000;

    /** The outcome of one batch; the lists hold at most {@link #MAX_MESSAGES} entries each (ids: the first ones saved). */
    public record Summary(
            int imported, int duplicates, List<String> failed, List<String> warnings, List<String> importedIds) {
        public Summary {
            failed = List.copyOf(failed);
            warnings = List.copyOf(warnings);
            importedIds = List.copyOf(importedIds);
        }

        public String line() {
            return imported + " imported, " + duplicates + " duplicates, " + failed.size() + " failed";
        }
    }

    private final TrainingService training;
    private final Importer importer;

    public ImportService(TrainingService training, Importer importer) {
        this.training = training;
        this.importer = importer;
    }

    /** The files a list of paths stands for: files as given, folders searched for activity files. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(ImportService::looksImportable)
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list the folder " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean looksImportable(Path p) {
        return Format.looksImportable(p.getFileName().toString());
    }

    /** Imports files one after another; {@code progress} is called after each with its name. */
    public Summary importFiles(String runnerId, List<Path> files, Consumer<Path> progress) {
        Batch batch = new Batch();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                batch.failed.add(f + ": no such file");
            } else {
                batch.runnerId = runnerId;
                try {
                    importer.read(f, batch);
                } catch (ImportException e) {
                    batch.fail(e.getMessage());
                } catch (RuntimeException e) {
                    batch.fail(
                            f.getFileName() + ": " + StorageErrors.inRunnersWords(String.valueOf(f.getFileName()), e));
                }
            }
            progress.accept(f);
        }
        return batch.summary();
    }

    /** Imports one upload (a file or a ZIP) given by its original name. */
    public Summary importUpload(String runnerId, String name, InputStream in) {
        Batch batch = new Batch();
        batch.runnerId = runnerId;
        try {
            importer.read(name, in, batch);
        } catch (ImportException e) {
            batch.fail(e.getMessage());
        } catch (RuntimeException e) {
            batch.fail(name + ": " + StorageErrors.inRunnersWords(name, e));
        }
        return batch.summary();
    }

    private final class Batch implements ImportSink {
        String runnerId;
        int imported;
        int duplicates;
        int failedBeyond;
        int warningsBeyond;
        final List<String> failed = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        void fail(String message) {
            if (failed.size() < MAX_MESSAGES) {
                failed.add(message);
            } else {
                failedBeyond++;
            }
        }

        void warn(String message) {
            if (warnings.size() < MAX_MESSAGES) {
                warnings.add(message);
            } else {
                warningsBeyond++;
            }
        }

        @Override
        public void warning(ImportWarning w) {
            warn(w.toString());
        }

        @Override
        public void refused(ImportException e) {
            fail(e.getMessage());
        }

        @Override
        public void activity(Activity a) {
            // a file that names no sport had it guessed from its speed by the importer, with a warning
            try {
                ActivityStore.Saved saved = training.save(runnerId, a, RunDetails.NONE);
                if (saved.duplicate()) {
                    duplicates++;
                } else {
                    imported++;
                    if (ids.size() < MAX_MESSAGES) {
                        ids.add(saved.id());
                    }
                }
            } catch (RuntimeException e) {
                fail(a.sourceName() + ": " + StorageErrors.inRunnersWords(a.sourceName(), e));
            }
        }

        Summary summary() {
            List<String> f = new ArrayList<>(failed);
            if (failedBeyond > 0) {
                f.add("... and " + failedBeyond + " more failures");
            }
            List<String> w = new ArrayList<>(warnings);
            if (warningsBeyond > 0) {
                w.add("... and " + warningsBeyond + " more warnings");
            }
            return new Summary(imported, duplicates, f, w, ids);
        }
    }
}

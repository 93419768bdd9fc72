package org.runmend.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.runmend.activity.Activity;
import org.runmend.importer.ImportException;
import org.runmend.importer.ImportResult;
import org.runmend.importer.ImportWarning;
import org.runmend.importer.Importer;

/**
 * Brings files into a runner's log: GPX, TCX, FIT (also gzipped) and Strava export ZIPs, given
 * one by one or as folders. Each activity is saved in its own transaction, so a bad file never
 * stops the batch nor loses what was imported before it; activities already in the log are
 * counted as duplicates, not saved again.
 */
public final class ImportService {
    private static final List<String> SUFFIXES = List.of(".gpx", ".tcx", ".fit", ".zip", ".gpx.gz", ".tcx.gz", ".fit.gz");

    /** The outcome of one batch. */
    public record Summary(int imported, int duplicates, List<String> failed, List<String> warnings, List<String> importedIds) {
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
                    s.filter(Files::isRegularFile).filter(ImportService::looksImportable).sorted().forEach(out::add);
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
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(n::endsWith);
    }

    /** Imports files one after another; {@code progress} is called after each with its name. */
    public Summary importFiles(String runnerId, List<Path> files, Consumer<Path> progress) {
        Batch batch = new Batch();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                batch.failed.add(f + ": no such file");
            } else {
                try {
                    batch.add(runnerId, importer.read(f));
                } catch (ImportException e) {
                    batch.failed.add(e.getMessage());
                } catch (RuntimeException e) {
                    batch.failed.add(f.getFileName() + ": could not be imported (" + e + ")");
                }
            }
            progress.accept(f);
        }
        return batch.summary();
    }

    /** Imports one upload (a file or a ZIP) given by its original name. */
    public Summary importUpload(String runnerId, String name, InputStream in) {
        Batch batch = new Batch();
        try {
            batch.add(runnerId, importer.read(name, in));
        } catch (ImportException e) {
            batch.failed.add(e.getMessage());
        } catch (RuntimeException e) {
            batch.failed.add(name + ": could not be imported (" + e + ")");
        }
        return batch.summary();
    }

    private final class Batch {
        int imported;
        int duplicates;
        final List<String> failed = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> ids = new ArrayList<>();

        void add(String runnerId, ImportResult r) {
            r.warnings().stream().map(ImportWarning::toString).forEach(warnings::add);
            r.refused().stream().map(Exception::getMessage).forEach(failed::add);
            // a file that names no sport had it guessed from its speed by the importer, with a warning
            for (Activity a : r.activities()) {
                try {
                    ActivityStore.Saved saved = training.save(runnerId, a, RunDetails.NONE);
                    if (saved.duplicate()) {
                        duplicates++;
                    } else {
                        imported++;
                        ids.add(saved.id());
                    }
                } catch (RuntimeException e) {
                    failed.add(a.sourceName() + ": could not be saved (" + e.getMessage() + ")");
                }
            }
        }

        Summary summary() {
            return new Summary(imported, duplicates, failed, warnings, ids);
        }
    }
}

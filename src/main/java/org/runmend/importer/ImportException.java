package org.runmend.importer;

import java.util.Objects;

/**
 * Why a file (or a ZIP entry) could not be imported. The message always starts with the file
 * name, and names the line, byte, field or value where known. Subclasses separate failing to
 * read the bytes ({@link UnreadableFileException}) from bytes that are not a usable activity
 * ({@link BadContentException}, {@link UnsafeContentException}).
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String sourceName;
    private final String problem;

    ImportException(String sourceName, String problem, Throwable cause) {
        super(Objects.requireNonNull(sourceName, "sourceName") + ": " + problem, cause);
        this.sourceName = sourceName;
        this.problem = problem;
    }

    /** The file or ZIP entry name, as given to the importer. */
    public String sourceName() {
        return sourceName;
    }

    /** The message without the file name. */
    public String problem() {
        return problem;
    }
}

package org.runmend.importer;

import java.io.IOException;

/** The bytes could not be read at all (missing file, disk or network error): retrying may help. */
public class UnreadableFileException extends ImportException {
    private static final long serialVersionUID = 1L;

    UnreadableFileException(String sourceName, IOException cause) {
        super(sourceName, "cannot be read: " + cause.getMessage(), cause);
    }
}

package org.runmend.importer;

/**
 * The bytes were read but are not an activity we can use: not GPX/TCX/FIT/ZIP, malformed, cut
 * off, or (in {@link Mode#STRICT}) in need of repairs. Retrying the same file will not help.
 */
public class BadContentException extends ImportException {
    private static final long serialVersionUID = 1L;

    BadContentException(String sourceName, String problem) {
        super(sourceName, problem, null);
    }

    BadContentException(String sourceName, String problem, Throwable cause) {
        super(sourceName, problem, cause);
    }
}

package org.runmend.importer;

/**
 * The content was refused for safety before it was used: XML with a DTD or external entities,
 * ZIP entries that would escape their folder, archives or gzip streams that inflate past the
 * limits.
 */
public class UnsafeContentException extends BadContentException {
    private static final long serialVersionUID = 1L;

    UnsafeContentException(String sourceName, String problem) {
        super(sourceName, problem);
    }
}

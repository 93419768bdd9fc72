package org.runmend.importer;

/**
 * Size limits against archive and gzip bombs, counted on the bytes actually inflated, never on
 * what a ZIP header claims.
 *
 * @param maxFileBytes  one file or ZIP entry after decompression
 * @param maxTotalBytes everything inflated from one archive
 */
public record Limits(long maxFileBytes, long maxTotalBytes) {
    /** 200 MB per file or entry, 2 GB per archive: far beyond the largest real activity file (a few MB). */
    public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, 2L * 1024 * 1024 * 1024);

    public Limits {
        if (maxFileBytes <= 0 || maxTotalBytes < maxFileBytes) {
            throw new IllegalArgumentException(
                    "limits must be positive and total >= per file: " + maxFileBytes + ", " + maxTotalBytes);
        }
    }
}

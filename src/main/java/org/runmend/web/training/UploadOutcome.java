package org.runmend.web.training;

import java.util.List;
import org.runmend.training.ImportService;

/**
 * What became of one uploaded file: the import summary with the file's own name, for the upload
 * summary page and, as JSON, for the uploader script.
 */
public record UploadOutcome(
        String name,
        int imported,
        int duplicates,
        List<String> failed,
        List<String> warnings,
        List<String> importedIds) {
    public UploadOutcome {
        failed = List.copyOf(failed);
        warnings = List.copyOf(warnings);
        importedIds = List.copyOf(importedIds);
    }

    static UploadOutcome of(String name, ImportService.Summary s) {
        return new UploadOutcome(name, s.imported(), s.duplicates(), s.failed(), s.warnings(), s.importedIds());
    }

    /** "imported", "duplicate", "failed" or "partly" (some activities in it failed). */
    public String status() {
        if (!failed.isEmpty()) {
            return imported + duplicates > 0 ? "partly" : "failed";
        }
        if (imported == 0 && duplicates > 0) {
            return "duplicate";
        }
        return imported == 0 ? "empty" : "imported";
    }

    /** One line for the runner: "2 runs imported, 1 already in your log". */
    public String line() {
        StringBuilder b = new StringBuilder();
        if (imported > 0) {
            b.append(imported).append(imported == 1 ? " activity imported" : " activities imported");
        }
        if (duplicates > 0) {
            b.append(b.length() > 0 ? ", " : "")
                    .append(duplicates)
                    .append(duplicates == 1 ? " already in your log (duplicate)" : " already in your log (duplicates)");
        }
        if (!failed.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append(failed.size()).append(" failed");
        }
        return b.length() == 0 ? "No activities found in this file" : b.toString();
    }
}

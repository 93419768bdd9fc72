package org.runmend.importer;

import java.util.List;
import org.runmend.activity.Activity;

/**
 * What one import produced.
 *
 * @param activities the activities, in file order (a multisport FIT file or a Strava export gives several)
 * @param warnings   repairs made and things left out, each naming its file
 * @param refused    parts of an archive that were refused while the rest went on (empty for single files,
 *                   which throw instead)
 */
public record ImportResult(List<Activity> activities, List<ImportWarning> warnings, List<ImportException> refused) {
    public ImportResult {
        activities = List.copyOf(activities);
        warnings = List.copyOf(warnings);
        refused = List.copyOf(refused);
    }
}

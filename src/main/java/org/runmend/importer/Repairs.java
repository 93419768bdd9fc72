package org.runmend.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.runmend.activity.Activity;

/** The mode and the warning list of one file's import, handed to readers and filters. */
final class Repairs {
    private final String sourceName;
    private final Mode mode;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Set<Activity> sportNotNamed = Collections.newSetFromMap(new IdentityHashMap<>());

    Repairs(String sourceName, Mode mode) {
        this.sourceName = sourceName;
        this.mode = mode;
    }

    String sourceName() {
        return sourceName;
    }

    Mode mode() {
        return mode;
    }

    /** In lenient mode records {@code problem} as a warning; in strict mode refuses the file with it. */
    void repairOrRefuse(String problem) throws BadContentException {
        if (mode == Mode.STRICT) {
            throw new BadContentException(sourceName, problem + " (refused in strict mode)");
        }
        warn(problem);
    }

    void warn(String message) {
        warnings.add(new ImportWarning(sourceName, message));
    }

    BadContentException bad(String problem) {
        return new BadContentException(sourceName, problem);
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    /** Marks an activity whose file names no sport (its {@link org.runmend.activity.Sport#OTHER} is a blank, not a word). */
    Activity sportNotNamed(Activity a) {
        sportNotNamed.add(a);
        return a;
    }

    /** False for an activity marked by {@link #sportNotNamed}. */
    boolean namesSport(Activity a) {
        return !sportNotNamed.contains(a);
    }
}

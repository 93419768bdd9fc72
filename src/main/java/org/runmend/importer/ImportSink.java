package org.runmend.importer;

import org.runmend.activity.Activity;

/**
 * Receives what an import finds, one piece at a time, as the file or archive is read: an archive
 * of any size is never held in memory as a whole, since each activity is handed on (and can be
 * saved and dropped) before the next entry is read.
 */
public interface ImportSink {
    /** One activity, in file order. */
    void activity(Activity activity);

    /** A repair made or something left out, naming its file. */
    void warning(ImportWarning warning);

    /** A part of an archive that was refused while the rest goes on. */
    void refused(ImportException refused);
}

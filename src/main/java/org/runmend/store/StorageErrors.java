package org.runmend.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a runner is told when saving failed: plain words, never SQL, table or Java class names.
 * The full error goes to the server log, where the person running the server can read it.
 */
public final class StorageErrors {
    private static final Logger LOG = LoggerFactory.getLogger(StorageErrors.class);

    private StorageErrors() {}

    /**
     * A sentence for the runner about {@code e}, which stopped {@code what} (e.g. "run.gpx") from
     * being saved; errors that are not the runner's own are logged in full.
     */
    public static String inRunnersWords(String what, RuntimeException e) {
        if (e instanceof StorageBusyException || e instanceof NotFoundException) {
            return e.getMessage();
        }
        LOG.error("could not save {}", what, e);
        return "an error on the server stopped it from being saved (the server's log has the details); "
                + "nothing of it was kept, please try again later";
    }
}

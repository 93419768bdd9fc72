package org.runmend.store;

/** The database stayed busy with other writers after every retry: nothing was written, try again. */
public final class StorageBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StorageBusyException(Throwable cause) {
        super("the database stayed busy with other writes and nothing was saved; please try again in a minute", cause);
    }
}

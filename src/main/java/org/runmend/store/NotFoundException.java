package org.runmend.store;

/**
 * The record does not exist, or belongs to another runner: the two are deliberately not told
 * apart, so ids cannot be probed.
 */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String id) {
        super("no " + what + " with id '" + (id != null && id.length() > 100 ? id.substring(0, 100) + "..." : id)
                + "' in your account");
    }
}

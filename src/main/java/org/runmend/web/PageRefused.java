package org.runmend.web;

/**
 * A request a page handler refuses, with the status and the words the runner sees: a form sent
 * with a value no page offers, a report asked for before anything was saved. Thrown by the
 * handler and answered in one place, {@link Errors}, like every other error.
 */
public final class PageRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public PageRefused(int status, String title, String message) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a refusal is a 4xx status, not " + status);
        }
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}

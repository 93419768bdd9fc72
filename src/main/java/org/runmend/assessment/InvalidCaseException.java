package org.runmend.assessment;

/** A case that cannot be assessed; the message names the field and the value. */
public final class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidCaseException(String field, Object value, String problem) {
        super(field + (value == null ? "" : " " + render(value)) + ": " + problem);
        this.field = field;
    }

    /** The value as given, cut to 100 characters so that a huge input is not echoed back whole. */
    private static String render(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 100) {
            text = text.substring(0, 100) + "... (" + text.length() + " characters)";
        }
        return value instanceof String ? "'" + text + "'" : text;
    }

    /** The offending field, e.g. {@code findings.fever} or {@code age}. */
    public String field() {
        return field;
    }
}

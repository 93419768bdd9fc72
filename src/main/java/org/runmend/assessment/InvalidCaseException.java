package org.runmend.assessment;

/** A case that cannot be assessed; the message names the field and the value. */
public final class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidCaseException(String field, Object value, String problem) {
        super(field + (value == null ? "" : " " + render(value)) + ": " + problem);
        this.field = field;
    }

    private static String render(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    /** The offending field, e.g. {@code findings.fever} or {@code age}. */
    public String field() {
        return field;
    }
}

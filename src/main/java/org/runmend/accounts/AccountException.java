package org.runmend.accounts;

/** Something a runner can fix, with the field it concerns; {@link Kind} says what went wrong. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID_INPUT, EMAIL_TAKEN, BAD_CREDENTIALS, TOO_MANY_ATTEMPTS }

    private final Kind kind;
    private final String field;

    public AccountException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}

package org.runmend.accounts;

/** Something a runner can fix, with the field it concerns; {@link Kind} says what went wrong. */
public final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        INVALID_INPUT,
        EMAIL_TAKEN,
        BAD_CREDENTIALS,
        TOO_MANY_ATTEMPTS,
        EXPIRED_LINK
    }

    private final Kind kind;
    private final String field;
    private final java.time.Duration retryAfter;

    public AccountException(Kind kind, String field, String message) {
        this(kind, field, message, null);
    }

    /** @param retryAfter for {@link Kind#TOO_MANY_ATTEMPTS}: how long to wait before trying again */
    public AccountException(Kind kind, String field, String message, java.time.Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, when the answer was {@link Kind#TOO_MANY_ATTEMPTS}. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}

package org.runmend.cli;

/** Input the command cannot use: printed as one line, with the given exit status. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    UserInputException(String message, int status) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}

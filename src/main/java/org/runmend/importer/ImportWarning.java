package org.runmend.importer;

import java.util.Objects;

/** A repair made while importing, or something left out; shown to the person beside the result. */
public record ImportWarning(String sourceName, String message) {
    public ImportWarning {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return sourceName + ": " + message;
    }
}

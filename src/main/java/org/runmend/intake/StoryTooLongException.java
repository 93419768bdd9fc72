package org.runmend.intake;

/** A story longer than {@link StoryReader#MAX_LENGTH} characters: names the field and the limit. */
public final class StoryTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int length;

    public StoryTooLongException(int length) {
        super("story is " + length + " characters long: it must be at most " + StoryReader.MAX_LENGTH + " characters");
        this.length = length;
    }

    public int length() {
        return length;
    }
}

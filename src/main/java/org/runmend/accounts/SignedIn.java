package org.runmend.accounts;

/** A live session: who is signed in, and the token every form of theirs must carry. */
public record SignedIn(Runner runner, String csrfToken) {}

package org.runmend.accounts;

import java.time.Instant;

/** A signed-up runner. */
public record Runner(String id, String email, String displayName, Instant createdAt) {}

package org.runmend.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The fixed clock tests run the app on, so a test's dates mean the same on any day and in any
 * machine zone: Wednesday 10 June 2026, 10:00 UTC. A test about a particular moment (midnight in
 * another zone, a session's end) makes its own with {@link #at}.
 */
public final class TestClock {
    public static final Instant NOW = Instant.parse("2026-06-10T10:00:00Z");
    public static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);
    /** The date at {@link #NOW} in UTC, the zone of a runner who never chose one. */
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private TestClock() {}

    /** A clock stopped at an ISO-8601 instant such as {@code 2026-06-07T23:30:00Z}. */
    public static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}

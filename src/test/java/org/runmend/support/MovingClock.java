package org.runmend.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it forward: for waiting out a limit without
 * sleeping. Its {@link #withZone} views share the same instant, as the app's runner clocks expect.
 */
public final class MovingClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MovingClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private MovingClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovingClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}

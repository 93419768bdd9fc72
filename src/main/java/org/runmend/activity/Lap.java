package org.runmend.activity;

import java.time.Duration;
import java.time.Instant;

/** A lap or split as the device recorded it. Heart rate may be null. */
public record Lap(
        Instant start,
        Duration elapsed,
        Duration moving,
        Distance distance,
        Integer averageHeartRate,
        Integer maxHeartRate) {}

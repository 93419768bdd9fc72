package org.runmend.activity;

import java.time.Instant;

/**
 * One point of an activity's stream. Any field but {@code time} may be null when the device did
 * not record it (no GPS indoors, no heart-rate strap, ...). {@code distanceMetres} is cumulative.
 */
public record Sample(
        Instant time,
        Double latitude,
        Double longitude,
        Double elevationMetres,
        Double distanceMetres,
        Integer heartRate,
        Integer cadence,
        Double speedMetresPerSecond) {}

package org.runmend.training;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.runmend.activity.Distance;

/**
 * Share of distance per surface over the last 28 days (today included).
 *
 * @param shares       surface to share of all distance in the window (0..1); surfaces not run on are absent
 * @param unknownShare share of distance with no surface recorded
 */
public record SurfaceMix(Distance total, Map<Surface, Double> shares, double unknownShare) {
    public SurfaceMix {
        Objects.requireNonNull(total, "total");
        shares = Collections.unmodifiableMap(shares.isEmpty() ? new EnumMap<>(Surface.class) : new EnumMap<>(shares));
    }

    public double share(Surface surface) {
        return shares.getOrDefault(surface, 0.0);
    }
}

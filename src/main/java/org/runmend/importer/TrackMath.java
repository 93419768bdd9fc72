package org.runmend.importer;

import java.time.Duration;
import java.util.List;
import org.runmend.activity.Sample;

/**
 * Distances and summaries computed from points, for formats whose totals are not stored
 * (GPX) or not complete (TCX elevation).
 */
final class TrackMath {
    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;
    /** Below this average speed an interval between two points is a pause. */
    static final double PAUSE_SPEED_METRES_PER_SECOND = 0.5;
    /** Without positions, an interval longer than this is a pause (the device stopped recording). */
    static final double PAUSE_GAP_SECONDS = 10;
    /** Climbs and descents smaller than this are GPS or barometer noise and are not counted. */
    static final double ELEVATION_HYSTERESIS_METRES = 3;

    private TrackMath() {
    }

    /** Great-circle distance by the haversine formula on a sphere of {@link #EARTH_RADIUS_METRES}. */
    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double sp = Math.sin(dp / 2);
        double sl = Math.sin(dl / 2);
        double a = sp * sp + Math.cos(p1) * Math.cos(p2) * sl * sl;
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static boolean hasPosition(Sample s) {
        return s.latitude() != null && s.longitude() != null;
    }

    static double distance(Sample a, Sample b) {
        return haversine(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    static double seconds(Sample a, Sample b) {
        return Duration.between(a.time(), b.time()).toNanos() / 1e9;
    }

    /**
     * Moving time of a segment: the sum of the intervals between consecutive points whose
     * average speed is at least {@link #PAUSE_SPEED_METRES_PER_SECOND}, so standing at a
     * crossing or an auto-pause gap does not count. When either point has no position, the
     * interval counts if it is at most {@link #PAUSE_GAP_SECONDS} long. Gaps between segments
     * never count (the caller sums segments).
     */
    static double movingSeconds(List<Sample> segment) {
        double moving = 0;
        for (int i = 1; i < segment.size(); i++) {
            Sample a = segment.get(i - 1);
            Sample b = segment.get(i);
            double dt = seconds(a, b);
            if (dt <= 0) {
                continue;
            }
            if (hasPosition(a) && hasPosition(b)) {
                if (distance(a, b) / dt >= PAUSE_SPEED_METRES_PER_SECOND) {
                    moving += dt;
                }
            } else if (dt <= PAUSE_GAP_SECONDS) {
                moving += dt;
            }
        }
        return moving;
    }

    /**
     * Elevation gain of a segment with a hysteresis of {@link #ELEVATION_HYSTERESIS_METRES}: a
     * reference level follows the profile, and a rise is counted only once the elevation is that
     * far above the reference (a drop of as much moves the reference down). This removes the
     * jitter that makes raw sums of GPS elevation several times too high, while a steady climb
     * is counted in full.
     */
    static double elevationGain(List<Sample> segment) {
        double gain = 0;
        Double ref = null;
        for (Sample s : segment) {
            Double e = s.elevationMetres();
            if (e == null) {
                continue;
            }
            if (ref == null) {
                ref = e;
            } else if (e >= ref + ELEVATION_HYSTERESIS_METRES) {
                gain += e - ref;
                ref = e;
            } else if (e <= ref - ELEVATION_HYSTERESIS_METRES) {
                ref = e;
            }
        }
        return gain;
    }
}

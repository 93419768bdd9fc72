package org.runmend.importer;

import java.time.Duration;
import java.util.List;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;

/**
 * Distances and summaries computed from points, for formats whose totals are not stored
 * (GPX) or not complete (TCX elevation).
 */
final class TrackMath {
    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;
    /**
     * Below this speed a foot activity (run, walk, hike) or an unknown one is standing still:
     * 1 km/h, gpxpy's default stopped-speed threshold ({@code DEFAULT_STOPPED_SPEED_THRESHOLD}
     * in tkrajina/gpxpy {@code gpx.py}). Low on purpose: steep uphill walking covers 0.3 to
     * 0.5 m/s on the map and must not be cut.
     */
    static final double STILL_SPEED_ON_FOOT = 1 / 3.6;
    /** Below this speed a ride is standing still (nobody rides slower than about 2 km/h without falling over). */
    static final double STILL_SPEED_CYCLING = 0.5;
    /**
     * A stretch slower than the still speed counts as a pause only when it lasts at least this
     * long: a hesitation at a crossing or a GPS wobble is not a pause. Strava's server uses a
     * similar rule (below a speed threshold for more than 15 s; Strava Engineering, "Improving
     * Auto-Pause for Everyone", 2014); 10 s matches devices' auto-pause better.
     */
    static final double MIN_PAUSE_SECONDS = 10;
    /**
     * An interval also counts as slow when the points within half this time either side of it
     * end up closer than the still speed covers: standing with GPS wobble (1 m back and forth each
     * second looks like 1 m/s) goes nowhere. (Shuttle runs of a few metres would look still too.)
     */
    static final double STILL_WINDOW_SECONDS = 10;
    /** An interval longer than this (and than {@link #GAP_FACTOR} usual intervals) is a recording gap. */
    static final double PAUSE_GAP_SECONDS = 10;
    /** How many of a segment's usual (median) intervals make a recording gap: smart recording writes every 1 to 10 s. */
    static final double GAP_FACTOR = 4;
    /** Climbs and descents smaller than this are GPS or barometer noise and are not counted. */
    static final double ELEVATION_HYSTERESIS_METRES = 3;

    private TrackMath() {}

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
     * The speed below which {@code sport} is standing still; 0 for swimming, which is never cut
     * by speed (a slow swimmer, or a pool without GPS, looks still), only by recording breaks.
     */
    static double stillSpeed(Sport sport) {
        return switch (sport) {
            case SWIMMING -> 0;
            case CYCLING -> STILL_SPEED_CYCLING;
            default -> STILL_SPEED_ON_FOOT;
        };
    }

    /**
     * Moving time, one definition for every format: the time from the first to the last point
     * of each recording segment minus its pauses. A break between segments (a FIT timer stop, a
     * GPX {@code <trkseg>}, a TCX {@code <Track>}: the device says it stopped) is never moving. A
     * pause is a stretch of consecutive intervals between points that are slower than
     * {@link #stillSpeed} and last {@link #MIN_PAUSE_SECONDS} or more together.
     *
     * <p>A recording gap (an interval longer than {@link #PAUSE_GAP_SECONDS} and than
     * {@link #GAP_FACTOR} times the segment's usual interval) is how an auto-pause looks once the
     * timer events are lost (GPX, most TCX), but also how a GPS dropout looks: it counts as moving
     * for as long as its distance takes at the activity's usual (median) speed, the rest is a
     * pause (when that rest is at least {@link #MIN_PAUSE_SECONDS}). A gap without any position
     * or distance is a pause.
     *
     * <p>An interval's speed comes from the two positions (haversine) when both have one, else
     * from the device's cumulative distance (foot pod, wheel sensor, treadmill) when that distance
     * ever grows, else it is unknown: then the interval is moving when it is not a recording gap.
     */
    static double movingSeconds(List<List<Sample>> segments, Sport sport) {
        double still = stillSpeed(sport);
        boolean distanceGrows = distanceGrows(segments);
        double usualSpeed = usualSpeed(segments, distanceGrows);
        double moving = 0;
        for (List<Sample> segment : segments) {
            double gap = Math.max(PAUSE_GAP_SECONDS, GAP_FACTOR * medianInterval(segment));
            double slow = 0;
            int lo = 0;
            int hi = 0;
            for (int i = 1; i < segment.size(); i++) {
                Sample a = segment.get(i - 1);
                Sample b = segment.get(i);
                double dt = seconds(a, b);
                if (dt <= 0) {
                    continue;
                }
                double metres = metres(a, b, distanceGrows);
                while (seconds(segment.get(lo), a) > STILL_WINDOW_SECONDS / 2) {
                    lo++;
                }
                hi = Math.max(hi, i);
                while (hi + 1 < segment.size() && seconds(b, segment.get(hi + 1)) <= STILL_WINDOW_SECONDS / 2) {
                    hi++;
                }
                if (dt > gap) {
                    // a recording gap: moving for as long as its distance takes at the usual speed
                    double part = Double.isNaN(metres)
                            ? 0
                            : Double.isNaN(usualSpeed) || usualSpeed <= still
                                    ? (metres >= still * dt ? dt : 0)
                                    : Math.min(dt, metres / usualSpeed);
                    moving += (slow < MIN_PAUSE_SECONDS ? slow : 0) + (dt - part < MIN_PAUSE_SECONDS ? dt : part);
                    slow = 0;
                } else if (!Double.isNaN(metres) && metres < still * dt) {
                    slow += dt;
                } else if (!Double.isNaN(metres) && stillAround(segment, lo, hi, still, distanceGrows)) {
                    slow += dt;
                } else {
                    moving += dt + (slow < MIN_PAUSE_SECONDS ? slow : 0);
                    slow = 0;
                }
            }
            moving += slow < MIN_PAUSE_SECONDS ? slow : 0;
        }
        return moving;
    }

    /**
     * Whether the points from {@code lo} to {@code hi} (about {@link #STILL_WINDOW_SECONDS}
     * around an interval) end up less far apart than the still speed covers in that time: GPS
     * wobble while standing makes single intervals look fast, but goes nowhere.
     */
    private static boolean stillAround(List<Sample> segment, int lo, int hi, double still, boolean distanceGrows) {
        double t = seconds(segment.get(lo), segment.get(hi));
        if (t < STILL_WINDOW_SECONDS / 2) {
            return false;
        }
        double m = metres(segment.get(lo), segment.get(hi), distanceGrows);
        return !Double.isNaN(m) && m < still * t;
    }

    private static boolean distanceGrows(List<List<Sample>> segments) {
        for (List<Sample> seg : segments) {
            Double first = null;
            for (Sample s : seg) {
                Double d = s.distanceMetres();
                if (d != null) {
                    if (first != null && d > first) {
                        return true;
                    }
                    first = first == null ? d : first;
                }
            }
        }
        return false;
    }

    /** Median interval between the points of a segment, 1 s when it has fewer than two. */
    private static double medianInterval(List<Sample> segment) {
        int n = segment.size() - 1;
        if (n < 1) {
            return 1;
        }
        double[] dts = new double[n];
        for (int i = 1; i < segment.size(); i++) {
            dts[i - 1] = seconds(segment.get(i - 1), segment.get(i));
        }
        java.util.Arrays.sort(dts);
        return Math.max(dts[n / 2], 0);
    }

    /** Median speed over the regular intervals (at most {@link #PAUSE_GAP_SECONDS}) whose speed is known; NaN if none. */
    private static double usualSpeed(List<List<Sample>> segments, boolean distanceGrows) {
        int n = 0;
        for (List<Sample> seg : segments) {
            n += Math.max(0, seg.size() - 1);
        }
        double[] speeds = new double[n];
        int k = 0;
        for (List<Sample> seg : segments) {
            for (int i = 1; i < seg.size(); i++) {
                double dt = seconds(seg.get(i - 1), seg.get(i));
                double m = metres(seg.get(i - 1), seg.get(i), distanceGrows);
                if (dt > 0 && dt <= PAUSE_GAP_SECONDS && !Double.isNaN(m)) {
                    speeds[k++] = m / dt;
                }
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        java.util.Arrays.sort(speeds, 0, k);
        return speeds[k / 2];
    }

    /**
     * Metres between two points: by position, else by the device's distance (when it ever grows
     * in the activity: a distance stuck at 0 means no sensor, not standing still); NaN when
     * neither tells.
     */
    static double metres(Sample a, Sample b, boolean distanceGrows) {
        if (hasPosition(a) && hasPosition(b)) {
            return distance(a, b);
        }
        if (!distanceGrows) {
            return Double.NaN;
        }
        Double da = a.distanceMetres();
        Double db = b.distanceMetres();
        if (da != null && db != null && db >= da) {
            return db - da;
        }
        return Double.NaN;
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

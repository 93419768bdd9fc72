package org.runmend.importer;

import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;

/**
 * Totals computed from an activity's points: haversine distance (segments are not joined
 * across their gaps), moving time (which depends on the sport) and elevation gain by the rules of
 * {@link TrackMath}, heart
 * rate and cadence averages over the points that have them (cadence 0, standing still, is left
 * out of the average).
 */
final class PointStats {
    double distanceMetres;
    double movingSeconds;
    double elevationGainMetres;
    boolean hasElevation;
    Integer averageHeartRate;
    Integer maxHeartRate;
    Integer averageCadence;
    Integer maxCadence;
    /** The points again, each with the cumulative distance (when the source had none) filled in. */
    List<Sample> samples = new ArrayList<>();

    static PointStats of(List<List<Sample>> segments, boolean fillDistance, Sport sport) {
        PointStats st = new PointStats();
        st.movingSeconds = TrackMath.movingSeconds(segments, sport);
        long hrSum = 0;
        int hrN = 0;
        int hrMax = 0;
        long cadSum = 0;
        int cadN = 0;
        int cadMax = 0;
        for (List<Sample> seg : segments) {
            st.elevationGainMetres += TrackMath.elevationGain(seg);
            Sample lastPos = null;
            for (Sample s : seg) {
                if (TrackMath.hasPosition(s)) {
                    if (lastPos != null) {
                        st.distanceMetres += TrackMath.distance(lastPos, s);
                    }
                    lastPos = s;
                }
                if (s.elevationMetres() != null) {
                    st.hasElevation = true;
                }
                Integer hr = s.heartRate();
                if (hr != null && hr > 0) {
                    hrSum += hr;
                    hrN++;
                    hrMax = Math.max(hrMax, hr);
                }
                Integer cad = s.cadence();
                if (cad != null && cad > 0) {
                    cadSum += cad;
                    cadN++;
                    cadMax = Math.max(cadMax, cad);
                }
                if (fillDistance && s.distanceMetres() == null && lastPos != null) {
                    s = new Sample(
                            s.time(),
                            s.latitude(),
                            s.longitude(),
                            s.elevationMetres(),
                            st.distanceMetres,
                            s.heartRate(),
                            s.cadence(),
                            s.speedMetresPerSecond());
                }
                st.samples.add(s);
            }
        }
        if (hrN > 0) {
            st.averageHeartRate = (int) Math.round((double) hrSum / hrN);
            st.maxHeartRate = hrMax;
        }
        if (cadN > 0) {
            st.averageCadence = (int) Math.round((double) cadSum / cadN);
            st.maxCadence = cadMax;
        }
        return st;
    }

    /** Doubles per-leg cadence (Garmin's convention for runs in GPX, TCX and FIT) to steps per minute. */
    static List<List<Sample>> doubleCadence(List<List<Sample>> segments) {
        List<List<Sample>> out = new ArrayList<>(segments.size());
        for (List<Sample> seg : segments) {
            List<Sample> s2 = new ArrayList<>(seg.size());
            for (Sample s : seg) {
                s2.add(
                        s.cadence() == null
                                ? s
                                : new Sample(
                                        s.time(),
                                        s.latitude(),
                                        s.longitude(),
                                        s.elevationMetres(),
                                        s.distanceMetres(),
                                        s.heartRate(),
                                        s.cadence() * 2,
                                        s.speedMetresPerSecond()));
            }
            out.add(s2);
        }
        return out;
    }
}

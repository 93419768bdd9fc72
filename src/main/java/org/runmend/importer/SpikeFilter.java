package org.runmend.importer;

import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Sample;

/**
 * Drops GPS spikes: a point reached from the last kept point at an implausible speed. The
 * limit is {@link #DEFAULT_MAX_SPEED} (180 km/h, beyond any run or ride; the fastest sprinters
 * reach 12 m/s). Intervals shorter than a second are taken as one second; points with the same
 * time as the last kept one are not judged (no speed can be told: some devices stamp a whole
 * track with one time). After {@link #MAX_RUN} drops in a row the
 * filter trusts the new position again (the earlier point was the bad one, or the device
 * really moved, e.g. on a train), so one bad point cannot swallow the rest of a track.
 */
final class SpikeFilter implements SampleFilter {
    static final double DEFAULT_MAX_SPEED = 50;
    static final int MAX_RUN = 5;
    private final double maxSpeed;

    SpikeFilter(double maxSpeedMetresPerSecond) {
        this.maxSpeed = maxSpeedMetresPerSecond;
    }

    @Override
    public List<List<Sample>> apply(List<List<Sample>> segments, Repairs repairs) throws BadContentException {
        int dropped = 0;
        String first = null;
        List<List<Sample>> out = new ArrayList<>(segments.size());
        for (List<Sample> seg : segments) {
            List<Sample> kept = null;
            Sample lastPos = null;
            int run = 0;
            for (int i = 0; i < seg.size(); i++) {
                Sample s = seg.get(i);
                if (TrackMath.hasPosition(s)) {
                    if (lastPos != null && run < MAX_RUN && s.time().isAfter(lastPos.time())) {
                        double d = TrackMath.distance(lastPos, s);
                        double dt = Math.max(1, TrackMath.seconds(lastPos, s));
                        if (d / dt > maxSpeed) {
                            if (kept == null) {
                                kept = new ArrayList<>(seg.subList(0, i));
                            }
                            if (dropped++ == 0) {
                                first = String.format("%.0f m in %.0f s at %s", d, dt, s.time());
                            }
                            run++;
                            continue;
                        }
                    }
                    run = 0;
                    lastPos = s;
                }
                if (kept != null) {
                    kept.add(s);
                }
            }
            out.add(kept == null ? seg : kept);
        }
        if (dropped > 0) {
            repairs.repairOrRefuse(
                    "dropped " + dropped + " GPS spikes faster than " + (int) maxSpeed + " m/s (first: " + first + ")");
        }
        return out;
    }
}

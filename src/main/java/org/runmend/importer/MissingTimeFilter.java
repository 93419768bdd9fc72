package org.runmend.importer;

import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Sample;

/**
 * Drops points without a time when others have one. A track where no point has a time is left
 * empty: it is a route, not an activity, and the reader decides what to say about it.
 */
final class MissingTimeFilter implements SampleFilter {
    @Override
    public List<List<Sample>> apply(List<List<Sample>> segments, Repairs repairs) throws BadContentException {
        int total = 0;
        int missing = 0;
        for (List<Sample> seg : segments) {
            for (Sample s : seg) {
                total++;
                if (s.time() == null) {
                    missing++;
                }
            }
        }
        if (missing == 0) {
            return segments;
        }
        if (missing == total) {
            return List.of();
        }
        repairs.repairOrRefuse("dropped " + missing + " of " + total + " points that have no time");
        List<List<Sample>> out = new ArrayList<>(segments.size());
        for (List<Sample> seg : segments) {
            out.add(seg.stream().filter(s -> s.time() != null).toList());
        }
        return out;
    }
}

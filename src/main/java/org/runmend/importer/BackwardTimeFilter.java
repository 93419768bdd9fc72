package org.runmend.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Sample;

/**
 * Drops points whose time is earlier than the last point kept in the same segment (clock
 * resets, merged files). Equal times are kept: they are duplicates, not errors.
 */
final class BackwardTimeFilter implements SampleFilter {
    @Override
    public List<List<Sample>> apply(List<List<Sample>> segments, Repairs repairs) throws BadContentException {
        int dropped = 0;
        String first = null;
        List<List<Sample>> out = new ArrayList<>(segments.size());
        for (List<Sample> seg : segments) {
            List<Sample> kept = null;
            Instant last = null;
            for (int i = 0; i < seg.size(); i++) {
                Sample s = seg.get(i);
                if (last != null && s.time().isBefore(last)) {
                    if (kept == null) {
                        kept = new ArrayList<>(seg.subList(0, i));
                    }
                    if (dropped++ == 0) {
                        first = s.time() + " after " + last;
                    }
                    continue;
                }
                if (kept != null) {
                    kept.add(s);
                }
                last = s.time();
            }
            out.add(kept == null ? seg : kept);
        }
        if (dropped > 0) {
            repairs.repairOrRefuse("dropped " + dropped + " points whose time goes backwards (first: " + first + ")");
        }
        return out;
    }
}

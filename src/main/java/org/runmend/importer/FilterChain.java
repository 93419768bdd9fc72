package org.runmend.importer;

import java.util.List;
import org.runmend.activity.Sample;

/** The repair filters, applied in order: missing times, backward times, GPS spikes. */
final class FilterChain {
    private final List<SampleFilter> filters;

    FilterChain(List<SampleFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    static FilterChain standard() {
        return new FilterChain(List.of(
                new MissingTimeFilter(), new BackwardTimeFilter(), new SpikeFilter(SpikeFilter.DEFAULT_MAX_SPEED)));
    }

    List<List<Sample>> apply(List<List<Sample>> segments, Repairs repairs) throws BadContentException {
        List<List<Sample>> out = segments;
        for (SampleFilter f : filters) {
            out = f.apply(out, repairs);
        }
        return out.stream().filter(s -> !s.isEmpty()).toList();
    }
}

package org.runmend.importer;

import java.util.List;
import org.runmend.activity.Sample;

/**
 * One repair step over an activity's points, kept in segments (a GPX {@code trkseg}, a TCX
 * {@code Track}, a FIT session's records). A filter drops or fixes points and reports what it
 * did through {@link Repairs#repairOrRefuse}, so the same chain is strict or lenient by the
 * import's {@link Mode}. Modelled on Runalyze's {@code Filter} chain.
 */
interface SampleFilter {
    List<List<Sample>> apply(List<List<Sample>> segments, Repairs repairs) throws BadContentException;
}

package org.runmend.importer;

import static org.runmend.importer.SafeXml.integer;
import static org.runmend.importer.SafeXml.number;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Lap;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;

/**
 * Streaming TCX (Training Center Database v2) reader. Each {@code <Activity>} becomes one
 * activity: its {@code Sport} attribute, laps with their stored totals, and trackpoints with
 * time, position, altitude, distance, heart rate, cadence and the {@code TPX} extension's
 * {@code Speed} and {@code RunCadence}.
 *
 * <p>Totals: distance is the sum of the laps' {@code DistanceMeters} (the device's own figure;
 * the last trackpoint distance when laps have none). Moving time is the sum of the laps'
 * {@code TotalTimeSeconds}, which Garmin writes as timer time; elapsed time runs from the first
 * lap's start to the last trackpoint (or lap end), never less than the moving time. Run cadence
 * is per leg in TCX, as in FIT, and is doubled to steps per minute.
 */
final class TcxReader {
    private static final class LapData {
        Instant start;
        double totalSeconds;
        Double distance;
        Integer avgHr;
        Integer maxHr;
        final List<Sample> points = new ArrayList<>();
        final List<List<Sample>> tracks = new ArrayList<>();
    }

    /**
     * The laps cover clearly less than the trackpoints when the trackpoints' distance exceeds
     * the laps' by more than this fraction and {@link #LAPS_SHORT_METRES}: then the trackpoints'
     * totals are used (a device or export that closed its laps early).
     */
    static final double LAPS_SHORT_FRACTION = 0.05;

    static final double LAPS_SHORT_METRES = 100;

    private ZoneOffset offset;

    List<Activity> read(InputStream in, Repairs repairs) throws BadContentException {
        String src = repairs.sourceName();
        XMLStreamReader r = SafeXml.open(in, src);
        List<Activity> out = new ArrayList<>();
        boolean courses = false;
        try {
            String root = SafeXml.root(r, src);
            if (!root.equals("TrainingCenterDatabase")) {
                throw repairs.bad("root element <" + root + "> is not <TrainingCenterDatabase>");
            }
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (SafeXml.local(r)) {
                    case "Activities" -> {
                        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                            if (SafeXml.local(r).equals("Activity")) {
                                Activity a = readActivity(r, repairs);
                                if (a != null) {
                                    out.add(a);
                                }
                            } else {
                                SafeXml.skip(r);
                            }
                        }
                    }
                    case "Courses" -> {
                        courses = true;
                        SafeXml.skip(r);
                    }
                    default -> SafeXml.skip(r);
                }
            }
        } catch (XMLStreamException e) {
            throw new BadContentException(src, "malformed XML at " + SafeXml.clean(e), e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing more to read
            }
        }
        if (out.isEmpty()) {
            throw repairs.bad(
                    courses ? "only a <Course> (a planned route), no <Activity>" : "no <Activity> with a time");
        }
        return out;
    }

    private Activity readActivity(XMLStreamReader r, Repairs repairs) throws XMLStreamException, BadContentException {
        String src = repairs.sourceName();
        String sportName = r.getAttributeValue(null, "Sport");
        Sport sport = Sport.fromName(sportName);
        Instant id = null;
        String notes = null;
        List<LapData> laps = new ArrayList<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (SafeXml.local(r)) {
                case "Id" -> id = time(r, src);
                case "Lap" -> laps.add(readLap(r, src));
                case "Notes" -> notes = SafeXml.text(r);
                default -> SafeXml.skip(r);
            }
        }
        List<List<Sample>> segments = new ArrayList<>();
        for (LapData l : laps) {
            segments.addAll(l.tracks);
        }
        int rawPoints = segments.stream().mapToInt(List::size).sum();
        segments = FilterChain.standard().apply(segments, repairs);
        if (sport.isRun()) {
            segments = PointStats.doubleCadence(segments);
        }
        PointStats st = PointStats.of(segments, true, sport);
        Instant start = !laps.isEmpty() && laps.get(0).start != null
                ? laps.get(0).start
                : id != null
                        ? id
                        : st.samples.isEmpty() ? null : st.samples.get(0).time();
        if (start == null) {
            repairs.warn(
                    "an <Activity> without <Id>, lap start or trackpoint times (" + rawPoints + " points) was skipped");
            return null;
        }
        double lapDistance = 0;
        double lapSeconds = 0;
        boolean lapDistances = !laps.isEmpty();
        List<Lap> outLaps = new ArrayList<>();
        Instant end = start;
        for (LapData l : laps) {
            lapSeconds += l.totalSeconds;
            if (l.distance == null) {
                lapDistances = false;
            } else {
                lapDistance += l.distance;
            }
            Instant ls = l.start != null ? l.start : start;
            Instant le = ls.plusMillis(Math.round(l.totalSeconds * 1000));
            if (!l.points.isEmpty()) {
                Instant lastPoint = l.points.get(l.points.size() - 1).time();
                if (lastPoint != null && lastPoint.isAfter(le)) {
                    le = lastPoint;
                }
            }
            end = le.isAfter(end) ? le : end;
            Duration lapMoving = Duration.ofMillis(Math.round(l.totalSeconds * 1000));
            outLaps.add(new Lap(
                    ls,
                    Duration.between(ls, le),
                    lapMoving,
                    Distance.ofMetres(l.distance == null ? 0 : l.distance),
                    l.avgHr,
                    l.maxHr));
        }
        double pointDistance = lastDistance(st.samples, st.distanceMetres);
        double pointSpan = 0;
        if (!st.samples.isEmpty()) {
            Instant firstPoint = st.samples.get(0).time();
            Instant lastPoint = st.samples.get(st.samples.size() - 1).time();
            end = lastPoint.isAfter(end) ? lastPoint : end;
            pointSpan = Duration.between(firstPoint, lastPoint).toMillis() / 1000.0;
        }
        double distance;
        if (!lapDistances) {
            distance = pointDistance;
        } else if (pointDistance > lapDistance * (1 + LAPS_SHORT_FRACTION) + LAPS_SHORT_METRES) {
            repairs.warn(String.format(
                    java.util.Locale.ROOT,
                    "the laps add up to %.0f m, the trackpoints to %.0f m: "
                            + "the laps cover only part of the track, so its totals come from the trackpoints",
                    lapDistance,
                    pointDistance));
            distance = pointDistance;
        } else {
            distance = lapDistance;
        }
        Duration elapsed = Duration.between(start, end);
        // one definition of moving time for every format (TrackMath.movingSeconds); the laps' timer
        // only when the trackpoints do not cover the laps (a summary without a track)
        double moving = pointSpan > 0 && pointSpan >= lapSeconds * 0.9 - 60
                ? st.movingSeconds
                : lapSeconds > 0 ? lapSeconds : st.movingSeconds;
        Duration movingTime = Duration.ofMillis(Math.round(moving * 1000));
        if (movingTime.compareTo(elapsed) > 0) {
            elapsed = movingTime;
        }
        Integer avgHr = st.averageHeartRate;
        Integer maxHr = st.maxHeartRate;
        if (avgHr == null) {
            avgHr = weightedLapHeartRate(laps);
            maxHr = laps.stream()
                    .map(l -> l.maxHr)
                    .filter(h -> h != null)
                    .max(Integer::compare)
                    .orElse(null);
        }
        Activity a = Activity.builder(
                        sport,
                        start.atZone(offset == null ? ZoneOffset.UTC : offset),
                        Distance.ofMetres(distance),
                        elapsed)
                .moving(movingTime)
                .elevationGainMetres(st.hasElevation ? st.elevationGainMetres : null)
                .averageHeartRate(avgHr)
                .maxHeartRate(maxHr)
                .averageCadence(st.averageCadence)
                .maxCadence(st.maxCadence)
                .laps(outLaps)
                .samples(st.samples)
                .name(notes)
                .source(ActivitySource.TCX)
                .sourceName(src)
                .build();
        return sportName == null || sportName.isBlank() ? repairs.sportNotNamed(a) : a;
    }

    private static double lastDistance(List<Sample> samples, double haversine) {
        for (int i = samples.size() - 1; i >= 0; i--) {
            Double d = samples.get(i).distanceMetres();
            if (d != null) {
                return Math.max(d, 0);
            }
        }
        return haversine;
    }

    private static Integer weightedLapHeartRate(List<LapData> laps) {
        double sum = 0;
        double secs = 0;
        for (LapData l : laps) {
            if (l.avgHr != null) {
                sum += l.avgHr * l.totalSeconds;
                secs += l.totalSeconds;
            }
        }
        return secs > 0 ? (int) Math.round(sum / secs) : null;
    }

    private LapData readLap(XMLStreamReader r, String src) throws XMLStreamException, BadContentException {
        LapData lap = new LapData();
        String st = r.getAttributeValue(null, "StartTime");
        if (st != null) {
            IsoTime.Stamp s = IsoTime.parse(st);
            if (s == null) {
                throw new BadContentException(
                        src, "line " + SafeXml.line(r) + ": Lap StartTime '" + st + "' is not a date-time");
            }
            lap.start = s.instant();
            offset = offset == null ? s.offset() : offset;
        }
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (SafeXml.local(r)) {
                case "TotalTimeSeconds" -> lap.totalSeconds = nonNegative(r, src, "TotalTimeSeconds");
                case "DistanceMeters" -> lap.distance = nonNegative(r, src, "DistanceMeters");
                case "AverageHeartRateBpm" -> lap.avgHr = valueChild(r);
                case "MaximumHeartRateBpm" -> lap.maxHr = valueChild(r);
                case "Track" -> {
                    List<Sample> track = new ArrayList<>();
                    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        if (SafeXml.local(r).equals("Trackpoint")) {
                            track.add(readTrackpoint(r, src));
                        } else {
                            SafeXml.skip(r);
                        }
                    }
                    lap.points.addAll(track);
                    lap.tracks.add(track);
                }
                default -> SafeXml.skip(r);
            }
        }
        return lap;
    }

    private Sample readTrackpoint(XMLStreamReader r, String src) throws XMLStreamException, BadContentException {
        Instant time = null;
        Double lat = null;
        Double lon = null;
        Double alt = null;
        Double dist = null;
        Integer hr = null;
        Integer cad = null;
        Double speed = null;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (SafeXml.local(r)) {
                case "Time" -> time = time(r, src);
                case "Position" -> {
                    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        switch (SafeXml.local(r)) {
                            case "LatitudeDegrees" -> lat = number(SafeXml.text(r));
                            case "LongitudeDegrees" -> lon = number(SafeXml.text(r));
                            default -> SafeXml.skip(r);
                        }
                    }
                }
                case "AltitudeMeters" -> alt = number(SafeXml.text(r));
                case "DistanceMeters" -> dist = number(SafeXml.text(r));
                case "HeartRateBpm" -> hr = valueChild(r);
                case "Cadence" -> cad = integer(SafeXml.text(r));
                case "Extensions" -> {
                    int depth = 1;
                    while (depth > 0) {
                        int ev = r.next();
                        if (ev == XMLStreamConstants.START_ELEMENT) {
                            switch (SafeXml.local(r)) {
                                case "Speed" -> speed = number(SafeXml.text(r));
                                case "RunCadence" -> cad = integer(SafeXml.text(r));
                                default -> depth++;
                            }
                        } else if (ev == XMLStreamConstants.END_ELEMENT) {
                            depth--;
                        }
                    }
                }
                default -> SafeXml.skip(r);
            }
        }
        if (lat != null && (lat < -90 || lat > 90 || lon == null || lon < -180 || lon > 180)) {
            lat = null;
            lon = null;
        }
        return new Sample(time, lat, lon, alt, dist, hr, cad, speed);
    }

    private Instant time(XMLStreamReader r, String src) throws XMLStreamException, BadContentException {
        int line = SafeXml.line(r);
        String name = SafeXml.local(r);
        String t = SafeXml.text(r);
        IsoTime.Stamp s = IsoTime.parse(t);
        if (s == null) {
            throw new BadContentException(src, "line " + line + ": <" + name + "> '" + t + "' is not a date-time");
        }
        offset = offset == null ? s.offset() : offset;
        return s.instant();
    }

    private static double nonNegative(XMLStreamReader r, String src, String field)
            throws XMLStreamException, BadContentException {
        int line = SafeXml.line(r);
        String t = SafeXml.text(r);
        Double d = number(t);
        if (d == null || d < 0) {
            throw new BadContentException(
                    src, "line " + line + ": <" + field + "> '" + t + "' is not a non-negative number");
        }
        return d;
    }

    /** {@code <HeartRateBpm><Value>142</Value></HeartRateBpm>}. */
    private static Integer valueChild(XMLStreamReader r) throws XMLStreamException {
        Integer v = null;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (SafeXml.local(r).equals("Value")) {
                v = integer(SafeXml.text(r));
            } else {
                SafeXml.skip(r);
            }
        }
        return v;
    }
}

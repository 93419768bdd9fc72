package org.runmend.importer;

import static org.runmend.importer.SafeXml.integer;
import static org.runmend.importer.SafeXml.number;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;

/**
 * Streaming GPX 1.0/1.1 reader (StAX). Elements are matched by local name, so any namespace
 * prefix works: Garmin TrackPointExtension v1/v2 ({@code gpxtpx:hr}, {@code cad}, {@code
 * speed}, also under {@code ns3:}), Strava and other plain extensions ({@code hr}, {@code
 * heartrate}, {@code cad}, {@code cadence}), GPX 1.0 {@code <speed>}.
 *
 * <p>Tracks: each {@code <trk>} keeps its segments apart (distance is not joined across the
 * gap of a segment break). Tracks whose times lie within {@link #SAME_ACTIVITY_GAP} of each
 * other form one activity; tracks further apart (MapSource or ExpertGPS archives with a track
 * per day) become one activity each. A track without any {@code <time>} is a planned route and
 * is skipped with a warning; a file with only routes, waypoints or untimed tracks is refused.
 */
final class GpxReader {
    static final Duration SAME_ACTIVITY_GAP = Duration.ofMinutes(30);

    private record RawTrack(String name, String type, List<List<Sample>> segments) {}

    private record TimedTrack(
            String name, String type, List<List<Sample>> segments, Instant start, Instant end, ZoneOffset offset) {}

    private String fileName;
    private String fileType;
    private int routePoints;
    private int waypoints;
    private ZoneOffset firstOffset;

    List<Activity> read(InputStream in, Repairs repairs) throws BadContentException {
        String src = repairs.sourceName();
        XMLStreamReader r = SafeXml.open(in, src);
        List<RawTrack> tracks = new ArrayList<>();
        try {
            String root = SafeXml.root(r, src);
            if (!root.equals("gpx")) {
                throw repairs.bad("root element <" + root + "> is not <gpx>");
            }
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (SafeXml.local(r)) {
                        case "trk" -> tracks.add(readTrack(r, src));
                        case "metadata" -> readMetadata(r);
                        case "name" -> fileName = SafeXml.text(r);
                        case "rte" -> readRoute(r);
                        case "wpt" -> {
                            waypoints++;
                            SafeXml.skip(r);
                        }
                        default -> SafeXml.skip(r);
                    }
                } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new UnsafeContentException(
                            src,
                            "line " + SafeXml.line(r) + ": entity reference &" + r.getLocalName() + "; is not allowed");
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
        return assemble(tracks, repairs);
    }

    private void readMetadata(XMLStreamReader r) throws XMLStreamException {
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (SafeXml.local(r).equals("name")) {
                fileName = SafeXml.text(r);
            } else {
                SafeXml.skip(r);
            }
        }
    }

    private void readRoute(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (SafeXml.local(r).equals("rtept")) {
                    routePoints++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private RawTrack readTrack(XMLStreamReader r, String src) throws XMLStreamException, BadContentException {
        String name = null;
        String type = null;
        List<List<Sample>> segments = new ArrayList<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (SafeXml.local(r)) {
                case "name" -> name = SafeXml.text(r);
                case "type" -> type = SafeXml.text(r);
                case "trkseg" -> segments.add(readSegment(r, src));
                default -> SafeXml.skip(r);
            }
        }
        return new RawTrack(name, type, segments);
    }

    private List<Sample> readSegment(XMLStreamReader r, String src) throws XMLStreamException, BadContentException {
        List<Sample> points = new ArrayList<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (SafeXml.local(r).equals("trkpt")) {
                points.add(readPoint(r, src));
            } else {
                SafeXml.skip(r);
            }
        }
        return points;
    }

    /** Heart rate, cadence and speed found while reading one point. */
    private static final class Ext {
        Integer hr;
        Integer cad;
        Double speed;
    }

    private Sample readPoint(XMLStreamReader r, String src) throws XMLStreamException, BadContentException {
        int line = SafeXml.line(r);
        Double lat = coordinate(r.getAttributeValue(null, "lat"), "lat", -90, 90, line, src);
        Double lon = coordinate(r.getAttributeValue(null, "lon"), "lon", -180, 180, line, src);
        Double ele = null;
        Instant time = null;
        Ext ext = new Ext();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (SafeXml.local(r)) {
                case "ele" -> ele = number(SafeXml.text(r));
                case "time" -> {
                    String t = SafeXml.text(r);
                    IsoTime.Stamp st = IsoTime.parse(t);
                    if (st == null) {
                        throw new BadContentException(src, "line " + line + ": <time> '" + t + "' is not a date-time");
                    }
                    time = st.instant();
                    if (firstOffset == null) {
                        firstOffset = st.offset();
                    }
                }
                case "speed" -> ext.speed = number(SafeXml.text(r));
                case "extensions" -> readExtensions(r, ext);
                default -> SafeXml.skip(r);
            }
        }
        return new Sample(time, lat, lon, ele, null, ext.hr, ext.cad, ext.speed);
    }

    /** Reads any depth of extension wrappers (TrackPointExtension v1/v2, plain Strava tags). */
    private static void readExtensions(XMLStreamReader r, Ext ext) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (SafeXml.local(r).toLowerCase(Locale.ROOT)) {
                    case "hr", "heartrate", "heart_rate" -> ext.hr = integer(SafeXml.text(r));
                    case "cad", "cadence" -> ext.cad = integer(SafeXml.text(r));
                    case "speed" -> ext.speed = number(SafeXml.text(r));
                    default -> depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException(
                        "entity reference &" + r.getLocalName() + "; is not allowed", r.getLocation());
            }
        }
    }

    private static Double coordinate(String v, String attr, double min, double max, int line, String src)
            throws BadContentException {
        if (v == null) {
            throw new BadContentException(src, "line " + line + ": <trkpt> has no " + attr + " attribute");
        }
        Double d = number(v);
        if (d == null || d < min || d > max) {
            throw new BadContentException(
                    src,
                    "line " + line + ": <trkpt> " + attr + "='" + v + "' is not a number from " + (int) min + " to "
                            + (int) max);
        }
        return d;
    }

    private List<Activity> assemble(List<RawTrack> tracks, Repairs repairs) throws BadContentException {
        FilterChain chain = FilterChain.standard();
        int points = 0;
        List<TimedTrack> timed = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            RawTrack t = tracks.get(i);
            int n = t.segments().stream().mapToInt(List::size).sum();
            points += n;
            if (n == 0) {
                continue;
            }
            List<List<Sample>> segs = chain.apply(t.segments(), repairs);
            if (segs.isEmpty()) {
                if (tracks.size() > 1) {
                    repairs.warn("track " + (i + 1) + (t.name() == null ? "" : " '" + t.name() + "'") + " has " + n
                            + " points but no times: skipped (a planned route, not an activity)");
                }
                continue;
            }
            Instant start = segs.get(0).get(0).time();
            List<Sample> lastSeg = segs.get(segs.size() - 1);
            Instant end = lastSeg.get(lastSeg.size() - 1).time();
            timed.add(new TimedTrack(t.name(), t.type(), segs, start, end, firstOffset));
        }
        if (timed.isEmpty()) {
            String what;
            if (points > 0) {
                what = "no track points with time (" + points
                        + " points, none with a <time>: a route, not an activity)";
            } else if (routePoints > 0 || waypoints > 0) {
                what = "no track points with time: only " + routePoints + " route points and " + waypoints
                        + " waypoints (a route, not an activity)";
            } else {
                what = "no track points with time";
            }
            throw repairs.bad(what);
        }
        timed.sort(Comparator.comparing(TimedTrack::start));
        List<Activity> out = new ArrayList<>();
        List<TimedTrack> group = new ArrayList<>();
        for (TimedTrack t : timed) {
            if (!group.isEmpty()
                    && t.start().isAfter(group.get(group.size() - 1).end().plus(SAME_ACTIVITY_GAP))) {
                out.add(build(group, repairs));
                group = new ArrayList<>();
            }
            group.add(t);
        }
        out.add(build(group, repairs));
        return out;
    }

    private Activity build(List<TimedTrack> group, Repairs repairs) {
        List<List<Sample>> segs = new ArrayList<>();
        Instant end = group.get(0).end();
        String type = null;
        String name = null;
        for (TimedTrack t : group) {
            segs.addAll(t.segments());
            end = t.end().isAfter(end) ? t.end() : end;
            type = type == null ? t.type() : type;
            name = name == null ? t.name() : name;
        }
        Instant start = group.get(0).start();
        Sport sport = sport(type != null ? type : fileType);
        if (sport.isRun()) {
            segs = PointStats.doubleCadence(segs);
        }
        PointStats st = PointStats.of(segs, true, sport);
        if (start.isBefore(Instant.parse("1980-01-01T00:00:00Z"))) {
            repairs.warn("implausible time " + start + " (before 1980): the device's clock was not set");
        }
        Duration elapsed = Duration.between(start, end);
        if (elapsed.isZero() && st.samples.size() > 1) {
            repairs.warn("all " + st.samples.size() + " points have the same time " + start + ": duration unknown");
        }
        Duration moving = Duration.ofMillis(Math.round(st.movingSeconds * 1000));
        ZoneOffset zone =
                group.get(0).offset() == null ? ZoneOffset.UTC : group.get(0).offset();
        Activity a = Activity.builder(sport, start.atZone(zone), Distance.ofMetres(st.distanceMetres), elapsed)
                .moving(moving)
                .elevationGainMetres(st.hasElevation ? st.elevationGainMetres : null)
                .averageHeartRate(st.averageHeartRate)
                .maxHeartRate(st.maxHeartRate)
                .averageCadence(st.averageCadence)
                .maxCadence(st.maxCadence)
                .samples(st.samples)
                .name(name != null ? name : fileName)
                .source(ActivitySource.GPX)
                .sourceName(repairs.sourceName())
                .build();
        String named = type != null ? type : fileType;
        return named == null || named.isBlank() ? repairs.sportNotNamed(a) : a;
    }

    /** GPX {@code <type>}: a word ("running", "cycling") or Strava's number (1 ride, 4 hike, 9 run, 10 walk). */
    static Sport sport(String type) {
        if (type == null || type.isBlank()) {
            return Sport.OTHER;
        }
        return switch (type.trim()) {
            case "1", "17", "18" -> Sport.CYCLING;
            case "4" -> Sport.HIKING;
            case "9" -> Sport.RUNNING;
            case "10" -> Sport.WALKING;
            case "16" -> Sport.SWIMMING;
            default -> Sport.fromName(type);
        };
    }
}

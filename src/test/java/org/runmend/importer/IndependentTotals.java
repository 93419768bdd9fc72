package org.runmend.importer;

import com.garmin.fit.Decode;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SessionMesgListener;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each file's own totals, read without the importer: FIT sessions through the FIT SDK's plain
 * decoder, TCX laps and GPX points through DOM, GPX distance by a haversine sum written here.
 */
final class IndependentTotals {
    /** Distance in metres and time in seconds; for GPX the time is the sum of each track's time span. */
    record Totals(double metres, double movingSeconds, double elapsedSeconds, int sessions) {}

    private IndependentTotals() {}

    static Totals fit(Path file) throws Exception {
        List<SessionMesg> sessions = new ArrayList<>();
        Decode d = new Decode();
        MesgBroadcaster mb = new MesgBroadcaster(d);
        mb.addListener((SessionMesgListener) sessions::add);
        try (InputStream in = Files.newInputStream(file)) {
            d.read(in, mb, mb);
        }
        double m = 0;
        double mv = 0;
        double el = 0;
        for (SessionMesg s : sessions) {
            m += s.getTotalDistance() == null ? 0 : s.getTotalDistance();
            mv += s.getTotalTimerTime() == null ? 0 : s.getTotalTimerTime();
            el += s.getTotalElapsedTime() == null ? 0 : s.getTotalElapsedTime();
        }
        return new Totals(m, mv, el, sessions.size());
    }

    static Totals tcx(Path file) throws Exception {
        Document doc = dom(file);
        NodeList laps = doc.getElementsByTagNameNS("*", "Lap");
        double m = 0;
        double t = 0;
        for (int i = 0; i < laps.getLength(); i++) {
            Element lap = (Element) laps.item(i);
            m += Double.parseDouble(child(lap, "DistanceMeters"));
            t += Double.parseDouble(child(lap, "TotalTimeSeconds"));
        }
        return new Totals(m, t, t, 1);
    }

    /** Haversine over the timed points of each segment; times: sum of each track's first-to-last span. */
    static Totals gpx(Path file) throws Exception {
        Document doc = dom(file);
        NodeList tracks = doc.getElementsByTagNameNS("*", "trk");
        double metres = 0;
        double spans = 0;
        for (int t = 0; t < tracks.getLength(); t++) {
            Instant first = null;
            Instant last = null;
            NodeList segs = ((Element) tracks.item(t)).getElementsByTagNameNS("*", "trkseg");
            for (int s = 0; s < segs.getLength(); s++) {
                NodeList pts = ((Element) segs.item(s)).getElementsByTagNameNS("*", "trkpt");
                double[] prev = null;
                for (int i = 0; i < pts.getLength(); i++) {
                    Element p = (Element) pts.item(i);
                    NodeList time = p.getElementsByTagNameNS("*", "time");
                    if (time.getLength() == 0) {
                        continue;
                    }
                    Instant at = OffsetDateTime.parse(
                                    time.item(0).getTextContent().trim())
                            .toInstant();
                    first = first == null || at.isBefore(first) ? at : first;
                    last = last == null || at.isAfter(last) ? at : last;
                    double[] here = {
                        Double.parseDouble(p.getAttribute("lat")), Double.parseDouble(p.getAttribute("lon"))
                    };
                    if (prev != null) {
                        metres += haversine(prev[0], prev[1], here[0], here[1]);
                    }
                    prev = here;
                }
            }
            if (first != null) {
                spans += (last.toEpochMilli() - first.toEpochMilli()) / 1000.0;
            }
        }
        return new Totals(metres, spans, spans, tracks.getLength());
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double r = 6_371_000;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * r * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }

    private static String child(Element e, String name) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getLocalName().equals(name)) {
                return c.getTextContent().trim();
            }
        }
        return "0";
    }

    private static Document dom(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}

package org.runmend.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.runmend.activity.Activity;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;

/**
 * Writes an activity as GPX 1.1 (https://www.topografix.com/GPX/1/1/): one track of one segment
 * with time, elevation and, in Garmin's TrackPointExtension v2, heart rate and cadence. Points
 * without a position cannot be GPX track points and are left out; an activity without any
 * position (a treadmill run, a run entered by hand) becomes a GPX file with metadata and an
 * empty track, which is still valid.
 */
public final class GpxExport {
    static final String TPX = "http://www.garmin.com/xmlschemas/TrackPointExtension/v2";

    private GpxExport() {}

    public static void write(Activity a, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<gpx version=\"1.1\" creator=\"RunMend\" xmlns=\"http://www.topografix.com/GPX/1/1\"\n"
                + "     xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "     xmlns:gpxtpx=\"" + TPX + "\"\n"
                + "     xsi:schemaLocation=\"http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd "
                + TPX + " https://www8.garmin.com/xmlschemas/TrackPointExtensionv2.xsd\">\n");
        w.write("  <metadata>\n");
        if (a.name() != null && !a.name().isBlank()) {
            w.write("    <name>" + escape(a.name()) + "</name>\n");
        }
        w.write("    <time>" + iso(a.start().toInstant()) + "</time>\n");
        w.write("  </metadata>\n");
        w.write("  <trk>\n");
        w.write("    <name>" + escape(name(a)) + "</name>\n");
        w.write("    <type>" + gpxType(a.sport()) + "</type>\n");
        w.write("    <trkseg>\n");
        for (Sample s : a.samples()) {
            if (s.latitude() == null || s.longitude() == null) {
                continue;
            }
            w.write(String.format(Locale.ROOT, "      <trkpt lat=\"%.7f\" lon=\"%.7f\">", s.latitude(), s.longitude()));
            if (s.elevationMetres() != null) {
                w.write(String.format(Locale.ROOT, "<ele>%.1f</ele>", s.elevationMetres()));
            }
            w.write("<time>" + iso(s.time()) + "</time>");
            if (s.heartRate() != null || s.cadence() != null) {
                w.write("<extensions><gpxtpx:TrackPointExtension>");
                if (s.heartRate() != null) {
                    w.write("<gpxtpx:hr>" + s.heartRate() + "</gpxtpx:hr>");
                }
                if (s.cadence() != null) {
                    // GPX files from Garmin carry cadence per leg for runs; RunMend keeps steps per minute
                    int cad = a.sport().isRun() ? Math.round(s.cadence() / 2f) : s.cadence();
                    w.write("<gpxtpx:cad>" + Math.min(254, cad) + "</gpxtpx:cad>");
                }
                w.write("</gpxtpx:TrackPointExtension></extensions>");
            }
            w.write("</trkpt>\n");
        }
        w.write("    </trkseg>\n");
        w.write("  </trk>\n");
        w.write("</gpx>\n");
        w.flush();
    }

    /** A file name for the download: "2025-06-03-rondje-achterhoek.gpx". */
    public static String fileName(Activity a) {
        String day = a.start().toLocalDate().toString();
        String slug =
                name(a).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return day + (slug.isEmpty() ? "" : "-" + slug) + ".gpx";
    }

    private static String name(Activity a) {
        if (a.name() != null && !a.name().isBlank()) {
            return a.name();
        }
        String sport = a.sport().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(sport.charAt(0)) + sport.substring(1);
    }

    /** Strava's and Garmin's words in GPX {@code <type>}. */
    private static String gpxType(Sport s) {
        return switch (s) {
            case RUNNING, TREADMILL -> "running";
            case TRAIL_RUNNING -> "trail_running";
            case WALKING -> "walking";
            case HIKING -> "hiking";
            case CYCLING -> "cycling";
            case SWIMMING -> "swimming";
            case OTHER -> "other";
        };
    }

    private static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}

package org.runmend.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The file formats the importer reads, told apart by name and by their first bytes. */
enum Format {
    GPX, TCX, FIT, ZIP;

    /**
     * Detects the format from the first bytes (already gunzipped), falling back to the name's
     * extension. Content wins: a TCX file named {@code .gpx} is read as TCX.
     *
     * @return null when neither tells
     */
    static Format detect(String name, byte[] head, int len) {
        if (len >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return FIT;
        }
        if (len >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ZIP;
        }
        String text = new String(head, 0, Math.min(len, head.length), StandardCharsets.UTF_8);
        if (text.contains("<TrainingCenterDatabase")) {
            return TCX;
        }
        if (text.contains("<gpx")) {
            return GPX;
        }
        String n = stripGz(name).toLowerCase(Locale.ROOT);
        if (n.endsWith(".gpx")) {
            return GPX;
        }
        if (n.endsWith(".tcx")) {
            return TCX;
        }
        if (n.endsWith(".fit")) {
            return FIT;
        }
        if (n.endsWith(".zip")) {
            return ZIP;
        }
        return null;
    }

    static String stripGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}

package org.runmend.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.runmend.activity.Activity;

/**
 * One activity's summary as JSON, the same for {@code GET /api/v1/activities} and
 * {@code bin/runmend log --json}: {@code id, name, sport, start, distanceMeters, movingSeconds,
 * elapsedSeconds, averageHeartRate, ascentMeters, points, file} (null where the file had no such
 * value; {@code file} is the imported file's name, {@code archive.zip!entry} for a ZIP entry).
 * The API keeps {@code distanceKm} and {@code source} for earlier clients.
 */
public final class ActivitySummaryJson {
    private ActivitySummaryJson() {}

    public static ObjectNode write(ObjectNode n, StoredActivity s) {
        Activity a = s.activity();
        n.put("id", s.id());
        n.put("name", a.name());
        n.put("sport", a.sport().name().toLowerCase(Locale.ROOT));
        n.put("start", a.start().toOffsetDateTime().toString());
        n.put("distanceMeters", Math.round(a.distance().metres() * 10) / 10.0);
        n.put("movingSeconds", a.moving().toSeconds());
        n.put("elapsedSeconds", a.elapsed().toSeconds());
        n.put("averageHeartRate", a.averageHeartRate());
        n.put("ascentMeters", a.elevationGainMetres() == null ? null : Math.round(a.elevationGainMetres() * 10) / 10.0);
        n.put("points", s.points());
        n.put("file", a.sourceName());
        n.put("distanceKm", Math.round(a.distance().toKilometres() * 1000) / 1000.0);
        n.put("source", a.source().id());
        return n;
    }
}

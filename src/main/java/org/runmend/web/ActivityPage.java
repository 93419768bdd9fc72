package org.runmend.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runmend.activity.Activity;
import org.runmend.activity.Lap;
import org.runmend.training.StoredActivity;

/**
 * One activity: its numbers, laps, pace and heart-rate charts, and the details form.
 *
 * @param notice a line to confirm what just happened ("Details saved."), or null
 */
public record ActivityPage(String id, String title, String day, String time, String zone, String sport,
                           String distance, String moving, String elapsed, String pace, String elevationGain,
                           String heartRate, String cadence, String source, String shoe, List<LapRow> laps,
                           LineChart paceChart, LineChart heartRateChart, RunForm details, String notice) {
    /** One lap or split, written out. */
    public record LapRow(int number, String distance, String time, String pace, String avgHr, String maxHr) {
    }

    public ActivityPage {
        laps = List.copyOf(laps);
    }

    static ActivityPage of(StoredActivity s, String shoeName, RunForm details, String notice) {
        Activity a = s.activity();
        List<LapRow> laps = new ArrayList<>();
        int n = 1;
        for (Lap l : a.laps()) {
            var t = l.moving() == null ? l.elapsed() : l.moving();
            laps.add(new LapRow(n++, TrainingFormat.km(l.distance()), TrainingFormat.duration(t),
                    TrainingFormat.pace(l.distance(), t), num(l.averageHeartRate()), num(l.maxHeartRate())));
        }
        String hr = a.averageHeartRate() == null && a.maxHeartRate() == null ? null
                : num(a.averageHeartRate()) + " average, " + num(a.maxHeartRate()) + " max (bpm)";
        String cadence = a.averageCadence() == null ? null
                : a.averageCadence() + " average" + (a.maxCadence() == null ? "" : ", " + a.maxCadence() + " max")
                + " (steps per minute)";
        String title = TrainingFormat.sport(a.sport()) + " on " + TrainingFormat.day(a.start());
        return new ActivityPage(s.id(), title, TrainingFormat.day(a.start()), TrainingFormat.time(a.start()),
                a.start().getZone().getId(), TrainingFormat.sport(a.sport()), TrainingFormat.km(a.distance()) + " km",
                TrainingFormat.duration(a.moving()), TrainingFormat.duration(a.elapsed()),
                TrainingFormat.pace(a.distance(), a.moving()) + " min/km",
                a.elevationGainMetres() == null ? null : Math.round(a.elevationGainMetres()) + " m",
                hr, cadence, source(a), shoeName, laps,
                LineChart.pace(a.samples()).orElse(null), LineChart.heartRate(a.samples()).orElse(null), details, notice);
    }

    private static String source(Activity a) {
        if ("manual".equals(a.source())) {
            return "Entered by hand";
        }
        String kind = a.source() == null ? "file" : a.source().toUpperCase(java.util.Locale.ROOT) + " file";
        return "Imported from " + kind + Optional.ofNullable(a.sourceName()).map(n -> " " + n).orElse("");
    }

    private static String num(Integer v) {
        return v == null ? "–" : v.toString();
    }
}

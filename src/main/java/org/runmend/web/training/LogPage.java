package org.runmend.web.training;

import java.util.List;
import java.util.Map;
import org.runmend.activity.Activity;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Sport;
import org.runmend.activity.Units;
import org.runmend.diary.PainEntry;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.training.RunnerCalendar;
import org.runmend.training.StoredActivity;

/**
 * The training log: one page of activities, newest first, and the uploader.
 *
 * @param page  1-based page number
 * @param pages at least 1
 * @param notice what just happened ("The activity was deleted."), or null
 * @param unit   "km" or "mi"
 */
public record LogPage(List<Row> rows, int page, int pages, int total, String notice, String unit) {
    static final int PAGE_SIZE = 20;

    /** One activity as a row of the log table, every cell already written out. */
    public record Row(
            String id,
            String name,
            String day,
            String time,
            String sport,
            String km,
            String moving,
            String pace,
            String avgHr,
            String shoe,
            String surface,
            String pain) {}

    public LogPage {
        rows = List.copyOf(rows);
    }

    /**
     * One activity's row; a start recorded in UTC is shown in the runner's zone ({@link RunnerCalendar}).
     *
     * @param pain the run's pain diary entry, or null
     */
    static Row row(
            StoredActivity s,
            PainEntry pain,
            Map<String, String> shoeNames,
            KnowledgeBase kb,
            Units units,
            java.time.ZoneId zone) {
        Activity a = s.activity();
        java.time.ZonedDateTime start = RunnerCalendar.start(a.start(), zone);
        var d = s.details();
        String painCell = pain == null
                ? "–"
                : kb.region(pain.region()).map(r -> r.name() + " ").orElse("") + pain.score() + "/10";
        boolean ride = a.sport() == Sport.CYCLING;
        return new Row(
                s.id(),
                a.name() == null || a.name().isBlank() ? null : a.name(),
                TrainingFormat.day(start),
                TrainingFormat.time(start),
                TrainingFormat.sport(a.sport()),
                Figures.distance(a.distance(), units, Precision.HUNDREDTHS),
                Figures.duration(a.moving()),
                ride
                        ? Figures.speed(a.distance(), a.moving(), units) + " " + units.speedUnit()
                        : Figures.pace(a.distance(), a.moving(), units),
                a.averageHeartRate() == null ? "–" : String.valueOf(a.averageHeartRate()),
                d.shoeId() == null ? "–" : shoeNames.getOrDefault(d.shoeId(), "–"),
                TrainingFormat.capitalised(
                        d.surface() == null ? null : d.surface().id()),
                painCell);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}

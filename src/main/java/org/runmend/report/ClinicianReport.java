package org.runmend.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.runmend.assessment.Assessment;
import org.runmend.diary.PainEntry;

/**
 * Everything a runner can hand to a clinician: the pain check's assessment with the answers it
 * was built from, the pain diary, the recent training load and the shoes. Rendered by
 * {@link PdfReport} and {@link FhirReport}. Any list may be empty; the documents then say so.
 *
 * @param runnerName  the name the runner chose to show; no identifiers
 * @param pain        pain diary entries, kept in date order
 * @param weeks       weekly training load, kept in week order; only the last {@link #WEEKS} are kept
 * @param shoes       shoes in the order the runner lists them
 * @param story       the runner's own words the check started from, or null
 */
public record ClinicianReport(
        String runnerName,
        Instant generatedAt,
        Assessment assessment,
        List<PainEntry> pain,
        List<WeekLoad> weeks,
        List<ShoeLine> shoes,
        String story) {
    /** A report of a check started without a story. */
    public ClinicianReport(
            String runnerName,
            Instant generatedAt,
            Assessment assessment,
            List<PainEntry> pain,
            List<WeekLoad> weeks,
            List<ShoeLine> shoes) {
        this(runnerName, generatedAt, assessment, pain, weeks, shoes, null);
    }

    /** How many weeks of training load a report shows. */
    public static final int WEEKS = 8;

    public ClinicianReport {
        Objects.requireNonNull(runnerName, "runnerName");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(assessment, "assessment");
        pain = pain == null
                ? List.of()
                : pain.stream().sorted(Comparator.comparing(PainEntry::date)).toList();
        List<WeekLoad> sorted = weeks == null
                ? List.of()
                : weeks.stream()
                        .sorted(Comparator.comparing(WeekLoad::weekStart))
                        .toList();
        weeks = List.copyOf(sorted.subList(Math.max(0, sorted.size() - WEEKS), sorted.size()));
        shoes = shoes == null ? List.of() : List.copyOf(shoes);
    }
}

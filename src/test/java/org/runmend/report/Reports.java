package org.runmend.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.Case;
import org.runmend.assessment.PainCheck;
import org.runmend.diary.PainEntry;
import org.runmend.knowledge.Finding;
import org.runmend.knowledge.KnowledgeBase;

/** Reports built from real assessments of the bundled knowledge base. */
final class Reports {
    static final KnowledgeBase KB = KnowledgeBase.bundled();
    static final PainCheck CHECK = new PainCheck(KB);
    static final Instant GENERATED = Instant.parse("2025-06-02T09:30:00Z");

    /**
     * The longest note the diary keeps, wrapping over several lines of the table, with one word
     * too long for the column that must be broken inside the word.
     */
    static final String LONGEST_NOTE = ("A note as long as the diary allows. ".repeat(9)
                    + "Averyveryverylongwordwithoutanyspaces".repeat(5))
            .substring(0, PainEntry.MAX_NOTE);

    private Reports() {}

    /** Heel pain worst on the first steps, tender inside the heel: plantar fasciitis territory. */
    static Assessment heel() {
        Map<String, Boolean> findings = new LinkedHashMap<>();
        findings.put("first-steps-pain", true);
        findings.put("inner-heel-tenderness", true);
        findings.put("gradual-onset", true);
        findings.put("numbness-tingling", false);
        findings.put("heel-squeeze-pain", false);
        findings.put("load-increase", true);
        return CHECK.assess(new Case("heel", 41, "male", "heel-bottom", 21, 5, findings));
    }

    /** Lower-back pain with saddle numbness: cauda equina must be ruled out now. */
    static Assessment backEmergency() {
        Map<String, Boolean> findings = new LinkedHashMap<>();
        findings.put("saddle-numbness", true);
        findings.put("leg-pain-below-knee", true);
        findings.put("bladder-bowel-change", false);
        return CHECK.assess(new Case("back", 52, "female", "lower-back", 3, 8, findings));
    }

    static List<PainEntry> pain(LocalDate last, int days) {
        List<PainEntry> out = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            int score = Math.max(0, Math.min(10, 6 - (days - i) / 8 + (i % 3 == 0 ? 1 : 0)));
            out.add(entry(
                    last.minusDays(i),
                    "heel-bottom",
                    score,
                    i % 4 == 0 ? "Sharp on the first steps, eased after ten minutes of walking." : null));
        }
        return out;
    }

    /** A diary entry as the diary would keep it, with no morning-after score and no run. */
    static PainEntry entry(LocalDate date, String region, int score, String note) {
        return new PainEntry("pain-" + date + "-" + region, date, region, score, null, note, null);
    }

    static List<WeekLoad> weeks(LocalDate lastMonday) {
        double[] km = {22.5, 24.0, 25.1, 23.8, 26.0, 38.4, 30.2, 12.0};
        List<WeekLoad> out = new ArrayList<>();
        for (int i = 0; i < km.length; i++) {
            boolean spike = i == 5;
            out.add(new WeekLoad(
                    lastMonday.minusWeeks(km.length - 1 - i),
                    km[i],
                    Duration.ofMinutes(Math.round(km[i] * 5.8)),
                    3 + (i % 2),
                    spike,
                    spike ? "48% more than the average of the 4 weeks before" : null));
        }
        return out;
    }

    static List<ShoeLine> shoes() {
        return List.of(
                new ShoeLine("Brooks Ghost 15", 742.3, 700, false, LocalDate.of(2024, 9, 14)),
                new ShoeLine("Saucony Kinvara 14", 212.0, 600, false, LocalDate.of(2025, 4, 1)),
                new ShoeLine("Asics Novablast 3", 815.0, 700, true, null));
    }

    static ClinicianReport heelReport() {
        LocalDate today = LocalDate.of(2025, 6, 2);
        return new ClinicianReport(
                "Sam Runner", GENERATED, heel(), pain(today, 21), weeks(today.minusWeeks(0)), shoes());
    }

    /** Every question of the knowledge base answered, and 60 days of diary. */
    static ClinicianReport longReport() {
        Map<String, Boolean> findings = new LinkedHashMap<>();
        int i = 0;
        for (Finding f : KB.findings()) {
            if (!f.isDerived() && !f.isRedFlag()) {
                findings.put(f.id(), i++ % 3 == 0);
            }
        }
        Assessment a = CHECK.assess(new Case("long", 35, "female", "knee", 40, 6, findings));
        LocalDate today = LocalDate.of(2025, 6, 2);
        List<PainEntry> pain = new ArrayList<>(pain(today, 60));
        pain.add(entry(today.minusDays(3), "heel-bottom", 2, "Other foot a little sore too."));
        pain.add(entry(today.minusDays(10), "shin", 4, null));
        pain.add(entry(today.minusDays(20), "shin", 3, LONGEST_NOTE));
        return new ClinicianReport("Alex Long-Distance", GENERATED, a, pain, weeks(today), shoes());
    }
}

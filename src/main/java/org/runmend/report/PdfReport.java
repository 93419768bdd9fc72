package org.runmend.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.AssessmentJson;
import org.runmend.assessment.Case;
import org.runmend.assessment.RankedCondition;
import org.runmend.assessment.Reason;
import org.runmend.diary.PainEntry;
import org.runmend.knowledge.Condition;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.TriageAdvice;

/**
 * The report as an A4 PDF a runner can print or send to a clinician: the pain check's answers,
 * ranked conditions and triage, a pain chart, the last weeks of training load and the shoes.
 * Uses only the standard 14 fonts, so nothing is embedded and the file stays small. Thread-safe.
 */
public final class PdfReport {
    /** Conditions below this probability are left out of the list unless among the first three. */
    static final double LISTED = 0.01;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final KnowledgeBase kb;
    private final ReportWords words;

    public PdfReport(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.words = new ReportWords(kb);
    }

    /** The PDF's bytes. */
    public byte[] render(ClinicianReport report) {
        Objects.requireNonNull(report, "report");
        try (Layout out = new Layout("RunMend report: " + report.runnerName())) {
            title(out, report);
            summary(out, report.assessment());
            triage(out, report.assessment());
            story(out, report.story());
            answers(out, report.assessment().input());
            conditions(out, report.assessment());
            pain(out, report.pain());
            load(out, report.weeks());
            shoes(out, report.shoes());
            String stamp = STAMP.format(report.generatedAt());
            return out.finish(page ->
                    "RunMend report for " + report.runnerName() + ", " + stamp + ". Possible causes, not a diagnosis.");
        }
    }

    private void title(Layout out, ClinicianReport report) {
        out.gap(20);
        out.text(Layout.LEFT, out.y(), "RunMend report for a clinician", out.bold, 18);
        out.gap(6);
        out.paragraph(
                "Runner: " + report.runnerName() + "  \u00b7  Generated: " + STAMP.format(report.generatedAt()),
                out.regular,
                10,
                0);
        out.gap(8);
        String notice = "This is not a diagnosis. " + AssessmentJson.NOT_A_DIAGNOSIS + " The runner answered the "
                + "questions below themselves; the probabilities come from a naive Bayes model over those answers "
                + "and published likelihoods, and are meant to help the conversation, not to replace it.";
        List<String> lines = out.wrap(notice, out.regular, 9.5f, Layout.WIDTH - 16);
        float h = lines.size() * 12.35f + 12;
        out.ensure(h);
        try {
            out.canvas().setNonStrokingColor(1f, 0.96f, 0.85f);
            out.canvas().addRect(Layout.LEFT, out.y() - h, Layout.WIDTH, h);
            out.canvas().fill();
            out.canvas().setNonStrokingColor(0f, 0f, 0f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        float baseline = out.y() - 6 - 9.5f;
        for (String line : lines) {
            out.text(Layout.LEFT + 8, baseline, line, out.regular, 9.5f);
            baseline -= 12.35f;
        }
        out.gap(h);
    }

    private void summary(Layout out, Assessment a) {
        Case c = a.input();
        out.heading("Summary");
        float label = 130;
        out.field("Age", c.age() == null ? "not stated" : c.age() + " years", label);
        out.field("Sex", ReportWords.sex(c.sex()), label);
        out.field("Where it hurts", words.region(c.region()), label);
        out.field("For how long", ReportWords.days(c.durationDays()), label);
        out.field("Pain now", c.painScore() == null ? "not stated" : c.painScore() + " out of 10", label);
        RankedCondition top = a.top();
        out.field(
                "Most likely",
                top.condition().name() + " (" + ReportWords.percent(top.probability()) + ", ICD-10 "
                        + top.condition().icd10() + ")",
                label);
    }

    private void triage(Layout out, Assessment a) {
        TriageAdvice advice = kb.advice(a.triage());
        out.heading("How urgent");
        out.paragraph("Triage: " + words.triage(a.triage()), out.bold, 11, 0);
        out.gap(2);
        out.paragraph(a.message().headline() + ".", out.bold, 10, 0);
        out.paragraph(a.message().because());
        out.paragraph(
                "Whom to see: " + a.whomToSee().who() + ", " + a.whomToSee().when() + ".");
        out.paragraph(advice.doNow());
        if (a.redFlags().isEmpty()) {
            out.paragraph("Red flags: none stated.", out.regular, 10, 0);
        } else {
            out.gap(4);
            out.paragraph("Red flags the runner reported:", out.bold, 10, 0);
            for (String flag : a.redFlags()) {
                out.bullet(words.meaning(flag), out.regular, 10, 8);
            }
        }
        out.gap(4);
        out.paragraph("How the level was set:", out.bold, 10, 0);
        for (String reason : a.triageReasons()) {
            out.bullet(reason, out.regular, 10, 8);
        }
    }

    /** The runner's story as typed: a clinician reads the runner's own words before the answers read from them. */
    private void story(Layout out, String story) {
        if (story == null || story.isBlank()) {
            return;
        }
        out.heading("In the runner's own words");
        for (String para : java.util.regex.Pattern.compile("\\r?\\n\\s*\\r?\\n").split(story.strip(), -1)) {
            if (para.isBlank()) {
                continue;
            }
            out.paragraph("\u201c" + para.strip().replaceAll("\\s+", " ") + "\u201d");
        }
    }

    private void answers(Layout out, Case c) {
        out.heading("The runner's answers");
        if (c.findings().isEmpty()) {
            out.paragraph("The runner answered no questions beyond where it hurts.");
            return;
        }
        List<Layout.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : c.findings().entrySet()) {
            boolean flag = words.isRedFlag(e.getKey());
            rows.add(new Layout.Row(
                    List.of(words.question(e.getKey()), e.getValue() ? "Yes" : "No", flag ? "red flag" : ""),
                    flag && e.getValue()));
        }
        out.table(new float[] {Layout.WIDTH - 110, 45, 65}, List.of("Question", "Answer", "Type"), rows);
    }

    private void conditions(Layout out, Assessment a) {
        out.heading("Possible causes, most likely first");
        int rank = 0;
        for (RankedCondition rc : a.conditions()) {
            rank++;
            if (rank > 3 && rc.probability() < LISTED) {
                break;
            }
            Condition c = rc.condition();
            out.ensure(40);
            out.gap(4);
            out.paragraph(
                    rank + ". " + c.name() + " \u2013 " + ReportWords.percent(rc.probability()) + " \u2013 ICD-10 "
                            + c.icd10(),
                    out.bold,
                    10.5f,
                    0);
            List<String> forIt = new ArrayList<>();
            List<String> against = new ArrayList<>();
            for (Reason r : rc.reasons()) {
                String text = (r.present() ? "yes: " : "no: ")
                        + words.meaning(r.finding())
                        + String.format(Locale.ROOT, " (LR %.2f)", r.likelihoodRatio());
                (r.raises() ? forIt : against).add(text);
            }
            out.paragraph(
                    "For: " + (forIt.isEmpty() ? "none of the answers" : String.join("; ", forIt)),
                    out.regular,
                    9.5f,
                    12);
            out.paragraph(
                    "Against: " + (against.isEmpty() ? "none of the answers" : String.join("; ", against)),
                    out.regular,
                    9.5f,
                    12);
            out.paragraph(
                    a.triage().isAbove(c.triage())
                            ? "Usual urgency on its own: " + words.triage(c.triage())
                                    + "; the triage above comes first."
                            : "Usual urgency: " + words.triage(c.triage()) + ". See: "
                                    + c.see().who() + ", " + c.see().when() + ".",
                    out.italic,
                    9.5f,
                    12);
        }
        out.gap(4);
        out.paragraph(
                "LR is the likelihood ratio each answer applied to the condition's odds; conditions under "
                        + ReportWords.percent(LISTED) + " are not listed.",
                out.italic,
                8.5f,
                0);
    }

    private void pain(Layout out, List<PainEntry> pain) {
        out.heading("Pain over time", pain.isEmpty() ? 14 : PainChart.HEIGHT + 28);
        if (pain.isEmpty()) {
            out.paragraph("No pain diary entries: the runner has not recorded pain scores over time.");
            return;
        }
        PainChart.draw(out, pain, words);
        out.gap(10);
        List<Layout.Row> rows = new ArrayList<>();
        for (PainEntry e : pain) {
            rows.add(new Layout.Row(
                    DATE.format(e.date()),
                    words.region(e.region()),
                    e.score() + "/10",
                    e.note() == null ? "" : e.note()));
        }
        out.table(new float[] {70, 130, 40, Layout.WIDTH - 240}, List.of("Date", "Where", "Pain", "Note"), rows);
    }

    private void load(Layout out, List<WeekLoad> weeks) {
        out.heading("Training load, last " + ClinicianReport.WEEKS + " weeks");
        if (weeks.isEmpty()) {
            out.paragraph("No training log: the runner has not recorded any runs in RunMend, so there is no "
                    + "training load to show.");
            return;
        }
        List<Layout.Row> rows = new ArrayList<>();
        for (WeekLoad w : weeks) {
            String spike = w.spike() ? "SPIKE" + (w.spikeNote() == null ? "" : ": " + w.spikeNote()) : "";
            rows.add(new Layout.Row(
                    List.of(
                            "Week of " + DATE.format(w.weekStart()),
                            km(w.km()),
                            Figures.hoursMinutes(w.time()),
                            Integer.toString(w.runs()),
                            spike),
                    w.spike()));
        }
        out.table(
                new float[] {110, 70, 60, 40, Layout.WIDTH - 280},
                List.of("Week", "Distance (km)", "Time (h:mm)", "Runs", "Load spike"),
                rows);
        if (weeks.stream().anyMatch(WeekLoad::spike)) {
            out.gap(3);
            out.paragraph(
                    "Shaded weeks are load spikes: a sudden rise in running compared with the weeks before.",
                    out.italic,
                    8.5f,
                    0);
        }
    }

    /** The report's tables are in kilometres, whatever the runner reads, as clinicians and studies use them. */
    private static String km(double km) {
        return Figures.distance(Distance.ofKilometres(km), Units.KM, Precision.TENTHS);
    }

    private void shoes(Layout out, List<ShoeLine> shoes) {
        out.heading("Shoes");
        if (shoes.isEmpty()) {
            out.paragraph("No shoes recorded.");
            return;
        }
        List<Layout.Row> rows = new ArrayList<>();
        for (ShoeLine s : shoes) {
            String status = s.retired() ? "retired" : s.dueForReplacement() ? "due for replacement" : "in use";
            rows.add(new Layout.Row(
                    List.of(
                            s.name(),
                            km(s.km()),
                            s.alertKm() > 0 ? km(s.alertKm()) : "-",
                            s.since() == null ? "-" : DATE.format(s.since()),
                            status),
                    s.dueForReplacement()));
        }
        out.table(
                new float[] {Layout.WIDTH - 320, 70, 80, 80, 90},
                List.of("Shoe", "Distance (km)", "Replace at (km)", "Since", "Status"),
                rows);
    }
}

package org.runmend.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.runmend.accounts.Runner;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.assessment.Assessment;
import org.runmend.assessment.CaseReader;
import org.runmend.assessment.PainCheck;
import org.runmend.assessment.SavedAssessments;
import org.runmend.diary.Diary;
import org.runmend.diary.PainEntry;
import org.runmend.training.LoadReport;
import org.runmend.training.RunSpike;
import org.runmend.training.ShoeWear;
import org.runmend.training.TrainingService;
import org.runmend.training.WeekSummary;

/**
 * Gathers a runner's report from their saved pain check, pain diary, last 8 weeks of load and
 * shoes. The saved check is assessed again from its stored answers, with the current knowledge.
 */
public final class ReportAssembler {
    private final PainCheck check;
    private final SavedAssessments saved;
    private final Diary diary;
    private final TrainingService training;
    private final Clock clock;

    public ReportAssembler(
            PainCheck check, SavedAssessments saved, Diary diary, TrainingService training, Clock clock) {
        this.check = check;
        this.saved = saved;
        this.diary = diary;
        this.training = training;
        this.clock = clock;
    }

    /**
     * The report for a saved check (the newest when {@code checkId} is null); empty when none is saved.
     * Its diary and weeks end on the runner's today in {@code runnerZone}.
     */
    public Optional<ClinicianReport> assemble(Runner runner, String checkId, java.time.ZoneId runnerZone) {
        Optional<SavedAssessments.Saved> s = checkId == null
                ? saved.list(runner.id()).stream().findFirst()
                : Optional.of(saved.get(runner.id(), checkId));
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Assessment a =
                check.assess(new CaseReader(check.knowledge()).read(s.get().caseJson()));
        LocalDate today = training.today(runnerZone);
        List<PainEntry> pain = diary.entries(runner.id(), today.minusWeeks(8), today);
        LoadReport load = training.report(runner.id(), ClinicianReport.WEEKS, runnerZone);
        List<WeekLoad> weeks = load.weeks().stream()
                .map(w -> new WeekLoad(
                        w.monday(),
                        w.distance().toKilometres(),
                        w.moving(),
                        w.runs(),
                        spikeIn(load, w) != null,
                        spikeIn(load, w)))
                .toList();
        List<ShoeLine> shoes = load.shoes().stream().map(ReportAssembler::shoe).toList();
        return Optional.of(new ClinicianReport(
                runner.displayName(),
                clock.instant(),
                a,
                pain,
                weeks,
                shoes,
                s.get().story()));
    }

    private static String spikeIn(LoadReport load, WeekSummary w) {
        return load.runs().stream()
                .filter(r -> r.band().isSpike())
                .filter(r ->
                        !r.run().date().isBefore(w.monday()) && !r.run().date().isAfter(w.sunday()))
                .map(ReportAssembler::describe)
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
    }

    private static String describe(RunSpike r) {
        return String.format(
                java.util.Locale.ROOT,
                "%s on %s, %.0f%% over the longest of the previous 30 days",
                Figures.distanceWithUnit(r.run().distance(), Units.KM, Precision.TENTHS),
                r.run().date(),
                100 * r.increase().orElse(0.0));
    }

    private static ShoeLine shoe(ShoeWear w) {
        return new ShoeLine(
                w.shoe().name(),
                w.distance().toKilometres(),
                w.shoe().alertDistance().toKilometres(),
                w.shoe().retired(),
                w.shoe().start());
    }
}

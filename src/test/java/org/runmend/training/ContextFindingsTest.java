package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runmend.training.Synthetic.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Units;

class ContextFindingsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 18);

    /** 16 weeks of 3 runs a week at 6 min/km, 8 km each, nothing else recorded. */
    private static List<Run> steady() {
        return new ArrayList<>(Synthetic.every(2, TODAY.minusDays(16 * 7), TODAY, 8));
    }

    @Test
    void context_findings_only_include_what_the_data_shows() {
        assertThat(TrainingLog.of(List.of()).report(TODAY).contextFindings()).isEmpty();
        // a short log of distances only: too little history to rule out a load increase
        assertThat(TrainingLog.of(Synthetic.every(2, TODAY.minusDays(20), TODAY, 8))
                        .report(TODAY)
                        .contextFindings())
                .isEmpty();
        // long enough for load, nothing about shoes, surfaces or warm-ups
        LoadReport report = TrainingLog.of(steady()).report(TODAY);
        assertThat(report.contextFindings()).containsExactly(Map.entry("load-increase", false));
        assertThat(report.contextAnswer("load-increase").orElseThrow().reason()).contains("no run was more than 10%");
    }

    @Test
    void an_old_history_without_recent_runs_answers_nothing() {
        // years of steady running that ended three months ago: nothing is known of the last weeks
        List<Run> old = Synthetic.every(2, TODAY.minusDays(3 * 365), TODAY.minusDays(90), 8);
        assertThat(TrainingLog.of(old).report(TODAY).contextFindings())
                .doesNotContainKey("load-increase")
                .isEmpty();
    }

    @Test
    void every_answer_is_a_context_finding_a_flag_could_pre_answer() {
        List<Run> runs = new ArrayList<>();
        for (Run r : steady()) {
            runs.add(r.withSurface(Surface.ROAD).withWarmUp(false).withShoe("peg"));
        }
        runs.add(run(TODAY, 20).withSurface(Surface.ROAD).withWarmUp(false).withShoe("peg"));
        LoadReport report =
                new TrainingLog(runs, List.of(Shoe.of("peg", "Pegasus", TODAY.minusDays(200)))).report(TODAY);

        assertThat(report.contextFindings())
                .containsOnly(
                        Map.entry("load-increase", true),
                        Map.entry("new-shoes", false),
                        Map.entry("hard-surface", true),
                        Map.entry("no-warmup", true));
        assertThat(report.flags())
                .extracting(Flag::kind)
                .containsExactly(
                        FlagKind.RUN_SPIKE, FlagKind.WEEKLY_INCREASE, FlagKind.HARD_SURFACE, FlagKind.NO_WARMUP);
        for (Flag f : report.flags()) {
            assertThat(report.contextFindings()).containsEntry(f.contextFinding(), true);
        }
    }

    @Test
    void mostly_road_in_the_last_four_weeks_is_hard_surface() {
        List<Run> runs = new ArrayList<>();
        for (Run r : steady()) {
            runs.add(r.withSurface(r.date().getDayOfMonth() % 3 == 0 ? Surface.TRAIL : Surface.ROAD));
        }
        LoadReport report = TrainingLog.of(runs).report(TODAY);
        assertThat(report.contextFindings()).containsEntry("hard-surface", true);
        assertThat(report.surfaceMix().share(Surface.ROAD)).isGreaterThan(0.5);
        assertThat(report.flags(FlagKind.HARD_SURFACE))
                .singleElement()
                .satisfies(f -> assertThat(f.causeId()).isEqualTo("cause-hard-surface"));

        List<Run> trails =
                steady().stream().map(r -> r.withSurface(Surface.TRAIL)).toList();
        assertThat(TrainingLog.of(trails).report(TODAY).contextFindings()).containsEntry("hard-surface", false);
    }

    @Test
    void surfaces_recorded_on_too_little_of_the_distance_say_nothing() {
        List<Run> runs = steady();
        runs.set(runs.size() - 1, runs.get(runs.size() - 1).withSurface(Surface.ROAD));
        LoadReport report = TrainingLog.of(runs).report(TODAY);
        assertThat(report.contextFindings()).doesNotContainKey("hard-surface");
        assertThat(report.surfaceMix().unknownShare()).isGreaterThan(0.5);
    }

    @Test
    void warm_up_on_under_half_of_recorded_runs_is_flagged_and_exactly_half_is_not() {
        LocalDate d = TODAY.minusDays(10);
        List<Run> under = List.of(
                run(d, 5).withWarmUp(true),
                run(d.plusDays(1), 5).withWarmUp(false),
                run(d.plusDays(2), 5).withWarmUp(false),
                run(d.plusDays(3), 5));
        LoadReport report = TrainingLog.of(under).report(TODAY);
        assertThat(report.contextFindings()).containsEntry("no-warmup", true);
        assertThat(report.warmUps()).isEqualTo(new WarmUps(4, 3, 1));
        assertThat(report.flags(FlagKind.NO_WARMUP)).singleElement().satisfies(f -> {
            assertThat(f.causeId()).isEqualTo("cause-no-warmup");
            assertThat(f.dates()).containsExactly(d.plusDays(1), d.plusDays(2));
        });

        List<Run> half = List.of(
                run(d, 5).withWarmUp(true),
                run(d.plusDays(1), 5).withWarmUp(false),
                run(d.plusDays(2), 5).withWarmUp(true),
                run(d.plusDays(3), 5).withWarmUp(false));
        LoadReport even = TrainingLog.of(half).report(TODAY);
        assertThat(even.contextFindings()).containsEntry("no-warmup", false);
        assertThat(even.flags()).isEmpty();

        List<Run> few =
                List.of(run(d, 5).withWarmUp(false), run(d.plusDays(1), 5).withWarmUp(false));
        assertThat(TrainingLog.of(few).report(TODAY).contextFindings()).doesNotContainKey("no-warmup");
    }

    @Test
    void more_fast_runs_than_usual_pre_answer_hills_or_speed() {
        List<Run> runs = new ArrayList<>();
        for (Run r : steady()) {
            boolean recent = !r.date().isBefore(TODAY.minusDays(27));
            boolean fast = recent && r.date().getDayOfMonth() % 2 == 0;
            runs.add(fast ? run(r.date(), 8, 5.0) : r);
        }
        LoadReport report = TrainingLog.of(runs).report(TODAY);
        assertThat(report.flags(FlagKind.FASTER_RUNS)).singleElement().satisfies(f -> {
            assertThat(f.contextFinding()).isEqualTo("hills-or-speed");
            assertThat(f.explanation()).contains("usual pace of the 12 weeks before (6:00 per km)");
        });
        assertThat(TrainingLog.of(runs).report(TODAY, 12, Units.MI).flags(FlagKind.FASTER_RUNS))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.explanation()).contains("usual pace of the 12 weeks before (9:39 per mi)"));
        assertThat(report.contextFindings()).containsEntry("hills-or-speed", true);
        // steady running never answers hills-or-speed with no: jumping and hills may go unrecorded
        assertThat(TrainingLog.of(steady()).report(TODAY).contextFindings()).doesNotContainKey("hills-or-speed");
    }

    @Test
    void much_more_climbing_per_km_pre_answers_hills_or_speed() {
        List<Run> runs = new ArrayList<>();
        for (Run r : steady()) {
            boolean recent = !r.date().isBefore(TODAY.minusDays(27));
            runs.add(r.withElevationGain(recent ? 200.0 : 40.0)); // 25 m/km against 5 m/km
        }
        LoadReport report = TrainingLog.of(runs).report(TODAY);
        assertThat(report.flags(FlagKind.MORE_CLIMBING)).singleElement().satisfies(f -> {
            assertThat(f.causeId()).isEqualTo("cause-uneven-or-sloped-ground");
            assertThat(f.explanation())
                    .startsWith("In the last 4 weeks you climbed 25 m per km on average, against 5 m");
        });
        assertThat(TrainingLog.of(runs).report(TODAY, 12, Units.MI).flags(FlagKind.MORE_CLIMBING))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation())
                        .startsWith("In the last 4 weeks you climbed 132 ft per mi on average, against 26 ft per mi"));
    }
}

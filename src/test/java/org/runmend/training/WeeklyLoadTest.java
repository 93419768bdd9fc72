package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runmend.training.Synthetic.run;
import static org.runmend.training.Synthetic.runAt;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class WeeklyLoadTest {

    @Test
    void weeks_are_iso_weeks_from_monday_with_empty_weeks_included() {
        LocalDate today = LocalDate.of(2025, 5, 14); // a Wednesday
        LoadReport report = TrainingLog.of(List.of(
                        run(LocalDate.of(2025, 4, 28), 10),
                        run(LocalDate.of(2025, 5, 4), 5),
                        run(LocalDate.of(2025, 5, 13), 8)))
                .report(today, 4);

        assertThat(report.weeks())
                .extracting(WeekSummary::monday)
                .containsExactly(
                        LocalDate.of(2025, 4, 21),
                        LocalDate.of(2025, 4, 28),
                        LocalDate.of(2025, 5, 5),
                        LocalDate.of(2025, 5, 12));
        assertThat(report.weeks()).extracting(w -> w.distance().toKilometres()).containsExactly(0.0, 15.0, 0.0, 8.0);
        assertThat(report.weeks().get(1).moving()).isEqualTo(Duration.ofMinutes(90));
        assertThat(report.weeks().get(1).runs()).isEqualTo(2);
        assertThat(report.thisWeek().complete()).isFalse();
        assertThat(report.weeks().get(2).complete()).isTrue();
    }

    @Test
    void week_boundaries_follow_the_iso_year_across_new_year() {
        // 29 Dec 2024 is a Sunday (2024-W52), 30 Dec 2024 a Monday that starts 2025-W01
        LocalDate today = LocalDate.of(2025, 1, 5);
        LoadReport report = TrainingLog.of(List.of(
                        run(LocalDate.of(2024, 12, 29), 7),
                        run(LocalDate.of(2024, 12, 30), 3),
                        run(LocalDate.of(2025, 1, 1), 4)))
                .report(today, 2);

        assertThat(report.weeks()).extracting(WeekSummary::label).containsExactly("2024-W52", "2025-W01");
        assertThat(report.weeks()).extracting(w -> w.distance().toKilometres()).containsExactly(7.0, 7.0);
    }

    @Test
    void week_boundaries_use_local_time_across_a_daylight_saving_change() {
        // Europe/Berlin moved to summer time on Sunday 30 March 2025
        ZoneId berlin = Synthetic.BERLIN;
        Run sundayLate = runAt(ZonedDateTime.of(LocalDate.of(2025, 3, 30), LocalTime.of(23, 30), berlin), 5);
        Run mondayEarly = runAt(ZonedDateTime.of(LocalDate.of(2025, 3, 31), LocalTime.of(0, 30), berlin), 6);
        LoadReport report = TrainingLog.of(List.of(sundayLate, mondayEarly)).report(LocalDate.of(2025, 4, 1), 2);

        assertThat(report.weeks()).extracting(w -> w.distance().toKilometres()).containsExactly(5.0, 6.0);
        assertThat(report.weeks())
                .extracting(WeekSummary::monday)
                .containsExactly(LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 31));
    }

    @Test
    void a_run_abroad_counts_on_its_local_day() {
        // Sunday 23:00 in New York is already Monday in UTC; the runner's week is the local one
        Run newYork = runAt(
                ZonedDateTime.of(LocalDate.of(2025, 3, 23), LocalTime.of(23, 0), ZoneId.of("America/New_York")), 10);
        LoadReport report = TrainingLog.of(List.of(newYork)).report(LocalDate.of(2025, 3, 25), 2);
        assertThat(report.weeks().get(0).distance().toKilometres()).isEqualTo(10);
    }

    @Test
    void runs_after_today_are_ignored() {
        LocalDate today = LocalDate.of(2025, 5, 14);
        LoadReport report = TrainingLog.of(List.of(run(today, 5), run(today.plusDays(1), 30)))
                .report(today, 1);
        assertThat(report.thisWeek().distance().toKilometres()).isEqualTo(5);
        assertThat(report.runs()).hasSize(1);
    }

    @Test
    void rest_days_count_days_without_a_run_up_to_today() {
        LocalDate monday = LocalDate.of(2025, 5, 5);
        List<Run> runs =
                List.of(run(monday, 5), run(monday, 3), run(monday.plusDays(2), 5), run(monday.plusDays(7), 5));
        LoadReport report = TrainingLog.of(runs).report(monday.plusDays(9), 2); // Wednesday of the next week

        assertThat(report.weeks().get(0).restDays()).isEqualTo(5);
        assertThat(report.weeks().get(1).restDays()).isEqualTo(2);
    }

    @Test
    void longest_streak_without_rest_may_start_before_the_report() {
        LocalDate today = LocalDate.of(2025, 5, 14);
        List<Run> runs = new ArrayList<>(Synthetic.every(1, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 22), 5));
        runs.addAll(Synthetic.every(1, LocalDate.of(2025, 5, 12), today, 5));
        LoadReport report = TrainingLog.of(runs).report(today, 4);

        assertThat(report.longestStreak()).contains(new Streak(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 22)));
        assertThat(report.longestStreak().orElseThrow().days()).isEqualTo(22);
        assertThat(TrainingLog.of(runs).report(today, 3).streaks()).hasSize(1);
        assertThat(report.currentStreak()).contains(new Streak(LocalDate.of(2025, 5, 12), today));
        assertThat(TrainingLog.of(List.of()).report(today).longestStreak()).isEmpty();
    }

    @Test
    void monotony_of_identical_days_is_undefined_because_the_sd_is_zero() {
        LocalDate monday = LocalDate.of(2025, 5, 5);
        LoadReport report = TrainingLog.of(Synthetic.every(1, monday, monday.plusDays(6), 5))
                .report(monday.plusDays(7), 2);
        WeekSummary week = report.weeks().get(0);

        assertThat(week.dailyLoadSd()).isZero();
        assertThat(week.monotony()).isEmpty();
        assertThat(week.strain()).isEmpty();
        assertThat(week.sameLoadEveryDay()).isTrue();
        WeekSummary empty =
                TrainingLog.of(List.of()).report(monday.plusDays(7), 2).weeks().get(0);
        assertThat(empty.monotony()).isEmpty();
        assertThat(empty.sameLoadEveryDay()).isFalse();
    }

    @Test
    void monotony_and_strain_follow_foster_with_effort_when_known() {
        LocalDate monday = LocalDate.of(2025, 5, 5);
        // loads: Mon 30 min x 5 = 150, Wed 60 min (no effort) = 60, Sat 45 min x 8 = 360, other days 0
        List<Run> runs = List.of(
                run(monday, 5).withEffort(5),
                run(monday.plusDays(2), 10),
                run(monday.plusDays(5), 7.5).withEffort(8));
        WeekSummary week =
                TrainingLog.of(runs).report(monday.plusDays(7), 2).weeks().get(0);

        double[] daily = {150, 0, 60, 0, 0, 360, 0};
        double mean = 570 / 7.0;
        double sd = Math.sqrt(
                java.util.Arrays.stream(daily).map(v -> (v - mean) * (v - mean)).sum() / 7);
        assertThat(week.load()).isCloseTo(570, Offset.offset(1e-9));
        assertThat(week.runsWithEffort()).isEqualTo(2);
        assertThat(week.monotony()).hasValueSatisfying(m -> assertThat(m).isCloseTo(mean / sd, Offset.offset(1e-9)));
        assertThat(week.strain())
                .hasValueSatisfying(s -> assertThat(s).isCloseTo(570 * mean / sd, Offset.offset(1e-6)));
    }

    @Test
    void the_current_partial_week_has_no_monotony() {
        LocalDate monday = LocalDate.of(2025, 5, 5);
        LoadReport report = TrainingLog.of(List.of(run(monday, 5), run(monday.plusDays(1), 10)))
                .report(monday.plusDays(3), 1);
        assertThat(report.thisWeek().monotony()).isEmpty();
        assertThat(report.thisWeek().load()).isEqualTo(90);
    }

    @Test
    void weekly_distance_up_sharply_to_a_new_high_is_flagged() {
        LocalDate today = LocalDate.of(2025, 5, 18); // a Sunday
        List<Run> runs = new ArrayList<>();
        for (int w = 8; w >= 1; w--) {
            LocalDate monday = LocalDate.of(2025, 5, 12).minusWeeks(w);
            runs.addAll(List.of(run(monday, 6), run(monday.plusDays(2), 6), run(monday.plusDays(4), 8)));
        }
        // this week: 5 runs of 6-8 km, none longer than 8 km: no spike, but 34 km against 20 km
        LocalDate monday = LocalDate.of(2025, 5, 12);
        runs.addAll(List.of(
                run(monday, 6),
                run(monday.plusDays(1), 6),
                run(monday.plusDays(2), 8),
                run(monday.plusDays(4), 6),
                run(monday.plusDays(6), 8)));
        LoadReport report = TrainingLog.of(runs).report(today);

        assertThat(report.flags(FlagKind.RUN_SPIKE)).isEmpty();
        assertThat(report.flags(FlagKind.WEEKLY_INCREASE)).singleElement().satisfies(f -> {
            assertThat(f.dates()).containsExactly(monday);
            assertThat(f.causeId()).isEqualTo("cause-progression-too-fast");
            assertThat(f.explanation())
                    .startsWith("You ran 34 km in the week of 12 May, 70% more than the week before (20 km)");
        });
        assertThat(report.contextFindings()).containsEntry("load-increase", true);
    }

    @Test
    void a_normal_week_after_an_easy_one_is_not_a_weekly_jump() {
        LocalDate today = LocalDate.of(2025, 5, 18);
        List<Run> runs = new ArrayList<>();
        for (int w = 8; w >= 0; w--) {
            LocalDate monday = LocalDate.of(2025, 5, 12).minusWeeks(w);
            runs.add(run(monday, 8));
            if (w != 1) { // an easy week before this one
                runs.addAll(List.of(run(monday.plusDays(2), 8), run(monday.plusDays(4), 8)));
            }
        }
        LoadReport report = TrainingLog.of(runs).report(today);
        assertThat(report.flags()).isEmpty();
        assertThat(report.contextFindings()).containsEntry("load-increase", false);
    }
}

package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runmend.training.Synthetic.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AcuteChronicTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 18); // a Sunday

    @Test
    void ewma_follows_williams_with_lambda_two_over_n_plus_one() {
        // one 10 km run 9 days ago, nothing since: acute decays 8 days, chronic as of 7 days ago 1 day
        LoadReport report = TrainingLog.of(List.of(run(TODAY.minusDays(9), 10))).report(TODAY);
        double la = 2.0 / 8;
        double lc = 2.0 / 29;
        assertThat(report.acuteChronic().acuteKmPerDay())
                .isCloseTo(10 * la * Math.pow(1 - la, 9), Offset.offset(1e-12));
        assertThat(report.acuteChronic().chronicKmPerDay())
                .isCloseTo(10 * lc * Math.pow(1 - lc, 2), Offset.offset(1e-12));
        assertThat(report.acuteChronic().enoughHistory()).isFalse();
        assertThat(report.acuteChronic().ratio()).isEmpty();
    }

    @Test
    void chronic_load_is_uncoupled_from_the_acute_week() {
        List<Run> runs = new ArrayList<>(Synthetic.every(2, TODAY.minusDays(60), TODAY.minusDays(8), 8));
        LoadReport before = TrainingLog.of(runs).report(TODAY);
        runs.add(run(TODAY.minusDays(1), 8));
        LoadReport after = TrainingLog.of(runs).report(TODAY);

        assertThat(after.acuteChronic().chronicKmPerDay())
                .isEqualTo(before.acuteChronic().chronicKmPerDay());
        assertThat(after.acuteChronic().acuteKmPerDay())
                .isGreaterThan(before.acuteChronic().acuteKmPerDay());
        assertThat(after.acuteChronic().ratio()).isPresent();
    }

    @Test
    void acwr_never_flags_on_its_own() {
        // 8 weeks of 3 x 8 km, one big week 4 weeks ago, then this week 5 x 8 km: ratio well above
        // 1.5, but no run longer than usual and no new weekly high
        List<Run> runs = new ArrayList<>();
        LocalDate thisMonday = LocalDate.of(2025, 5, 12);
        for (int w = 9; w >= 1; w--) {
            LocalDate monday = thisMonday.minusWeeks(w);
            runs.addAll(List.of(run(monday, 8), run(monday.plusDays(3), 8), run(monday.plusDays(5), 8)));
            if (w == 4) {
                runs.addAll(
                        List.of(run(monday.plusDays(1), 8), run(monday.plusDays(2), 8), run(monday.plusDays(4), 8)));
            }
        }
        for (int d = 2; d <= 6; d++) {
            runs.add(run(thisMonday.plusDays(d), 8));
        }
        LoadReport report = TrainingLog.of(runs).report(TODAY);

        assertThat(report.acuteChronic().ratio())
                .hasValueSatisfying(r -> assertThat(r).isGreaterThan(1.5));
        assertThat(report.flags()).isEmpty();
        assertThat(report.acuteChronic().caveat()).contains("never warns");
    }

    @Test
    void no_runs_gives_zero_loads_and_no_ratio() {
        AcuteChronic ac = TrainingLog.of(List.of()).report(TODAY).acuteChronic();
        assertThat(ac.acuteKmPerDay()).isZero();
        assertThat(ac.chronicKmPerDay()).isZero();
        assertThat(ac.ratio()).isEmpty();
    }
}

package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.runmend.training.Synthetic.run;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RunSpikeTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 10);

    private static RunSpike last(List<Run> runs) {
        List<RunSpike> spikes = TrainingLog.of(runs).report(TODAY).runs();
        return spikes.get(spikes.size() - 1);
    }

    private static SpikeBand bandAfter(double longestKm, double km) {
        return last(List.of(run(TODAY.minusDays(10), longestKm), run(TODAY, km)))
                .band();
    }

    @Test
    void spike_over_longest_run_in_30_days_is_flagged() {
        LoadReport report = TrainingLog.of(List.of(
                        run(LocalDate.of(2025, 4, 10), 11),
                        run(LocalDate.of(2025, 4, 20), 8),
                        run(LocalDate.of(2025, 5, 3), 18)))
                .report(TODAY);

        RunSpike spike = report.runs().get(2);
        assertThat(spike.band()).isEqualTo(SpikeBand.MODERATE);
        assertThat(spike.longestBefore().toKilometres()).isEqualTo(11);
        assertThat(spike.increase()).hasValueSatisfying(v -> assertThat(v).isCloseTo(7.0 / 11, Offset.offset(1e-9)));
        assertThat(report.flags(FlagKind.RUN_SPIKE)).singleElement().satisfies(f -> {
            assertThat(f.dates()).containsExactly(LocalDate.of(2025, 5, 3));
            assertThat(f.causeId()).isEqualTo("cause-session-too-hard");
            assertThat(f.contextFinding()).isEqualTo("load-increase");
            assertThat(f.explanation())
                    .isEqualTo("Your 18 km run on 3 May was 64% longer than your longest run in"
                            + " the 30 days before it (11 km). In a large study of runners, a jump of over 30% and up to"
                            + " double came with about 1.5 times the injury rate.");
        });
        assertThat(report.contextFindings()).containsEntry("load-increase", true);
    }

    @Test
    void run_up_to_ten_percent_longer_is_not_a_spike() {
        assertThat(bandAfter(10, 10.5)).isEqualTo(SpikeBand.NONE);
        assertThat(bandAfter(10, 6)).isEqualTo(SpikeBand.NONE);
        assertThat(TrainingLog.of(List.of(run(TODAY.minusDays(10), 10), run(TODAY, 10.5)))
                        .report(TODAY)
                        .flags())
                .isEmpty();
    }

    @Test
    void exactly_ten_percent_longer_is_not_a_spike() {
        assertThat(bandAfter(10, 11)).isEqualTo(SpikeBand.NONE);
        assertThat(bandAfter(5.5, 6.05)).isEqualTo(SpikeBand.NONE);
        assertThat(bandAfter(10, 11.01)).isEqualTo(SpikeBand.SMALL);
    }

    @Test
    void exactly_thirty_percent_longer_is_a_small_spike() {
        assertThat(bandAfter(10, 13)).isEqualTo(SpikeBand.SMALL);
        assertThat(bandAfter(7.7, 10.01)).isEqualTo(SpikeBand.SMALL);
        assertThat(bandAfter(10, 13.01)).isEqualTo(SpikeBand.MODERATE);
        assertThat(SpikeBand.SMALL.hazardRateRatio()).contains(1.64);
    }

    @Test
    void exactly_double_is_a_moderate_spike_and_more_is_large() {
        assertThat(bandAfter(10, 20)).isEqualTo(SpikeBand.MODERATE);
        assertThat(bandAfter(10, 20.01)).isEqualTo(SpikeBand.LARGE);
        assertThat(SpikeBand.MODERATE.hazardRateRatio()).contains(1.52);
        assertThat(SpikeBand.LARGE.hazardRateRatio()).contains(2.28);
        assertThat(SpikeBand.NONE.hazardRateRatio()).contains(1.0);
    }

    @Test
    void first_run_with_no_history_is_not_compared() {
        RunSpike first = last(List.of(run(TODAY, 21)));
        assertThat(first.band()).isEqualTo(SpikeBand.NO_HISTORY);
        assertThat(first.increase()).isEmpty();
        assertThat(first.band().hazardRateRatio()).isEmpty();
        assertThat(TrainingLog.of(List.of(run(TODAY, 21))).report(TODAY).flags())
                .isEmpty();
    }

    @Test
    void runs_more_than_30_days_before_are_not_history() {
        assertThat(last(List.of(run(TODAY.minusDays(31), 30), run(TODAY, 10))).band())
                .isEqualTo(SpikeBand.NO_HISTORY);
        assertThat(last(List.of(run(TODAY.minusDays(30), 30), run(TODAY, 10))).band())
                .isEqualTo(SpikeBand.NONE);
        assertThat(last(List.of(run(TODAY.minusDays(31), 30), run(TODAY.minusDays(20), 4), run(TODAY, 10)))
                        .band())
                .isEqualTo(SpikeBand.LARGE);
    }

    @Test
    void an_earlier_run_the_same_day_is_history_but_not_one_at_the_same_moment() {
        Run morning = Run.of(
                ZonedDateTime.of(TODAY, LocalTime.of(7, 0), Synthetic.BERLIN),
                org.runmend.activity.Distance.ofKilometres(5),
                java.time.Duration.ofMinutes(30));
        Run evening = Synthetic.runAt(ZonedDateTime.of(TODAY, LocalTime.of(19, 0), Synthetic.BERLIN), 8);
        assertThat(last(List.of(evening, morning)).band()).isEqualTo(SpikeBand.MODERATE);
        Run twin = Synthetic.runAt(morning.start(), 9);
        assertThat(TrainingLog.of(List.of(morning, twin)).report(TODAY).runs())
                .extracting(RunSpike::band)
                .containsOnly(SpikeBand.NO_HISTORY);
    }

    @Test
    void a_spike_older_than_four_weeks_is_listed_but_not_flagged() {
        LoadReport report = TrainingLog.of(List.of(run(TODAY.minusDays(40), 5), run(TODAY.minusDays(30), 15)))
                .report(TODAY);
        assertThat(report.runs()).extracting(RunSpike::band).containsExactly(SpikeBand.NO_HISTORY, SpikeBand.LARGE);
        assertThat(report.flags()).isEmpty();
    }

    @Test
    void zero_distance_runs_are_not_history() {
        assertThat(last(List.of(run(TODAY.minusDays(3), 0), run(TODAY, 5))).band())
                .isEqualTo(SpikeBand.NO_HISTORY);
    }

    @Test
    void band_rejects_nan() {
        assertThatThrownBy(() -> SpikeBand.ofIncrease(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}

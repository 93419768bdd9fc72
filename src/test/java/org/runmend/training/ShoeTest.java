package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.runmend.training.Synthetic.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Distance;
import org.runmend.activity.Units;

class ShoeTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 18);

    private static List<Run> daily(String shoe, LocalDate first, LocalDate last, double km) {
        List<Run> runs = new ArrayList<>();
        for (Run r : Synthetic.every(1, first, last, km)) {
            runs.add(r.withShoe(shoe));
        }
        return runs;
    }

    @Test
    void distance_counts_only_runs_in_that_pair_since_its_start() {
        Shoe pair = Shoe.of("peg", "Pegasus", LocalDate.of(2025, 5, 1));
        List<Run> runs = List.of(
                run(LocalDate.of(2025, 4, 30), 10).withShoe("peg"),
                run(LocalDate.of(2025, 5, 1), 8).withShoe("peg"),
                run(LocalDate.of(2025, 5, 2), 5).withShoe("other"),
                run(LocalDate.of(2025, 5, 3), 5));
        ShoeWear wear =
                new TrainingLog(runs, List.of(pair)).report(TODAY).shoes().get(0);

        assertThat(wear.distance().toKilometres()).isEqualTo(8);
        assertThat(wear.runs()).isEqualTo(1);
        assertThat(wear.pastAlert()).isFalse();
        assertThat(wear.remaining().toKilometres()).isEqualTo(692);
        assertThat(pair.alertDistance().toKilometres()).isEqualTo(700);
    }

    @Test
    void wear_listed_without_the_load_report_counts_as_the_report_does() {
        List<Shoe> pairs = List.of(
                Shoe.of("peg", "Pegasus", LocalDate.of(2025, 1, 1)).withAlertDistance(Distance.ofKilometres(500)),
                Shoe.of("trail", "Trail pair", LocalDate.of(2025, 5, 1)),
                Shoe.of("new", "Unworn", LocalDate.of(2025, 5, 10)));
        List<Run> runs = new ArrayList<>(daily("peg", LocalDate.of(2024, 12, 20), TODAY.plusDays(3), 4));
        runs.addAll(daily("trail", LocalDate.of(2025, 4, 25), TODAY, 7.5));
        runs.add(run(LocalDate.of(2025, 5, 3), 5));

        assertThat(ShoeWear.of(pairs, runs, TODAY))
                .isEqualTo(new TrainingLog(runs, pairs).report(TODAY).shoes());
        assertThat(ShoeWear.of(pairs, runs, TODAY).get(0).runs())
                .as("from its first day up to today")
                .isEqualTo(138);
    }

    @Test
    void shoe_past_alert_distance_is_flagged_until_retired() {
        Shoe pair = Shoe.of("peg", "Pegasus", LocalDate.of(2025, 1, 1)).withAlertDistance(Distance.ofKilometres(500));
        List<Run> runs = daily("peg", LocalDate.of(2025, 1, 1), TODAY, 4); // 138 days x 4 km = 552 km
        LoadReport report = new TrainingLog(runs, List.of(pair)).report(TODAY);

        assertThat(report.shoes().get(0).alert()).isTrue();
        assertThat(report.flags(FlagKind.WORN_SHOES)).singleElement().satisfies(f -> {
            assertThat(f.causeId()).isEqualTo("cause-unsuitable-shoes");
            assertThat(f.contextFinding()).isEqualTo("unsuitable-shoes");
            assertThat(f.dates()).containsExactly(LocalDate.of(2025, 5, 5), TODAY);
            assertThat(f.explanation()).startsWith("Your shoes \"Pegasus\" have 552 km on them, past the 500 km");
        });
        assertThat(report.contextFindings()).containsEntry("unsuitable-shoes", true);

        LoadReport retired = new TrainingLog(runs, List.of(pair.asRetired())).report(TODAY);
        assertThat(retired.shoes().get(0).pastAlert()).isTrue();
        assertThat(retired.shoes().get(0).alert()).isFalse();
        assertThat(retired.flags(FlagKind.WORN_SHOES)).isEmpty();
        assertThat(retired.contextFindings()).doesNotContainKey("unsuitable-shoes");
    }

    @Test
    void a_miles_runner_reads_the_worn_pair_flag_in_miles() {
        Shoe pair = Shoe.of("peg", "Pegasus", LocalDate.of(2025, 1, 1))
                .withAlertDistance(Distance.ofMetres(400 * 1609.344));
        List<Run> runs = daily("peg", LocalDate.of(2025, 1, 1), TODAY, 4.828032); // 138 days x 3 mi = 414 mi
        LoadReport report = new TrainingLog(runs, List.of(pair)).report(TODAY, 4, Units.MI);

        assertThat(report.flags(FlagKind.WORN_SHOES))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation())
                        .startsWith(
                                "Your shoes \"Pegasus\" have 414 mi on them, past the 400 mi you set as a reminder"));
        assertThat(report.contextAnswer("unsuitable-shoes"))
                .hasValueSatisfying(a -> assertThat(a.reason()).contains("414 mi"));
    }

    @Test
    void a_worn_pair_not_run_in_for_four_weeks_is_not_flagged() {
        Shoe pair = Shoe.of("old", "Old pair", LocalDate.of(2024, 1, 1)).withAlertDistance(Distance.ofKilometres(100));
        List<Run> runs = daily("old", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), 5);
        LoadReport report = new TrainingLog(runs, List.of(pair)).report(TODAY);
        assertThat(report.shoes().get(0).pastAlert()).isTrue();
        assertThat(report.flags()).isEmpty();
    }

    @Test
    void new_shoes_are_flagged_for_three_weeks() {
        Shoe fresh = Shoe.of("new", "Zero drop", TODAY.minusDays(20));
        LoadReport report = new TrainingLog(List.of(), List.of(fresh)).report(TODAY);
        assertThat(report.flags(FlagKind.NEW_SHOES)).singleElement().satisfies(f -> {
            assertThat(f.dates()).containsExactly(TODAY.minusDays(20));
            assertThat(f.contextFinding()).isEqualTo("new-shoes");
        });
        assertThat(report.contextFindings()).containsEntry("new-shoes", true);

        Shoe older = Shoe.of("new", "Zero drop", TODAY.minusDays(21));
        assertThat(new TrainingLog(List.of(), List.of(older)).report(TODAY).flags())
                .isEmpty();
        assertThat(new TrainingLog(List.of(), List.of(fresh.asRetired()))
                        .report(TODAY)
                        .flags())
                .isEmpty();
    }

    @Test
    void new_shoes_is_answered_no_only_when_every_recent_run_was_in_a_familiar_pair() {
        Shoe pair = Shoe.of("peg", "Pegasus", LocalDate.of(2025, 1, 1));
        List<Run> runs = new ArrayList<>(Synthetic.every(3, LocalDate.of(2025, 2, 1), TODAY, 6).stream()
                .map(r -> r.withShoe("peg"))
                .toList());
        assertThat(new TrainingLog(runs, List.of(pair)).report(TODAY).contextFindings())
                .containsEntry("new-shoes", false);

        runs.add(run(TODAY, 5)); // a recent run without a shoe: cannot tell
        assertThat(new TrainingLog(runs, List.of(pair)).report(TODAY).contextFindings())
                .doesNotContainKey("new-shoes");
    }

    @Test
    void default_pair_is_the_latest_started_one_not_retired() {
        Shoe a = Shoe.of("a", "A", LocalDate.of(2024, 1, 1)).asDefault();
        Shoe b = Shoe.of("b", "B", LocalDate.of(2025, 3, 1)).asDefault();
        Shoe c = Shoe.of("c", "C", LocalDate.of(2025, 4, 1)).asDefault().asRetired();
        assertThat(Shoe.defaultOn(List.of(a, b, c), LocalDate.of(2025, 5, 1))).contains(b);
        assertThat(Shoe.defaultOn(List.of(a, b, c), LocalDate.of(2025, 2, 1))).contains(a);
        assertThat(Shoe.defaultOn(List.of(Shoe.of("x", "X", LocalDate.of(2024, 1, 1))), LocalDate.of(2025, 2, 1)))
                .isEmpty();
    }

    @Test
    void rejects_bad_shoes() {
        assertThatThrownBy(() -> Shoe.of("", "x", TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shoe.of("a", "x", TODAY).withAlertDistance(Distance.ZERO))
                .hasMessageContaining("alert distance");
        assertThatThrownBy(
                        () -> new TrainingLog(List.of(), List.of(Shoe.of("a", "x", TODAY), Shoe.of("a", "y", TODAY))))
                .hasMessageContaining("'a' appears twice");
    }
}

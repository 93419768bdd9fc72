package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.store.Database;
import org.runmend.store.NotFoundException;
import org.runmend.support.TestClock;

/**
 * Browsing the whole log by week, month and year, and giving a pair of shoes to past runs, the
 * same on every database.
 */
abstract class RunHistoryContract {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private Database db;
    private TrainingService training;
    private String ann;
    private String bob;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        Accounts accounts = new Accounts(db, TestClock.FIXED);
        ann = accounts.signUp("ann@example.org", "Ann", "a long secret phrase").id();
        bob = accounts.signUp("bob@example.org", "Bob", "a long secret phrase").id();
        training = new TrainingService(db, TestClock.FIXED);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String save(String runner, Sport sport, ZonedDateTime start, double km) {
        Activity a = Activity.builder(sport, start, Distance.ofKilometres(km), Duration.ofMinutes((long) (km * 6)))
                .source(ActivitySource.MANUAL)
                .build();
        return training.activities().save(runner, a, RunDetails.NONE).id();
    }

    private String run(String runner, LocalDate day, double km) {
        return save(runner, Sport.RUNNING, day.atTime(7, 0).atZone(UTC), km);
    }

    @Test
    void five_years_of_runs_are_totalled_per_year_and_month_with_an_empty_year_in_between() {
        // 2019, 2020, (none in 2021), 2022, 2023: one 10 km run on the 1st and one 5 km run on the 15th of each month
        for (int year : new int[] {2019, 2020, 2022, 2023}) {
            for (Month m : Month.values()) {
                run(ann, LocalDate.of(year, m, 1), 10);
                run(ann, LocalDate.of(year, m, 15), 5);
            }
        }
        save(ann, Sport.WALKING, LocalDate.of(2020, 3, 3).atTime(9, 0).atZone(UTC), 7); // not a run
        run(bob, LocalDate.of(2020, 3, 3), 42); // another runner's

        List<RunHistory.YearTotals> years = training.history().years(ann, UTC);
        assertThat(years).extracting(y -> y.year().getValue()).containsExactly(2023, 2022, 2021, 2020, 2019);
        RunHistory.YearTotals y2020 = years.get(3);
        assertThat(y2020.totals().runs()).isEqualTo(24);
        assertThat(y2020.totals().distance().toKilometres()).isCloseTo(180, within(1e-6));
        assertThat(y2020.totals().moving()).isEqualTo(Duration.ofMinutes(12 * (60 + 30)));
        assertThat(y2020.month(Month.MARCH).runs())
                .as("the walk and Bob's run do not count")
                .isEqualTo(2);
        assertThat(y2020.month(Month.MARCH).distance().toKilometres()).isCloseTo(15, within(1e-6));
        assertThat(years.get(2).totals()).isEqualTo(RunHistory.Totals.NONE);

        RunHistory.YearTotals one = training.history().year(ann, Year.of(2022), UTC);
        assertThat(one.months())
                .hasSize(12)
                .allSatisfy(m -> assertThat(m.runs()).isEqualTo(2));
        assertThat(training.history().year(ann, Year.of(2010), UTC).totals().runs())
                .isZero();
        assertThat(training.history().years(bob, UTC))
                .extracting(y -> y.year().getValue())
                .containsExactly(2020);
        assertThat(training.history().span(ann, UTC))
                .contains(new RunHistory.Span(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 15)));
    }

    @Test
    void a_month_grid_places_each_run_on_the_runners_day() {
        // recorded in UTC late on 30 April: 1 May in Auckland
        String lateUtc = save(ann, Sport.RUNNING, ZonedDateTime.of(2021, 4, 30, 20, 0, 0, 0, UTC), 8);
        // recorded with its own local time in Lisbon: stays on 30 April whatever the runner's zone
        String abroad = save(
                ann, Sport.TRAIL_RUNNING, ZonedDateTime.of(2021, 4, 30, 23, 30, 0, 0, ZoneId.of("Europe/Lisbon")), 12);
        String twice = run(ann, LocalDate.of(2021, 4, 12), 6);
        save(
                ann,
                Sport.RUNNING,
                ZonedDateTime.of(2021, 4, 12, 9, 0, 0, 0, UTC),
                4); // 21:00 in Auckland, after the other

        RunHistory.Period april = training.history().monthGrid(ann, YearMonth.of(2021, 4), AUCKLAND);
        assertThat(april.first()).isEqualTo(LocalDate.of(2021, 3, 29)); // the Monday of 1 April's week
        assertThat(april.last()).isEqualTo(LocalDate.of(2021, 5, 2));
        assertThat(april.days()).hasSize(35);
        RunHistory.Day the30th = day(april, LocalDate.of(2021, 4, 30));
        assertThat(the30th.runs()).extracting(RunHistory.Entry::id).containsExactly(abroad);
        assertThat(day(april, LocalDate.of(2021, 5, 1)).runs())
                .extracting(RunHistory.Entry::id)
                .containsExactly(lateUtc);
        RunHistory.Day the12th = day(april, LocalDate.of(2021, 4, 12));
        assertThat(the12th.totals().runs()).isEqualTo(2);
        assertThat(the12th.runs().get(0).id()).isEqualTo(twice);
        assertThat(the12th.totals().distance().toKilometres()).isCloseTo(10, within(1e-6));
        assertThat(april.totals().runs()).isEqualTo(4);

        RunHistory.Period sameInUtc = training.history().monthGrid(ann, YearMonth.of(2021, 4), UTC);
        assertThat(day(sameInUtc, LocalDate.of(2021, 4, 30)).runs())
                .extracting(RunHistory.Entry::id)
                .containsExactlyInAnyOrder(abroad, lateUtc);

        RunHistory.Period week = training.history().week(ann, LocalDate.of(2021, 4, 12), AUCKLAND);
        assertThat(week.days()).hasSize(7);
        assertThat(week.totals().runs()).isEqualTo(2);
        assertThatThrownBy(() -> training.history().week(ann, LocalDate.of(2021, 4, 13), UTC))
                .hasMessageContaining("2021-04-13");
    }

    private static RunHistory.Day day(RunHistory.Period p, LocalDate d) {
        return p.days().stream().filter(x -> x.date().equals(d)).findFirst().orElseThrow();
    }

    @Test
    void a_pair_given_to_past_runs_counts_them_and_moves_its_first_day_back() {
        Shoe blue = training.shoes().add(ann, "Blue", LocalDate.of(2026, 5, 1), Shoe.DEFAULT_ALERT, false);
        Shoe grey = training.shoes().add(ann, "Grey", LocalDate.of(2026, 5, 1), Shoe.DEFAULT_ALERT, false);
        List<String> past = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            past.add(run(ann, LocalDate.of(2021, 3, 1).plusDays(3L * i), 10)); // 1 Mar to 28 May 2021
        }
        training.activities().updateDetails(ann, past.get(5), RunDetails.NONE.withShoe(grey.id()));
        String bobs = run(bob, LocalDate.of(2021, 3, 10), 21);
        assertThat(training.shoeWear(ann, UTC).stream()
                        .filter(w -> w.shoe().id().equals(blue.id()))
                        .findFirst()
                        .orElseThrow()
                        .runs())
                .as("before: only runs after the pair was added count")
                .isZero();

        ShoeStore.Assignment preview = training.shoes()
                .assignRuns(ann, blue.id(), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30), true, UTC, false);
        assertThat(preview.applied()).isFalse();
        assertThat(preview.runs())
                .as("21 runs from 1 Mar to 30 Apr, one of them in Grey")
                .isEqualTo(20);
        assertThat(preview.distance().toKilometres()).isCloseTo(200, within(1e-6));
        assertThat(preview.movedStart()).contains(LocalDate.of(2021, 3, 1));
        assertThat(wear(blue).runs()).as("a preview changes nothing").isZero();

        ShoeStore.Assignment done = training.shoes()
                .assignRuns(ann, blue.id(), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30), true, UTC, true);
        assertThat(done.runs()).isEqualTo(20);
        assertThat(training.shoes().get(ann, blue.id()).start()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(wear(blue).runs()).isEqualTo(20);
        assertThat(wear(blue).distance().toKilometres()).isCloseTo(200, within(1e-6));
        assertThat(training.activities().get(ann, past.get(5)).details().shoeId())
                .as("runs in another pair keep it")
                .isEqualTo(grey.id());
        assertThat(training.activities().get(bob, bobs).details().shoeId()).isNull();

        // again: nothing new; without "only runs without a pair" the Grey run moves over
        assertThat(training.shoes()
                        .assignRuns(
                                ann, blue.id(), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30), true, UTC, true)
                        .runs())
                .isZero();
        ShoeStore.Assignment all = training.shoes()
                .assignRuns(ann, blue.id(), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30), false, UTC, true);
        assertThat(all.runs()).isEqualTo(1);
        assertThat(all.movedStart()).isEmpty();
        assertThat(wear(blue).runs()).isEqualTo(21);

        assertThatThrownBy(() -> training.shoes()
                        .assignRuns(
                                bob, blue.id(), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30), true, UTC, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> training.shoes()
                        .assignRuns(
                                ann, blue.id(), LocalDate.of(2021, 4, 30), LocalDate.of(2021, 3, 1), true, UTC, true))
                .hasMessageContaining("2021-03-01");
    }

    private ShoeWear wear(Shoe pair) {
        return training.shoeWear(ann, UTC).stream()
                .filter(w -> w.shoe().id().equals(pair.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void two_pairs_given_the_same_runs_without_a_pair_at_once_share_them_without_overlap() throws Exception {
        Shoe blue = training.shoes().add(ann, "Blue", TestClock.TODAY, Shoe.DEFAULT_ALERT, false);
        Shoe grey = training.shoes().add(ann, "Grey", TestClock.TODAY, Shoe.DEFAULT_ALERT, false);
        int n = 120;
        for (int i = 0; i < n; i++) {
            run(ann, LocalDate.of(2022, 1, 1).plusDays(i), 5);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ShoeStore.Assignment>> jobs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                Shoe pair = k % 2 == 0 ? blue : grey;
                jobs.add(() -> training.shoes()
                        .assignRuns(
                                ann, pair.id(), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), true, UTC, true));
            }
            int total = 0;
            for (Future<ShoeStore.Assignment> f : pool.invokeAll(jobs)) {
                total += f.get().runs();
            }
            assertThat(total).as("each run given once").isEqualTo(n);
        } finally {
            pool.shutdownNow();
        }
        assertThat(wear(blue).runs() + wear(grey).runs()).isEqualTo(n);
    }
}

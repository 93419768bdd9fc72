package org.runmend.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.runmend.activity.Distance;

/** Synthetic runs for tests: 07:00 in Berlin at 6 min/km unless told otherwise. */
final class Synthetic {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Synthetic() {}

    static Run run(LocalDate date, double km) {
        return run(date, km, 6.0);
    }

    static Run run(LocalDate date, double km, double minutesPerKm) {
        return Run.of(
                ZonedDateTime.of(date, LocalTime.of(7, 0), BERLIN),
                Distance.ofKilometres(km),
                Duration.ofSeconds(Math.round(km * minutesPerKm * 60)));
    }

    static Run runAt(ZonedDateTime start, double km) {
        return Run.of(start, Distance.ofKilometres(km), Duration.ofSeconds(Math.round(km * 360)));
    }

    /** A run of {@code km} every {@code everyDays} days from {@code first} to {@code last} inclusive. */
    static List<Run> every(int everyDays, LocalDate first, LocalDate last, double km) {
        List<Run> runs = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(everyDays)) {
            runs.add(run(d, km));
        }
        return runs;
    }

    @SafeVarargs
    static List<Run> concat(List<Run>... parts) {
        List<Run> all = new ArrayList<>();
        for (List<Run> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}

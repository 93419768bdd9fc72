package org.runmend.web.training;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Sport;
import org.runmend.activity.Units;

/**
 * How the training pages write dates, sports and shares. Distances, paces and times are written by
 * {@link org.runmend.activity.Figures}, the same everywhere.
 */
public final class TrainingFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private TrainingFormat() {}

    /** "Tue 3 Jun 2025", in the zone the activity happened in. */
    public static String day(ZonedDateTime t) {
        return DAY.format(t);
    }

    public static String day(java.time.LocalDate d) {
        return DAY.format(d);
    }

    /** "3 Jun". */
    public static String shortDay(java.time.LocalDate d) {
        return SHORT_DAY.format(d);
    }

    /** "07:12". */
    public static String time(ZonedDateTime t) {
        return TIME.format(t);
    }

    /** "Trail running". */
    public static String sport(Sport s) {
        String n = s.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** "Road", or "–" when not recorded. */
    public static String capitalised(String s) {
        return s == null || s.isEmpty() ? "–" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "42%". */
    public static String percent(double share) {
        return Figures.percent(share);
    }

    /** "1.23". */
    public static String twoDecimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** "123": a whole number that is not a distance (a week's strain); distances go through Figures. */
    public static String whole(double v) {
        return String.valueOf(Math.round(v));
    }

    /** "1,204": a long distance (a year's, a pair's) to the whole unit, with thousands separated. */
    public static String longDistance(Distance d, Units units) {
        return String.format(Locale.ENGLISH, "%,d", Math.round(units.of(d)));
    }

    /** "123 h 05 min", "45 min": time run over weeks or years. */
    public static String hours(java.time.Duration d) {
        long minutes = d.toMinutes();
        return minutes < 60
                ? minutes + " min"
                : String.format(Locale.ENGLISH, "%,d h %02d min", minutes / 60, minutes % 60);
    }

    /** "1 run", "12 runs". */
    public static String runs(int n) {
        return String.format(Locale.ENGLISH, "%,d", n) + (n == 1 ? " run" : " runs");
    }
}

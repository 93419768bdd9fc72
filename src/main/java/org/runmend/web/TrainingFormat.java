package org.runmend.web;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.runmend.activity.Distance;
import org.runmend.activity.Sport;
import org.runmend.activity.Units;

/** How the training pages write distances, times, paces and dates: one place, one style. */
public final class TrainingFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private TrainingFormat() {
    }

    /** "10.02" (kilometres, two decimals under 100 km). */
    public static String km(Distance d) {
        double km = d.toKilometres();
        return String.format(Locale.ROOT, km < 100 ? "%.2f" : "%.1f", km);
    }

    /** "10.02" in the given unit (two decimals under 100). */
    public static String distance(Distance d, Units units) {
        double v = units.of(d);
        return String.format(Locale.ROOT, v < 100 ? "%.2f" : "%.1f", v);
    }

    /** "12.3" in the given unit (one decimal). */
    public static String distance1(Distance d, Units units) {
        return String.format(Locale.ROOT, "%.1f", units.of(d));
    }

    /** Minutes and seconds per kilometre or mile, "5:12"; "–" without distance. */
    public static String pace(Distance d, Duration t, Units units) {
        if (d.metres() < 1 || t.isZero()) {
            return "–";
        }
        return paceOf(t.toMillis() / 1000.0 / units.of(d));
    }

    /** Kilometres or miles per hour, "24.6"; "–" without time. */
    public static String speed(Distance d, Duration t, Units units) {
        if (t.isZero()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f", units.speed(d.metres() / (t.toMillis() / 1000.0)));
    }

    /** "12.3" (one decimal). */
    public static String km1(Distance d) {
        return String.format(Locale.ROOT, "%.1f", d.toKilometres());
    }

    /** "1:02:03" or "45:10". */
    public static String duration(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        long h = s / 3600;
        long m = s / 60 % 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /** Minutes and seconds per kilometre, "5:12"; "–" without distance. */
    public static String pace(Distance d, Duration t) {
        if (d.metres() < 1 || t.isZero()) {
            return "–";
        }
        return paceOf(t.toMillis() / 1000.0 / d.toKilometres());
    }

    /** Seconds per kilometre as "5:12". */
    public static String paceOf(double secondsPerKm) {
        long s = Math.round(secondsPerKm);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

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
        return Math.round(100 * share) + "%";
    }

    /** "1.23". */
    public static String twoDecimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** "123". */
    public static String whole(double v) {
        return String.valueOf(Math.round(v));
    }
}

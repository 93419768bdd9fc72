package org.runmend.activity;

import java.time.Duration;
import java.util.Locale;

/**
 * How distances, paces, speeds, times and heights are written, the same on the pages, in the
 * clinician report, in the training flags' sentences and in the terminal. One formatter per
 * quantity; a distance says how precisely it is wanted.
 */
public final class Figures {
    /** Shown where there is nothing to divide by: no distance for a pace, no time for a speed. */
    public static final String NONE = "–";

    private Figures() {}

    /** How precisely a distance is written. */
    public enum Precision {
        /** "10.02", and "123.4" from 100 up: one activity, lap or split. */
        HUNDREDTHS,
        /** "12.3": weekly totals, spikes, shoes. */
        TENTHS,
        /** "12.3", or "18" for a whole number: chart labels and sentences. */
        TENTHS_TRIMMED,
        /** "742": shoes. */
        WHOLE
    }

    /** The distance in {@code units}, without the unit's symbol. */
    public static String distance(Distance d, Units units, Precision precision) {
        double v = units.of(d);
        return switch (precision) {
            case HUNDREDTHS -> String.format(Locale.ROOT, v < 100 ? "%.2f" : "%.1f", v);
            case TENTHS -> String.format(Locale.ROOT, "%.1f", v);
            case TENTHS_TRIMMED -> {
                double tenths = Math.round(v * 10) / 10.0;
                yield tenths == Math.rint(tenths)
                        ? String.valueOf((long) tenths)
                        : String.format(Locale.ROOT, "%.1f", tenths);
            }
            case WHOLE -> String.valueOf(Math.round(v));
        };
    }

    /** "10.02 km", "18 mi": the distance with the unit's symbol, for sentences. */
    public static String distanceWithUnit(Distance d, Units units, Precision precision) {
        return distance(d, units, precision) + " " + units.symbol();
    }

    /** Minutes and seconds per kilometre or mile, "5:12"; {@link #NONE} without distance or time. */
    public static String pace(Distance d, Duration t, Units units) {
        if (d.metres() < 1 || t.isZero()) {
            return NONE;
        }
        return pace(t.toMillis() / 1000.0 / units.of(d));
    }

    /** Seconds per kilometre or mile as "5:12". */
    public static String pace(double secondsPerUnit) {
        long s = Math.round(secondsPerUnit);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Kilometres or miles per hour, "24.6"; {@link #NONE} without time. */
    public static String speed(Distance d, Duration t, Units units) {
        if (t.isZero()) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%.1f", units.speed(d.metres() / (t.toMillis() / 1000.0)));
    }

    /** "1:02:03", or "45:10" under an hour, to the nearest second. */
    public static String duration(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        long h = s / 3600;
        long m = s / 60 % 60;
        long sec = s % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }

    /**
     * "1:05", hours and whole minutes: a week's running time, written this one way on the load page,
     * in the clinician report and by {@code bin/runmend load}.
     */
    public static String hoursMinutes(Duration d) {
        long minutes = d.toMinutes();
        return String.format(Locale.ROOT, "%d:%02d", minutes / 60, minutes % 60);
    }

    /** "123 m": height climbed, to the metre. */
    public static String elevation(double metres) {
        return elevation(metres, Units.KM);
    }

    /** "123 m", or "404 ft" for a runner who reads miles: height in the runner's units, whole. */
    public static String elevation(double metres, Units units) {
        return Math.round(units.height(metres)) + " " + units.heightSymbol();
    }

    /**
     * "42%": a share (0 to 1) as a whole percentage, rounded half up; a share above nothing that
     * rounds to 0 is "<1%", so a small chance is never written as none. The one percent rule of the
     * load page, the clinician report and {@code bin/runmend load}.
     */
    public static String percent(double share) {
        long p = Math.round(100 * share);
        return p == 0 && share > 0 ? "<1%" : p + "%";
    }

    /** "+75%" or "-10%": a change (0.75 for three quarters more) as a signed whole percentage, rounded half up. */
    public static String percentChange(double change) {
        long p = Math.round(100 * change);
        return (p > 0 ? "+" : p < 0 ? "-" : "") + Math.abs(p) + "%";
    }
}

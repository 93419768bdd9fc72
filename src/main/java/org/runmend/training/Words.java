package org.runmend.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and shares as a runner reads them: "3 May", "64%"; distances and paces are {@link org.runmend.activity.Figures}. */
final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Words() {}

    /** The year only when it is not today's year. */
    static String date(LocalDate date, LocalDate today) {
        return date.format(date.getYear() == today.getYear() ? DAY : DAY_YEAR);
    }

    /**
     * A share as a whole percentage, with one decimal where rounding would land on a band edge
     * (10, 30, 100) and hide which side of it the value is.
     */
    static String percent(double share) {
        double p = share * 100;
        long rounded = Math.round(p);
        if ((rounded == 10 || rounded == 30 || rounded == 100) && Math.abs(p - rounded) > 1e-6) {
            return String.format(Locale.ROOT, "%.1f%%", p);
        }
        return rounded + "%";
    }

    static String number(double value) {
        return String.valueOf(Math.round(value));
    }
}

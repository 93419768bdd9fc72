package org.runmend.web.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmend.web.PageRefused;

/**
 * The weeks, months and years of the history pages' addresses ({@code 2021-W14}, {@code 2021-04},
 * {@code 2021}) read and written. A value that is no such period is refused with a 400 that
 * names it and shows how to write one.
 */
final class Periods {
    /** The earliest year the history pages show; the latest is next year. */
    static final int FIRST_YEAR = 1900;

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Periods() {}

    /** The Monday of an ISO week written like {@code 2021-W14}. */
    static LocalDate week(String value, LocalDate today) {
        Matcher m = WEEK.matcher(value);
        if (!m.matches()) {
            throw refused(
                    "week",
                    value,
                    "write a week as its year, W and its number, like " + label(today.with(DayOfWeek.MONDAY)));
        }
        int year = year(m.group(1), value, "week", today);
        int week = Integer.parseInt(m.group(2));
        LocalDate mid = LocalDate.of(year, 6, 1);
        long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw refused("week", value, year + " has weeks 1 to " + weeks);
        }
        return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** A month written like {@code 2021-04}. */
    static YearMonth month(String value, LocalDate today) {
        Matcher m = MONTH.matcher(value);
        if (!m.matches()) {
            throw refused("month", value, "write a month as its year and number, like " + YearMonth.from(today));
        }
        int year = year(m.group(1), value, "month", today);
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw refused("month", value, "months are numbered 01 to 12");
        }
        return YearMonth.of(year, month);
    }

    /** A year written like {@code 2021}. */
    static Year year(String value, LocalDate today) {
        if (!YEAR.matcher(value).matches()) {
            throw refused("year", value, "write a year with four digits, like " + today.getYear());
        }
        return Year.of(year(value, value, "year", today));
    }

    /** "2021-W14": the address of the ISO week starting on {@code monday}. */
    static String label(LocalDate monday) {
        return String.format(
                java.util.Locale.ROOT,
                "%d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int year(String digits, String value, String what, LocalDate today) {
        int year = Integer.parseInt(digits);
        int last = today.getYear() + 1;
        if (year < FIRST_YEAR || year > last) {
            throw refused(what, value, "the history goes from " + FIRST_YEAR + " to " + last);
        }
        return year;
    }

    private static PageRefused refused(String what, String value, String how) {
        String shown = value.length() > 24 ? value.substring(0, 24) + "…" : value;
        return new PageRefused(
                400,
                "No such " + what,
                "There is no " + what + " \u201c" + shown + "\u201d in your history: " + how + ".");
    }
}

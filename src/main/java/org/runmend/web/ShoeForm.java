package org.runmend.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.runmend.activity.Distance;
import org.runmend.training.Shoe;

/**
 * The add-a-pair form as typed, which checks itself, and the check of one pair's reminder
 * distance. Messages start with the field's label.
 *
 * @param start the first day run in them, as typed (blank is today)
 * @param alert the reminder distance in km, as typed (blank is {@link Shoe#DEFAULT_ALERT})
 */
public record ShoeForm(String name, String start, String alert, boolean makeDefault) {
    private static final FormErrors NO_ERRORS = FormErrors.inOrder("name", "start", "alert");

    /** A new pair to add, once checked. */
    record NewPair(String name, LocalDate start, Distance alert, boolean makeDefault) {
    }

    /** A blank form: first run today. */
    static ShoeForm blank(LocalDate today) {
        return new ShoeForm("", today.toString(), "", false);
    }

    static ShoeForm posted(Context ctx) {
        return new ShoeForm(p(ctx, "name"), p(ctx, "start"), p(ctx, "alert"), "on".equals(ctx.formParam("makeDefault")));
    }

    /** No errors, on the shoes page's fields in order. */
    static FormErrors noErrors() {
        return NO_ERRORS;
    }

    /** The new pair, or what is wrong with it. */
    FormErrors.Checked<NewPair> validate(LocalDate today) {
        FormErrors e = NO_ERRORS;
        if (name.isEmpty() || name.length() > 100) {
            e = e.add("name", "Name: give the pair a name of 1 to 100 characters, like \"Blue trail shoes\".");
        }
        LocalDate startDate = today;
        try {
            startDate = start.isEmpty() ? today : LocalDate.parse(start);
            if (startDate.isAfter(today) || startDate.isBefore(today.minusYears(50))) {
                e = e.add("start", "First run in them: enter a day within the last 50 years, up to today (you entered "
                        + start + ").");
            }
        } catch (DateTimeParseException ex) {
            e = e.add("start", "First run in them: enter a date as YYYY-MM-DD (you entered " + start + ").");
        }
        e = alertErrors(e, alert, "Reminder distance", "alert");
        return e.isEmpty() ? FormErrors.Checked.valid(new NewPair(name, startDate, alertDistance(alert), makeDefault))
                : FormErrors.Checked.invalid(e);
    }

    /**
     * A new reminder distance for a pair, as typed: kilometres from 1 to 5000, not blank. Its
     * message is keyed {@code alert-<pair id>}, the field beside that pair on the page.
     */
    static FormErrors.Checked<Distance> reminder(Shoe pair, String typed) {
        String label = "Reminder distance for " + pair.name();
        String key = "alert-" + pair.id();
        FormErrors e = typed.isEmpty() ? NO_ERRORS.add(key, label + ": enter a number of kilometres.")
                : alertErrors(NO_ERRORS, typed, label, key);
        return e.isEmpty() ? FormErrors.Checked.valid(alertDistance(typed)) : FormErrors.Checked.invalid(e);
    }

    /** Kilometres from 1 to 5000; blank is fine (the 700 km default). */
    private static FormErrors alertErrors(FormErrors e, String value, String label, String key) {
        if (value.isEmpty()) {
            return e;
        }
        try {
            double km = Double.parseDouble(value.replace(',', '.'));
            return km >= 1 && km <= 5000 ? e
                    : e.add(key, label + ": must be between 1 and 5000 km (you entered " + value + ").");
        } catch (NumberFormatException ex) {
            return e.add(key, label + ": enter a number of kilometres, like 700 (you entered " + value + ").");
        }
    }

    /** The checked distance; blank is the default. */
    private static Distance alertDistance(String value) {
        return value.isEmpty() ? Shoe.DEFAULT_ALERT : Distance.ofKilometres(Double.parseDouble(value.replace(',', '.')));
    }

    private static String p(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.trim();
    }
}

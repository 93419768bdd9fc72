package org.runmend.web.training;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Figures.Precision;
import org.runmend.activity.Units;
import org.runmend.training.Shoe;
import org.runmend.web.FormErrors;

/**
 * The add-a-pair form as typed, which checks itself, and the check of one pair's reminder
 * distance. Reminders are typed in the runner's unit and kept in metres; messages start with the
 * field's label and give the limits in that unit.
 *
 * @param start the first day run in them, as typed (blank is today)
 * @param alert the reminder distance in the runner's unit, as typed (blank is {@link Shoe#DEFAULT_ALERT})
 */
public record ShoeForm(String name, String start, String alert, boolean makeDefault) {
    private static final FormErrors NO_ERRORS = FormErrors.inOrder("name", "start", "alert");
    /** The longest reminder accepted, whatever the unit. */
    private static final Distance MAX_ALERT = Distance.ofKilometres(5000);

    /** A new pair to add, once checked. */
    record NewPair(String name, LocalDate start, Distance alert, boolean makeDefault) {}

    /** A blank form: first run today. */
    static ShoeForm blank(LocalDate today) {
        return new ShoeForm("", today.toString(), "", false);
    }

    static ShoeForm posted(Context ctx) {
        return new ShoeForm(
                p(ctx, "name"), p(ctx, "start"), p(ctx, "alert"), "on".equals(ctx.formParam("makeDefault")));
    }

    /** No errors, on the shoes page's fields in order. */
    static FormErrors noErrors() {
        return NO_ERRORS;
    }

    /** The largest reminder that can be typed in {@code units}: 5000 km, or 3106 mi (5000 km, rounded down). */
    static long maxAlert(Units units) {
        return (long) Math.floor(units.of(MAX_ALERT));
    }

    /** The new pair, its reminder typed in {@code units}, or what is wrong with it. */
    FormErrors.Checked<NewPair> validate(LocalDate today, Units units) {
        FormErrors e = NO_ERRORS;
        if (name.isEmpty() || name.length() > 100) {
            e = e.add("name", "Name: give the pair a name of 1 to 100 characters, like \"Blue trail shoes\".");
        }
        LocalDate startDate = today;
        try {
            startDate = start.isEmpty() ? today : LocalDate.parse(start);
            if (startDate.isAfter(today) || startDate.isBefore(today.minusYears(50))) {
                e = e.add(
                        "start",
                        "First run in them: enter a day within the last 50 years, up to today (you entered " + start
                                + ").");
            }
        } catch (DateTimeParseException ex) {
            e = e.add("start", "First run in them: enter a date as YYYY-MM-DD (you entered " + start + ").");
        }
        e = alertErrors(e, alert, "Reminder distance", "alert", units);
        return e.isEmpty()
                ? FormErrors.Checked.valid(new NewPair(name, startDate, alertDistance(alert, units), makeDefault))
                : FormErrors.Checked.invalid(e);
    }

    /**
     * A new reminder distance for a pair, as typed in {@code units}: from 1 to {@link #maxAlert},
     * not blank. Its message is keyed {@code alert-<pair id>}, the field beside that pair on the page.
     */
    static FormErrors.Checked<Distance> reminder(Shoe pair, String typed, Units units) {
        String label = "Reminder distance for " + pair.name();
        String key = "alert-" + pair.id();
        FormErrors e = typed.isEmpty()
                ? NO_ERRORS.add(key, label + ": enter a number of " + units.word() + "s.")
                : alertErrors(NO_ERRORS, typed, label, key, units);
        return e.isEmpty() ? FormErrors.Checked.valid(alertDistance(typed, units)) : FormErrors.Checked.invalid(e);
    }

    /** From 1 to {@link #maxAlert} in {@code units}; blank is fine (the 700 km default). */
    private static FormErrors alertErrors(FormErrors e, String value, String label, String key, Units units) {
        if (value.isEmpty()) {
            return e;
        }
        try {
            double v = Double.parseDouble(value.replace(',', '.'));
            return v >= 1 && v <= maxAlert(units)
                    ? e
                    : e.add(
                            key,
                            label + ": must be between 1 and " + maxAlert(units) + " " + units.symbol()
                                    + " (you entered " + value + ").");
        } catch (NumberFormatException ex) {
            return e.add(
                    key,
                    label + ": enter a number of " + units.word() + "s, like "
                            + Figures.distance(Shoe.DEFAULT_ALERT, units, Precision.WHOLE) + " (you entered " + value
                            + ").");
        }
    }

    /** The checked distance typed in {@code units}, in metres; blank is the default. */
    private static Distance alertDistance(String value, Units units) {
        return value.isEmpty()
                ? Shoe.DEFAULT_ALERT
                : Distance.ofMetres(Double.parseDouble(value.replace(',', '.')) * units.metres());
    }

    private static String p(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.trim();
    }
}

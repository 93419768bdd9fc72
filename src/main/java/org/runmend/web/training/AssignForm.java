package org.runmend.web.training;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.runmend.training.Shoe;
import org.runmend.web.FormErrors;

/**
 * The shoes page's "count past runs" form as typed, which checks itself: a pair, the first and
 * last day of the runs to give it, and whether runs that name another pair keep theirs. Messages
 * start with the field's label and repeat what was typed.
 *
 * @param shoe        the pair's id as sent by the form's list
 * @param from        the first day, as typed (YYYY-MM-DD)
 * @param to          the last day, as typed (blank is today)
 * @param onlyWithout only runs that name no pair yet
 * @param preview     count only, change nothing
 */
public record AssignForm(String shoe, String from, String to, boolean onlyWithout, boolean preview) {
    private static final FormErrors NO_ERRORS = FormErrors.inOrder("assign-shoe", "assign-from", "assign-to");

    /** What to assign, once checked. */
    record Range(String shoeId, LocalDate from, LocalDate to, boolean onlyWithout, boolean preview) {}

    /** A blank form: runs without a pair, up to today. */
    static AssignForm blank(LocalDate today) {
        return new AssignForm("", "", today.toString(), true, false);
    }

    static AssignForm posted(Context ctx) {
        return new AssignForm(
                p(ctx, "shoe"),
                p(ctx, "from"),
                p(ctx, "to"),
                "on".equals(ctx.formParam("onlyWithout")),
                "preview".equals(ctx.formParam("action")));
    }

    /** The range to assign, or what is wrong with it; {@code pairs} are the runner's. */
    FormErrors.Checked<Range> validate(LocalDate today, List<Shoe> pairs) {
        FormErrors e = NO_ERRORS;
        if (pairs.stream().noneMatch(s -> s.id().equals(shoe))) {
            e = e.add("assign-shoe", "Pair: choose one of your pairs from the list.");
        }
        LocalDate first = null;
        try {
            first = LocalDate.parse(from);
            if (first.isAfter(today) || first.isBefore(today.minusYears(50))) {
                e = e.add(
                        "assign-from",
                        "From: enter a day within the last 50 years, up to today (you entered " + from + ").");
                first = null;
            }
        } catch (DateTimeParseException ex) {
            e = e.add(
                    "assign-from",
                    from.isEmpty()
                            ? "From: enter the first day of the runs, as YYYY-MM-DD."
                            : "From: enter a date as YYYY-MM-DD (you entered " + from + ").");
        }
        LocalDate last = today;
        try {
            last = to.isEmpty() ? today : LocalDate.parse(to);
            if (last.isAfter(today)) {
                e = e.add("assign-to", "To: enter a day up to today (you entered " + to + ").");
            } else if (first != null && last.isBefore(first)) {
                e = e.add(
                        "assign-to",
                        "To: enter a day on or after the first day, " + TrainingFormat.day(first) + " (you entered "
                                + to + ").");
            }
        } catch (DateTimeParseException ex) {
            e = e.add("assign-to", "To: enter a date as YYYY-MM-DD (you entered " + to + ").");
        }
        return e.isEmpty()
                ? FormErrors.Checked.valid(new Range(shoe, first, last, onlyWithout, preview))
                : FormErrors.Checked.invalid(e);
    }

    private static String p(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.trim();
    }
}

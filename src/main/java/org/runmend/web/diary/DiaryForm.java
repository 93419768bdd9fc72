package org.runmend.web.diary;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.web.FormErrors;

/**
 * A pain diary entry as typed, blank or as sent, which checks itself ({@link #validate}).
 *
 * @param activityId    the run the entry is for, or null
 * @param activityLabel that run as the form names it, or null
 * @param errors        what is wrong with the entry as typed, in the form's order
 */
public record DiaryForm(
        String day,
        String region,
        String score,
        String morningAfter,
        String note,
        String activityId,
        String activityLabel,
        FormErrors errors) {
    private static final FormErrors NO_ERRORS = FormErrors.inOrder("day", "region", "score", "morningAfter", "note");
    /** The longest note kept. */
    static final int MAX_NOTE = 500;

    /** An entry once checked. {@code morningAfter} and {@code note} may be null, {@code activityId} too. */
    record Entry(LocalDate day, String region, int score, Integer morningAfter, String note, String activityId) {}

    public DiaryForm {
        Objects.requireNonNull(errors, "errors");
    }

    /** A blank entry for {@code day}, optionally for one run. */
    static DiaryForm blank(String day, String region, String activityId, String activityLabel) {
        return new DiaryForm(day, region, null, null, null, activityId, activityLabel, NO_ERRORS);
    }

    /** An entry already kept, to change it. */
    static DiaryForm filled(String day, String region, String score, String morningAfter, String note) {
        return new DiaryForm(day, region, score, morningAfter, note, null, null, NO_ERRORS);
    }

    /** The form as sent; {@code activityLabel} names the run it is for, if any. */
    static DiaryForm posted(Context ctx) {
        String activityId = trim(ctx.formParam("activityId"));
        return new DiaryForm(
                trim(ctx.formParam("day")),
                trim(ctx.formParam("region")),
                trim(ctx.formParam("score")),
                trim(ctx.formParam("morningAfter")),
                ctx.formParam("note"),
                activityId.isEmpty() ? null : activityId,
                null,
                NO_ERRORS);
    }

    DiaryForm withActivityLabel(String label) {
        return new DiaryForm(day, region, score, morningAfter, note, activityId, label, errors);
    }

    DiaryForm withErrors(FormErrors errors) {
        return new DiaryForm(day, region, score, morningAfter, note, activityId, activityLabel, errors);
    }

    /** The entry as typed, or what is wrong with it. */
    FormErrors.Checked<Entry> validate(LocalDate today, KnowledgeBase kb) {
        FormErrors e = NO_ERRORS;
        LocalDate date = null;
        try {
            date = LocalDate.parse(day);
            if (date.isAfter(today)) {
                e = e.add("day", "The date is in the future: enter a day up to today.");
            } else if (date.isBefore(today.minusYears(50))) {
                e = e.add("day", "The date " + day + " is more than 50 years ago: enter the day the pain was felt.");
            }
        } catch (DateTimeParseException ex) {
            e = e.add("day", "Enter the date as year-month-day, for example " + today + ".");
        }
        if (region.isEmpty() || kb.region(region).isEmpty()) {
            e = e.add("region", "Choose where it hurts.");
        }
        if (!isScore(score)) {
            e = e.add("score", "Choose how much it hurt, from 0 (no pain) to 10 (worst imaginable).");
        }
        if (!morningAfter.isEmpty() && !isScore(morningAfter)) {
            e = e.add("morningAfter", "The morning-after score must be a whole number from 0 to 10, or left empty.");
        }
        if (note != null && note.length() > MAX_NOTE) {
            e = e.add("note", "The note is " + note.length() + " characters long; keep it to " + MAX_NOTE + ".");
        }
        if (!e.isEmpty()) {
            return FormErrors.Checked.invalid(e);
        }
        return FormErrors.Checked.valid(new Entry(
                date,
                region,
                Integer.parseInt(score),
                morningAfter.isEmpty() ? null : Integer.valueOf(morningAfter),
                note,
                activityId));
    }

    public boolean scoreIs(int n) {
        return String.valueOf(n).equals(score);
    }

    public boolean morningIs(int n) {
        return String.valueOf(n).equals(morningAfter);
    }

    /** A whole number from 0 to 10. */
    private static boolean isScore(String text) {
        try {
            int n = Integer.parseInt(text);
            return n >= 0 && n <= 10;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}

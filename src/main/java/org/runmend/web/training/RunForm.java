package org.runmend.web.training;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Sport;
import org.runmend.diary.PainAfterRun;
import org.runmend.knowledge.Region;
import org.runmend.training.RunDetails;
import org.runmend.training.Shoe;
import org.runmend.training.Surface;
import org.runmend.web.FormErrors;

/**
 * The run form as typed: a whole manual run ({@code manual}) or only the details a runner adds
 * to an imported one. Every field is checked on its own, so the runner sees every problem at
 * once, each message starting with the field's label, as on the pain check's intake. The form
 * checks itself ({@link #validateRun}, {@link #validateDetails}); handlers only show the result.
 *
 * @param shoes   the pairs to choose from (pairs in use, plus the one already chosen)
 * @param regions where pain can be recorded
 * @param errors  what is wrong with the form as typed, in the form's order
 */
public record RunForm(
        boolean manual,
        String action,
        String date,
        String time,
        String distance,
        String duration,
        String surface,
        String shoe,
        String warmUp,
        String effort,
        String painRegion,
        String painScore,
        List<Shoe> shoes,
        List<Region> regions,
        FormErrors errors) {
    /** The label of each field, as the form shows it and as its error messages start. */
    public static final Map<String, String> LABELS = labels();

    private static final FormErrors NO_ERRORS = FormErrors.inOrder(
            "date", "time", "distance", "duration", "surface", "shoe", "warmUp", "effort", "painRegion", "painScore");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{1,2})");
    /** Faster than this is no human run: the distance or the duration is mistyped. */
    private static final double FASTEST_SECONDS_PER_KM = 150;

    public RunForm {
        shoes = List.copyOf(shoes);
        regions = List.copyOf(regions);
        Objects.requireNonNull(errors, "errors");
    }

    /**
     * A manual run as typed and checked: the activity, the details the runner added, and the pain
     * afterwards (null when nothing hurt or it was not said), which the diary keeps.
     */
    record ManualRun(Activity activity, RunDetails details, PainAfterRun pain) {}

    /** The details of a run as checked, and the pain afterwards (null when nothing hurt or it was not said). */
    record Details(RunDetails details, PainAfterRun pain) {}

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", "Date");
        m.put("time", "Start time");
        m.put("distance", "Distance");
        m.put("duration", "Duration");
        m.put("surface", "Surface");
        m.put("shoe", "Shoes");
        m.put("warmUp", "Warm-up");
        m.put("effort", "Perceived effort");
        m.put("painRegion", "Where it hurt");
        m.put("painScore", "How bad it hurt");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A blank manual run for today, in the runner's default pair. */
    static RunForm blank(LocalDate today, List<Shoe> shoes, Collection<Region> regions) {
        String def = shoes.stream()
                .filter(s -> s.defaultPair() && !s.retired())
                .map(Shoe::id)
                .findFirst()
                .orElse("");
        return new RunForm(
                true,
                "/log/new",
                today.toString(),
                "",
                "",
                "",
                "",
                def,
                "",
                "",
                "",
                "",
                inUse(shoes, def),
                List.copyOf(regions),
                NO_ERRORS);
    }

    /** The details form of a stored activity, with the pain of its diary entry ({@code pain} null: none). */
    static RunForm details(
            String activityId, RunDetails d, PainAfterRun pain, List<Shoe> shoes, Collection<Region> regions) {
        return new RunForm(
                false,
                "/log/" + activityId + "/details",
                "",
                "",
                "",
                "",
                s(d.surface()),
                s(d.shoeId()),
                d.warmUp() == null ? "" : d.warmUp() ? "yes" : "no",
                s(d.effort()),
                pain == null ? "" : pain.region(),
                pain == null ? "" : String.valueOf(pain.score()),
                inUse(shoes, d.shoeId()),
                List.copyOf(regions),
                NO_ERRORS);
    }

    /** The form as posted. */
    static RunForm posted(
            boolean manual, String action, io.javalin.http.Context ctx, List<Shoe> shoes, Collection<Region> regions) {
        return new RunForm(
                manual,
                action,
                p(ctx, "date"),
                p(ctx, "time"),
                p(ctx, "distance"),
                p(ctx, "duration"),
                p(ctx, "surface"),
                p(ctx, "shoe"),
                p(ctx, "warmUp"),
                p(ctx, "effort"),
                p(ctx, "painRegion"),
                p(ctx, "painScore"),
                inUse(shoes, p(ctx, "shoe")),
                List.copyOf(regions),
                NO_ERRORS);
    }

    private static List<Shoe> inUse(List<Shoe> shoes, String chosen) {
        return shoes.stream().filter(s -> !s.retired() || s.id().equals(chosen)).toList();
    }

    RunForm withErrors(FormErrors errors) {
        return new RunForm(
                manual,
                action,
                date,
                time,
                distance,
                duration,
                surface,
                shoe,
                warmUp,
                effort,
                painRegion,
                painScore,
                shoes,
                regions,
                errors);
    }

    public List<String> surfaces() {
        return RunDetails.SURFACES;
    }

    /** The details as typed, or what is wrong with them. */
    FormErrors.Checked<Details> validateDetails() {
        FormErrors errors = detailErrors(NO_ERRORS);
        return errors.isEmpty()
                ? FormErrors.Checked.valid(new Details(details(), pain()))
                : FormErrors.Checked.invalid(errors);
    }

    private FormErrors detailErrors(FormErrors errors) {
        FormErrors e = errors;
        if (!surface.isEmpty() && !RunDetails.SURFACES.contains(surface)) {
            e = fail(e, "surface", "choose road, trail, track, treadmill or grass", surface);
        }
        if (!shoe.isEmpty() && shoes.stream().noneMatch(s -> s.id().equals(shoe))) {
            e = fail(e, "shoe", "choose one of your pairs", null);
        }
        if (!List.of("", "yes", "no").contains(warmUp)) {
            e = fail(e, "warmUp", "choose yes, no or not recorded", warmUp);
        }
        e = whole(e, "effort", effort, 1, 10, "give a number from 1 (very easy) to 10 (flat out)");
        if (!painRegion.isEmpty() && regions.stream().noneMatch(r -> r.id().equals(painRegion))) {
            e = fail(e, "painRegion", "choose a place from the list", painRegion);
        }
        e = whole(
                e,
                "painScore",
                painScore,
                0,
                10,
                "give a number from 0 (no pain) to 10 (the worst pain you can imagine)");
        if (!painRegion.isEmpty() && painScore.isEmpty() && !e.has("painRegion")) {
            e = e.add(
                    "painScore",
                    LABELS.get("painScore") + ": say how bad it was, from 0 to 10, or leave the place empty.");
        }
        if (painRegion.isEmpty() && !painScore.isEmpty() && !e.has("painScore") && Integer.parseInt(painScore) > 0) {
            e = e.add(
                    "painRegion",
                    LABELS.get("painRegion") + ": choose the place, so your pain diary can keep it, "
                            + "or leave the score empty.");
        }
        return e;
    }

    /** The pain afterwards once checked: null when no place was chosen (nothing hurt, or not said). */
    private PainAfterRun pain() {
        return painRegion.isEmpty() ? null : new PainAfterRun(painRegion, Integer.parseInt(painScore));
    }

    /** The details once checked. */
    private RunDetails details() {
        return new RunDetails(
                surface.isEmpty() ? null : Surface.ofId(surface),
                warmUp.isEmpty() ? null : warmUp.equals("yes"),
                effort.isEmpty() ? null : Integer.valueOf(effort),
                shoe.isEmpty() ? null : shoe);
    }

    /** The manual run as an activity with its details, or what is wrong with it. */
    FormErrors.Checked<ManualRun> validateRun(LocalDate today, ZoneId zone) {
        FormErrors e = NO_ERRORS;
        LocalDate day = null;
        if (date.isEmpty()) {
            e = e.add("date", LABELS.get("date") + ": enter the day of the run.");
        } else {
            try {
                day = LocalDate.parse(date);
                if (day.isAfter(today)) {
                    e = fail(e, "date", "must not be in the future", date);
                } else if (day.isBefore(today.minusYears(50))) {
                    e = fail(e, "date", "must be within the last 50 years", date);
                }
            } catch (DateTimeParseException ex) {
                e = fail(e, "date", "enter a date as YYYY-MM-DD, like " + today, date);
            }
        }
        LocalTime at = LocalTime.NOON;
        if (!time.isEmpty()) {
            try {
                at = LocalTime.parse(time.length() == 4 ? "0" + time : time);
            } catch (DateTimeParseException ex) {
                e = fail(e, "time", "enter a time as HH:MM, like 07:30, or leave it empty", time);
            }
        }
        Double km = null;
        if (distance.isEmpty()) {
            e = e.add("distance", LABELS.get("distance") + ": enter how far you ran, in kilometres.");
        } else {
            try {
                km = Double.valueOf(distance.replace(',', '.'));
                if (!(km > 0) || km > 500) {
                    e = fail(e, "distance", "must be more than 0 and at most 500 km", distance);
                    km = null;
                }
            } catch (NumberFormatException ex) {
                e = fail(e, "distance", "enter kilometres as a number, like 8.5", distance);
            }
        }
        Duration moving = null;
        if (duration.isEmpty()) {
            e = e.add("duration", LABELS.get("duration") + ": enter how long you ran, as hh:mm:ss or in minutes.");
        } else {
            moving = parseDuration(duration);
            if (moving == null) {
                e = fail(e, "duration", "enter hh:mm:ss (1:05:30), mm:ss (45:10) or minutes (45)", duration);
            } else if (moving.isZero() || moving.compareTo(Duration.ofDays(2)) > 0) {
                e = fail(e, "duration", "must be more than 0 and at most 48 hours", duration);
                moving = null;
            }
        }
        if (km != null && moving != null && moving.toSeconds() / km < FASTEST_SECONDS_PER_KM) {
            e = fail(
                    e,
                    "duration",
                    "gives a pace of " + Figures.pace(moving.toSeconds() / km)
                            + " min/km, faster than anyone runs; check the distance and the duration",
                    duration);
        }
        e = detailErrors(e);
        if (!e.isEmpty()) {
            return FormErrors.Checked.invalid(e);
        }
        Sport sport = switch (surface) {
            case "trail" -> Sport.TRAIL_RUNNING;
            case "treadmill" -> Sport.TREADMILL;
            default -> Sport.RUNNING;
        };
        ZonedDateTime start = ZonedDateTime.of(day, at, zone);
        Activity run = new Activity(
                sport,
                start,
                Distance.ofKilometres(km),
                moving,
                moving,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                ActivitySource.MANUAL,
                "manual entry");
        return FormErrors.Checked.valid(new ManualRun(run, details(), pain()));
    }

    /** "1:05:30", "45:10" (minutes and seconds) or "45" / "45.5" (minutes); null when unreadable. */
    static Duration parseDuration(String s) {
        String v = s.trim();
        Matcher m = CLOCK.matcher(v);
        if (m.matches()) {
            long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long min = Long.parseLong(m.group(2));
            long sec = Long.parseLong(m.group(3));
            if (sec >= 60 || (m.group(1) != null && min >= 60)) {
                return null;
            }
            return Duration.ofSeconds(h * 3600 + min * 60 + sec);
        }
        try {
            double minutes = Double.parseDouble(v.replace(',', '.'));
            return minutes >= 0 && minutes < 1e6 ? Duration.ofMillis(Math.round(minutes * 60_000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Empty is fine (not recorded); else a whole number from {@code min} to {@code max}. */
    private static FormErrors whole(FormErrors e, String field, String value, int min, int max, String hint) {
        if (value.isEmpty()) {
            return e;
        }
        try {
            int n = Integer.parseInt(value);
            return n < min || n > max ? fail(e, field, "must be between " + min + " and " + max, value) : e;
        } catch (NumberFormatException ex) {
            return fail(e, field, hint, value);
        }
    }

    private static FormErrors fail(FormErrors e, String field, String problem, String value) {
        return e.add(
                field,
                LABELS.get(field) + ": " + problem + (value == null ? "" : " (you entered " + value + ")") + ".");
    }

    private static String p(io.javalin.http.Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.trim();
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}

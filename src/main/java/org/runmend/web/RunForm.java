package org.runmend.web;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmend.activity.Activity;
import org.runmend.activity.Distance;
import org.runmend.activity.Figures;
import org.runmend.activity.Sport;
import org.runmend.knowledge.Region;
import org.runmend.training.RunDetails;
import org.runmend.training.Shoe;

/**
 * The run form as typed: a whole manual run ({@code manual}) or only the details a runner adds
 * to an imported one. Every field is checked on its own, so the runner sees every problem at
 * once, each message starting with the field's label, as on the pain check's intake.
 *
 * @param shoes   the pairs to choose from (pairs in use, plus the one already chosen)
 * @param regions where pain can be recorded
 * @param errors  field name to message
 */
public record RunForm(boolean manual, String action, String date, String time, String distance, String duration,
                      String surface, String shoe, String warmUp, String effort, String painRegion, String painScore,
                      List<Shoe> shoes, List<Region> regions, Map<String, String> errors) {
    /** The label of each field, as the form shows it and as its error messages start. */
    public static final Map<String, String> LABELS = labels();
    static final String[] ORDER = {"date", "time", "distance", "duration", "surface", "shoe", "warmUp", "effort",
        "painRegion", "painScore"};
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{1,2})");
    /** Faster than this is no human run: the distance or the duration is mistyped. */
    private static final double FASTEST_SECONDS_PER_KM = 150;

    public RunForm {
        shoes = List.copyOf(shoes);
        regions = List.copyOf(regions);
        errors = Map.copyOf(errors);
    }

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
        String def = shoes.stream().filter(s -> s.defaultPair() && !s.retired()).map(Shoe::id).findFirst().orElse("");
        return new RunForm(true, "/log/new", today.toString(), "", "", "", "", def, "", "", "", "",
                inUse(shoes, def), List.copyOf(regions), Map.of());
    }

    /** The details form of a stored activity. */
    static RunForm details(String activityId, RunDetails d, List<Shoe> shoes, Collection<Region> regions) {
        return new RunForm(false, "/log/" + activityId + "/details", "", "", "", "", s(d.surface()), s(d.shoeId()),
                d.warmUp() == null ? "" : d.warmUp() ? "yes" : "no", s(d.effort()), s(d.painRegion()), s(d.painScore()),
                inUse(shoes, d.shoeId()), List.copyOf(regions), Map.of());
    }

    /** The form as posted. */
    static RunForm posted(boolean manual, String action, io.javalin.http.Context ctx, List<Shoe> shoes,
                          Collection<Region> regions) {
        return new RunForm(manual, action, p(ctx, "date"), p(ctx, "time"), p(ctx, "distance"), p(ctx, "duration"),
                p(ctx, "surface"), p(ctx, "shoe"), p(ctx, "warmUp"), p(ctx, "effort"), p(ctx, "painRegion"),
                p(ctx, "painScore"), inUse(shoes, p(ctx, "shoe")), List.copyOf(regions), Map.of());
    }

    private static List<Shoe> inUse(List<Shoe> shoes, String chosen) {
        return shoes.stream().filter(s -> !s.retired() || s.id().equals(chosen)).toList();
    }

    RunForm withErrors(Map<String, String> errors) {
        return new RunForm(manual, action, date, time, distance, duration, surface, shoe, warmUp, effort, painRegion,
                painScore, shoes, regions, errors);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors in the order of the form. */
    public Map<String, String> orderedErrors() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : ORDER) {
            if (errors.containsKey(f)) {
                out.put(f, errors.get(f));
            }
        }
        return out;
    }

    public List<String> surfaces() {
        return RunDetails.SURFACES;
    }

    /** The details as typed, or empty with {@code errorsOut} filled in. */
    Optional<RunDetails> validateDetails(Map<String, String> errorsOut) {
        if (!surface.isEmpty() && !RunDetails.SURFACES.contains(surface)) {
            fail(errorsOut, "surface", "choose road, trail, track, treadmill or grass", surface);
        }
        if (!shoe.isEmpty() && shoes.stream().noneMatch(s -> s.id().equals(shoe))) {
            fail(errorsOut, "shoe", "choose one of your pairs", null);
        }
        if (!List.of("", "yes", "no").contains(warmUp)) {
            fail(errorsOut, "warmUp", "choose yes, no or not recorded", warmUp);
        }
        Integer effortValue = whole(errorsOut, "effort", effort, 1, 10, "give a number from 1 (very easy) to 10 (flat out)");
        if (!painRegion.isEmpty() && regions.stream().noneMatch(r -> r.id().equals(painRegion))) {
            fail(errorsOut, "painRegion", "choose a place from the list", painRegion);
        }
        Integer painValue = whole(errorsOut, "painScore", painScore, 0, 10,
                "give a number from 0 (no pain) to 10 (the worst pain you can imagine)");
        if (!painRegion.isEmpty() && painScore.isEmpty() && !errorsOut.containsKey("painRegion")) {
            errorsOut.put("painScore", LABELS.get("painScore") + ": say how bad it was, from 0 to 10, or leave the place empty.");
        }
        if (!errorsOut.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RunDetails(surface.isEmpty() ? null : surface,
                warmUp.isEmpty() ? null : warmUp.equals("yes"), effortValue, shoe.isEmpty() ? null : shoe,
                painRegion.isEmpty() ? null : painRegion, painValue));
    }

    /** The manual run as an activity, or empty with {@code errorsOut} filled in. */
    Optional<Activity> validateRun(LocalDate today, ZoneId zone, Map<String, String> errorsOut) {
        LocalDate day = null;
        if (date.isEmpty()) {
            errorsOut.put("date", LABELS.get("date") + ": enter the day of the run.");
        } else {
            try {
                day = LocalDate.parse(date);
                if (day.isAfter(today)) {
                    fail(errorsOut, "date", "must not be in the future", date);
                    day = null;
                } else if (day.isBefore(today.minusYears(50))) {
                    fail(errorsOut, "date", "must be within the last 50 years", date);
                    day = null;
                }
            } catch (DateTimeParseException e) {
                fail(errorsOut, "date", "enter a date as YYYY-MM-DD, like " + today, date);
            }
        }
        LocalTime at = LocalTime.NOON;
        if (!time.isEmpty()) {
            try {
                at = LocalTime.parse(time.length() == 4 ? "0" + time : time);
            } catch (DateTimeParseException e) {
                fail(errorsOut, "time", "enter a time as HH:MM, like 07:30, or leave it empty", time);
            }
        }
        Double km = null;
        if (distance.isEmpty()) {
            errorsOut.put("distance", LABELS.get("distance") + ": enter how far you ran, in kilometres.");
        } else {
            try {
                km = Double.valueOf(distance.replace(',', '.'));
                if (!(km > 0) || km > 500) {
                    fail(errorsOut, "distance", "must be more than 0 and at most 500 km", distance);
                    km = null;
                }
            } catch (NumberFormatException e) {
                fail(errorsOut, "distance", "enter kilometres as a number, like 8.5", distance);
            }
        }
        Duration time = null;
        if (duration.isEmpty()) {
            errorsOut.put("duration", LABELS.get("duration") + ": enter how long you ran, as hh:mm:ss or in minutes.");
        } else {
            time = parseDuration(duration);
            if (time == null) {
                fail(errorsOut, "duration", "enter hh:mm:ss (1:05:30), mm:ss (45:10) or minutes (45)", duration);
            } else if (time.isZero() || time.compareTo(Duration.ofHours(48)) > 0) {
                fail(errorsOut, "duration", "must be more than 0 and at most 48 hours", duration);
                time = null;
            }
        }
        if (km != null && time != null && time.toSeconds() / km < FASTEST_SECONDS_PER_KM) {
            fail(errorsOut, "duration", "gives a pace of " + Figures.pace(time.toSeconds() / km)
                    + " min/km, faster than anyone runs; check the distance and the duration", duration);
        }
        Optional<RunDetails> details = validateDetails(errorsOut);
        if (!errorsOut.isEmpty() || details.isEmpty()) {
            return Optional.empty();
        }
        Sport sport = switch (surface) {
            case "trail" -> Sport.TRAIL_RUNNING;
            case "treadmill" -> Sport.TREADMILL;
            default -> Sport.RUNNING;
        };
        ZonedDateTime start = ZonedDateTime.of(day, at, zone);
        return Optional.of(Activity.builder(sport, start, Distance.ofKilometres(km), time)
                .source("manual").sourceName("manual entry").build());
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

    private static Integer whole(Map<String, String> errorsOut, String field, String value, int min, int max, String hint) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                fail(errorsOut, field, "must be between " + min + " and " + max, value);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            fail(errorsOut, field, hint, value);
            return null;
        }
    }

    private static void fail(Map<String, String> errorsOut, String field, String problem, String value) {
        errorsOut.put(field, LABELS.get(field) + ": " + problem + (value == null ? "" : " (you entered " + value + ")") + ".");
    }

    private static String p(io.javalin.http.Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.trim();
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}

package org.runmend.importer;

import com.garmin.fit.DateTime;
import com.garmin.fit.Event;
import com.garmin.fit.EventType;
import com.garmin.fit.File;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Lap;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;

/**
 * FIT reader. The bytes are decoded by a {@link FitDecoder}, by default {@link FitDecoder#fastThenSdk()}:
 * {@link FastFit} decodes only the fields used straight from the bytes; whenever it meets anything
 * it does not handle exactly like the SDK (bad CRC, cut-off or unusual files,
 * compressed_speed_distance...) the file is decoded again with Garmin's FIT SDK ({@link SdkFit}), so
 * damaged files behave as with the SDK alone. Both hand over the same small records ({@link Sess},
 * {@link LapR}, {@link Act}, and the record values).
 *
 * <p><b>One activity per session.</b> A multisport file (triathlon, or several FIT files
 * chained in one) gives one activity per {@code session} message, transitions included (sport
 * OTHER), so each leg keeps its own sport and totals; a session that repeats an earlier one
 * exactly (the same file chained twice) is kept once. Records and laps belong to the session
 * whose time range holds them; records outside every session (a clock jumping to 2085) are
 * dropped with a warning.
 *
 * <p>Totals come from the session: total_distance, total_timer_time (moving), total_elapsed_time
 * (elapsed), total_ascent, avg/max heart rate and cadence. Running cadence is stored per leg,
 * with fractional_cadence, and is doubled to steps per minute. Without a session (a file cut
 * off before it) totals come from the laps when they cover the records, else from the records.
 *
 * <p>Time zone: the activity message's local_timestamp minus its timestamp, rounded to 15
 * minutes, when that is a real offset (at most 14 h); UTC otherwise. Timestamps before
 * {@link DateTime#MIN} are relative to the device's power-on; they are dated by the activity's
 * local_timestamp when it has one.
 *
 * <p>A damaged file (bad CRC, cut off, a chained file with a corrupt header) keeps what was
 * decoded before the damage in {@link Mode#LENIENT} with a warning naming the byte, and is
 * refused in {@link Mode#STRICT}.
 */
final class FitReader {
    private static final Pattern AT_BYTE = Pattern.compile("(?:at byte:?|Error at byte:)\\s*(\\d+)");
    private static final long MAX_ZONE_SECONDS = 14 * 3600;
    /** 1989-12-31T00:00:00Z, the FIT epoch, in Unix seconds. */
    private static final long FIT_EPOCH = 631_065_600L;

    private record Rec(
            long ts,
            Double lat,
            Double lon,
            Double alt,
            Double dist,
            Integer hr,
            Short cad,
            Float frac,
            Double speed) {}

    private record Stop(long ts) {}

    /** The session values used; times in FIT seconds, enums as their FIT values. Null: absent or invalid. */
    record Sess(
            Long start,
            Long ts,
            Float elapsed,
            Float timer,
            Float distance,
            Integer ascent,
            Short avgHr,
            Short maxHr,
            Short avgCad,
            Short maxCad,
            Float avgFrac,
            Float maxFrac,
            Short sport,
            Short subSport) {}

    /** The lap values used. */
    record LapR(Long start, Float elapsed, Float timer, Float distance, Short avgHr, Short maxHr, Short sport) {}

    /** The activity message's timestamp and local_timestamp. */
    record Act(Long ts, Long local) {}

    private final FitDecoder decoder;
    private final List<Sess> sessions = new ArrayList<>();
    private final List<LapR> laps = new ArrayList<>();
    private final List<Rec> records = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();
    private final List<Act> activities = new ArrayList<>();
    private final List<File> fileTypes = new ArrayList<>();
    /** The sport messages' sport and sub_sport, in file order. */
    private final List<Short[]> sportMessages = new ArrayList<>();

    private long shift;
    /** Why the first decoder gave way to the SDK on the last file read, null when it did not. */
    String fallback;

    /** A reader that decodes with {@link FitDecoder#fastThenSdk()}. */
    FitReader() {
        this(FitDecoder.fastThenSdk());
    }

    FitReader(FitDecoder decoder) {
        this.decoder = decoder;
    }

    List<Activity> read(byte[] bytes, Repairs repairs) throws BadContentException {
        if (bytes.length < 12) {
            throw repairs.bad("too short for a FIT file (" + bytes.length + " bytes)");
        }
        fallback = null;
        String damage = decoder.decode(bytes, sink());
        boolean anything = !sessions.isEmpty() || !laps.isEmpty() || !records.isEmpty();
        if (damage != null) {
            if (!anything) {
                throw repairs.bad(damage);
            }
            repairs.repairOrRefuse(damage + "; kept the " + records.size() + " records, " + laps.size() + " laps and "
                    + sessions.size() + " sessions decoded before it");
        }
        if (!anything) {
            String type = fileTypes.isEmpty() || fileTypes.get(0) == null
                    ? "unknown"
                    : fileTypes.get(0).name().toLowerCase(Locale.ROOT);
            throw repairs.bad("no session, lap or record: FIT file type '" + type + "' is not an activity");
        }
        shift = relativeTimeShift(repairs);
        ZoneOffset zone = zone();
        records.sort(Comparator.comparingLong(Rec::ts));
        return sessions.isEmpty() ? List.of(withoutSession(zone, repairs)) : perSession(zone, repairs);
    }

    private FitDecoder.Sink sink() {
        return new FitDecoder.Sink() {
            @Override
            public void record(
                    long ts,
                    Integer lat,
                    Integer lon,
                    Float alt,
                    Float speed,
                    Float dist,
                    Short hr,
                    Short cad,
                    Float frac) {
                FitReader.this.record(ts, lat, lon, alt, speed, dist, hr, cad, frac);
            }

            @Override
            public void session(Sess s) {
                sessions.add(s);
            }

            @Override
            public void lap(LapR l) {
                laps.add(l);
            }

            @Override
            public void activity(Act a) {
                activities.add(a);
            }

            @Override
            public void fileType(Short type) {
                fileTypes.add(type == null ? null : File.getByValue(type));
            }

            @Override
            public void sport(Short sport, Short subSport) {
                sportMessages.add(new Short[] {sport, subSport});
            }

            @Override
            public void event(long ts, Short event, Short eventType) {
                FitReader.this.event(ts, event, eventType);
            }

            @Override
            public void restart(String why) {
                fallback = why;
                sessions.clear();
                laps.clear();
                records.clear();
                stops.clear();
                activities.clear();
                fileTypes.clear();
                sportMessages.clear();
            }
        };
    }

    private void event(long ts, Short event, Short type) {
        if (event != null
                && event == Event.TIMER.getValue()
                && type != null
                && (type == EventType.STOP.getValue() || type == EventType.STOP_ALL.getValue())) {
            stops.add(new Stop(ts));
        }
    }

    private void record(
            long ts, Integer la, Integer lo, Float alt, Float speed, Float dist, Short hr, Short cad, Float frac) {
        Double lat = null;
        Double lon = null;
        if (la != null && lo != null) {
            lat = la * (180.0 / 2147483648.0);
            lon = lo * (180.0 / 2147483648.0);
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                lat = null;
                lon = null;
            }
        }
        records.add(new Rec(
                ts,
                lat,
                lon,
                alt == null ? null : alt.doubleValue(),
                dist == null ? null : dist.doubleValue(),
                hr == null ? null : hr.intValue(),
                cad,
                frac,
                speed == null ? null : speed.doubleValue()));
    }

    /** Seconds to add to relative (power-on) timestamps to date them, 0 for normal files. */
    private long relativeTimeShift(Repairs repairs) {
        long first = sessions.isEmpty()
                ? records.isEmpty() ? Long.MAX_VALUE : records.get(0).ts()
                : sessions.get(0).start() == null
                        ? Long.MAX_VALUE
                        : sessions.get(0).start();
        if (first >= DateTime.MIN) {
            return 0;
        }
        for (Act a : activities) {
            Long local = a.local();
            if (a.ts() != null && local != null && local >= DateTime.MIN) {
                repairs.warn("timestamps are relative to the device's power-on; dated by the activity's local time "
                        + "(the time zone is unknown, shown as UTC)");
                return local - a.ts();
            }
        }
        repairs.warn("timestamps are relative to the device's power-on and the file has no real date");
        return 0;
    }

    private ZoneOffset zone() {
        if (shift != 0) {
            return ZoneOffset.UTC;
        }
        for (Act a : activities) {
            Long local = a.local();
            if (a.ts() != null && local != null && local >= DateTime.MIN) {
                long off = local - a.ts();
                long rounded = Math.round(off / 900.0) * 900;
                if (Math.abs(rounded) <= MAX_ZONE_SECONDS) {
                    return ZoneOffset.ofTotalSeconds((int) rounded);
                }
            }
        }
        return ZoneOffset.UTC;
    }

    private Instant instant(long fitSeconds) {
        return Instant.ofEpochSecond(fitSeconds + shift + FIT_EPOCH);
    }

    private List<Activity> perSession(ZoneOffset zone, Repairs repairs) throws BadContentException {
        List<Sess> unique = new ArrayList<>();
        for (Sess given : sessions) {
            Sess s = given.start() != null ? given : dated(given, repairs);
            if (s == null) {
                repairs.warn("a session without start_time, end time or records was skipped");
                continue;
            }
            boolean repeat = unique.stream()
                    .anyMatch(u -> u.start().equals(s.start())
                            && java.util.Objects.equals(u.distance(), s.distance())
                            && java.util.Objects.equals(u.timer(), s.timer()));
            if (repeat) {
                repairs.warn("session starting " + instant(s.start())
                        + " repeats an earlier one (the same file chained twice); kept once");
            } else {
                unique.add(s);
            }
        }
        if (unique.isEmpty()) {
            return List.of(withoutSession(zone, repairs));
        }
        unique.sort(Comparator.comparingLong(s -> s.start()));
        int n = unique.size();
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            Sess s = unique.get(i);
            long elapsed = Math.round(orZero(s.elapsed()));
            start[i] = s.start();
            long e = start[i] + elapsed;
            if (s.ts() != null) {
                long ts = s.ts();
                e = Math.max(e, ts);
                // some devices write a late start_time; the session's end minus its elapsed time is earlier
                // (only when records back it, and not from a timestamp before the start: files with the
                // summary first stamp every session with the first start)
                long earlier = ts - elapsed;
                if (ts >= start[i] && earlier < start[i] && hasRecord(earlier - 60, start[i] - 60)) {
                    start[i] = earlier;
                }
            }
            end[i] = e;
        }
        List<List<Rec>> recs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            recs.add(new ArrayList<>());
        }
        int outside = 0;
        Long firstOutside = null;
        for (Rec r : records) {
            int i = owner(r.ts(), start, end);
            if (i < 0) {
                outside++;
                firstOutside = firstOutside == null ? r.ts() : firstOutside;
            } else {
                recs.get(i).add(r);
            }
        }
        if (outside > 0) {
            repairs.repairOrRefuse("dropped " + outside + " records outside every session's time (first at "
                    + instant(firstOutside) + ")");
        }
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sess s = unique.get(i);
            List<LapR> sessionLapsRaw = new ArrayList<>();
            for (LapR l : laps) {
                if (l.start() != null && owner(l.start(), start, end) == i) {
                    sessionLapsRaw.add(l);
                }
            }
            Named named = sportOf(s, sessionLapsRaw, i, n);
            Sport sport = named.sport();
            List<List<Sample>> segs = FilterChain.standard().apply(segments(recs.get(i), sport.isRun()), repairs);
            PointStats st = PointStats.of(segs, false, sport);
            long begin = s.start();
            if (!recs.get(i).isEmpty() && recs.get(i).get(0).ts() < begin - 60) {
                repairs.warn("session start_time " + instant(begin) + " is later than its first record; the activity "
                        + "starts at the first record, "
                        + instant(recs.get(i).get(0).ts()));
                begin = recs.get(i).get(0).ts();
            }
            Times times = times(s, begin, st, repairs);
            double distance = s.distance() != null ? s.distance() : recordDistance(recs.get(i), st);
            Double ascent =
                    s.ascent() != null ? Double.valueOf(s.ascent()) : st.hasElevation ? st.elevationGainMetres : null;
            Integer avgHr = positive(s.avgHr()) != null ? positive(s.avgHr()) : st.averageHeartRate;
            Integer maxHr = positive(s.maxHr()) != null ? positive(s.maxHr()) : st.maxHeartRate;
            Integer avgCad = s.avgCad() != null ? cadence(s.avgCad(), s.avgFrac(), sport.isRun()) : st.averageCadence;
            Integer maxCad = s.maxCad() != null ? cadence(s.maxCad(), s.maxFrac(), sport.isRun()) : st.maxCadence;
            List<Lap> sessionLaps = sessionLapsRaw.stream().map(this::lap).toList();
            Activity a = Activity.builder(
                            sport,
                            instant(begin).atZone(zone),
                            Distance.ofMetres(Math.max(0, distance)),
                            seconds(times.elapsed()))
                    .moving(seconds(times.moving()))
                    .elevationGainMetres(ascent)
                    .averageHeartRate(avgHr)
                    .maxHeartRate(maxHr)
                    .averageCadence(avgCad)
                    .maxCadence(maxCad)
                    .laps(sessionLaps)
                    .samples(st.samples)
                    .source(ActivitySource.FIT)
                    .sourceName(repairs.sourceName())
                    .build();
            out.add(named.named() ? a : repairs.sportNotNamed(a));
        }
        return out;
    }

    /** Whether a record lies in [from, to) (records are sorted). */
    private boolean hasRecord(long from, long to) {
        for (Rec r : records) {
            if (r.ts() >= to) {
                return false;
            }
            if (r.ts() >= from) {
                return true;
            }
        }
        return false;
    }

    /** Elapsed and moving seconds of one session. */
    private record Times(double elapsed, double moving) {}

    /**
     * A session's elapsed and moving time, checked against its own records. Elapsed time is the
     * session's total_elapsed_time unless the records say it cannot be (they span clearly more,
     * or the session and its records span clearly less: a device that wrote timer and elapsed
     * time swapped, or garbage); then it is the span of the records and the session. Moving
     * time is computed from the records by {@link TrackMath#movingSeconds} when they cover the
     * session, so that FIT, TCX and GPX copies of one run agree; without records covering it, it
     * is the session's total_timer_time when that is plausible (not longer than the elapsed time).
     */
    private Times times(Sess s, long begin, PointStats st, Repairs repairs) {
        double recSpan = st.samples.size() < 2
                ? 0
                : Duration.between(
                                        st.samples.get(0).time(),
                                        st.samples.get(st.samples.size() - 1).time())
                                .toMillis()
                        / 1000.0;
        double sessSpan = s.ts() != null && s.ts() >= begin ? s.ts() - begin : 0;
        double span = Math.max(recSpan, sessSpan);
        Float field = s.elapsed();
        double elapsed;
        if (field == null) {
            elapsed = span;
        } else if (span > 0 && (field < recSpan - Math.max(60, recSpan * 0.02) || field > span * 1.2 + 300)) {
            repairs.warn("session total_elapsed_time " + Math.round(field) + " s does not fit its records and times ("
                    + Math.round(span) + " s from " + instant(begin) + "): elapsed time taken from them");
            elapsed = span;
        } else {
            elapsed = field;
        }
        Float timer = s.timer();
        boolean timerOk = timer != null && timer <= elapsed + 1;
        if (timer != null && !timerOk) {
            repairs.warn("session total_timer_time " + Math.round(timer) + " s is longer than the elapsed time "
                    + Math.round(elapsed) + " s: not used");
        }
        double moving;
        if (recSpan > 0 && recSpan >= elapsed * 0.9 - 60) {
            moving = st.movingSeconds;
        } else if (timerOk) {
            moving = timer;
        } else if (recSpan > 0) {
            moving = st.movingSeconds;
        } else {
            moving = elapsed;
        }
        return new Times(Math.max(elapsed, moving), Math.min(moving, Math.max(elapsed, moving)));
    }

    /**
     * A session without start_time, dated by its first record (after the previous session's
     * end, up to its own end), else by its end time minus its elapsed time, else by its first
     * lap; null when nothing dates it.
     */
    @SuppressWarnings("ReferenceEquality") // skips this very session, not others equal to it
    private Sess dated(Sess s, Repairs repairs) {
        long after = Long.MIN_VALUE;
        long upTo = Long.MAX_VALUE;
        if (s.ts() != null) {
            upTo = s.ts() + 1;
            for (Sess o : sessions) {
                if (o != s && o.ts() != null && o.ts() < s.ts()) {
                    after = Math.max(after, o.ts());
                }
            }
        } else if (sessions.size() > 1) {
            upTo = Long.MIN_VALUE; // several sessions, this one without any time: records cannot be told apart
        }
        Long start = null;
        String from = null;
        for (Rec r : records) {
            if (r.ts() > after && r.ts() <= upTo) {
                start = r.ts();
                from = "its first record";
                break;
            }
        }
        if (start == null && s.ts() != null && s.elapsed() != null) {
            start = s.ts() - Math.round(s.elapsed());
            from = "its end time minus its elapsed time";
        }
        if (start == null && sessions.size() == 1) {
            start = laps.stream()
                    .map(LapR::start)
                    .filter(java.util.Objects::nonNull)
                    .min(Long::compare)
                    .orElse(null);
            from = "its first lap";
        }
        if (start == null) {
            return null;
        }
        repairs.warn("a session without start_time was dated by " + from + ": " + instant(start));
        return new Sess(
                start,
                s.ts(),
                s.elapsed(),
                s.timer(),
                s.distance(),
                s.ascent(),
                s.avgHr(),
                s.maxHr(),
                s.avgCad(),
                s.maxCad(),
                s.avgFrac(),
                s.maxFrac(),
                s.sport(),
                s.subSport());
    }

    /** A sport, and whether the file named it (false: the file gave none, a guess from speed may follow). */
    private record Named(Sport sport, boolean named) {}

    /**
     * The sport of session {@code i} of {@code n}: the session's own sport and sub_sport, else
     * its laps' sport, else the file's sport message (the one of the same rank when there is one
     * per session, or the only one). FIT's "generic" (0) and "all" (254) name no sport; a
     * "transition" does, and stays {@link Sport#OTHER}.
     */
    private Named sportOf(Sess s, List<LapR> sessionLaps, int i, int n) {
        if (specific(s.sport())) {
            return new Named(sport(s.sport(), s.subSport()), true);
        }
        for (LapR l : sessionLaps) {
            if (specific(l.sport())) {
                return new Named(sport(l.sport(), s.subSport()), true);
            }
        }
        Short[] sp = sportMessages.size() == n
                ? sportMessages.get(i)
                : sportMessages.size() == 1 ? sportMessages.get(0) : null;
        if (sp != null && specific(sp[0])) {
            return new Named(sport(sp[0], sp[1]), true);
        }
        Sport sub = s.subSport() == null ? Sport.OTHER : sport(null, s.subSport());
        return sub != Sport.OTHER ? new Named(sub, true) : new Named(Sport.OTHER, false);
    }

    private static boolean specific(Short fitSport) {
        return fitSport != null && fitSport != 0 && fitSport != 254;
    }

    /** Index of the session holding time {@code ts}: the last one started by then, if not ended a minute before. */
    private static int owner(long ts, long[] start, long[] end) {
        int found = -1;
        for (int i = 0; i < start.length; i++) {
            if (start[i] <= ts + 1) {
                found = i;
            }
        }
        if (found < 0) {
            return start.length > 0 && ts >= start[0] - 60 ? 0 : -1;
        }
        return ts <= end[found] + 60 ? found : -1;
    }

    private Activity withoutSession(ZoneOffset zone, Repairs repairs) throws BadContentException {
        List<LapR> timed = laps.stream().filter(l -> l.start() != null).toList();
        Named named = sportOf(
                new Sess(null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                timed,
                0,
                1);
        Sport sport = named.sport();
        List<List<Sample>> segs = FilterChain.standard().apply(segments(records, sport.isRun()), repairs);
        PointStats st = PointStats.of(segs, false, sport);
        long recFirst =
                st.samples.isEmpty() ? Long.MAX_VALUE : st.samples.get(0).time().getEpochSecond();
        long recLast = st.samples.isEmpty()
                ? Long.MIN_VALUE
                : st.samples.get(st.samples.size() - 1).time().getEpochSecond();
        long lapEnd = Long.MIN_VALUE;
        for (LapR l : timed) {
            long e = l.start() + Math.round(orZero(l.elapsed()));
            lapEnd = Math.max(lapEnd, instant(e).getEpochSecond());
        }
        List<Lap> outLaps = timed.stream().map(this::lap).toList();
        Instant start;
        double elapsed;
        double moving;
        double distance;
        if (!timed.isEmpty() && lapEnd >= recLast - 60) {
            repairs.warn("no session message: totals are from the " + timed.size() + " laps");
            start = instant(timed.get(0).start());
            elapsed = timed.stream().mapToDouble(l -> orZero(l.elapsed())).sum();
            moving = timed.stream().mapToDouble(l -> orZero(l.timer())).sum();
            distance = timed.stream().mapToDouble(l -> orZero(l.distance())).sum();
        } else if (!st.samples.isEmpty()) {
            repairs.warn("no session message: totals are from the " + st.samples.size() + " records"
                    + (timed.isEmpty() ? "" : " (the laps cover only part of them)"));
            start = Instant.ofEpochSecond(recFirst);
            elapsed = recLast - recFirst;
            moving = st.movingSeconds;
            distance = recordDistance(records, st);
        } else {
            throw repairs.bad("no session, no timed lap and no record with a time");
        }
        Activity a = Activity.builder(
                        sport,
                        start.atZone(zone),
                        Distance.ofMetres(Math.max(0, distance)),
                        seconds(Math.max(elapsed, moving)))
                .moving(seconds(moving))
                .elevationGainMetres(st.hasElevation ? st.elevationGainMetres : null)
                .averageHeartRate(st.averageHeartRate)
                .maxHeartRate(st.maxHeartRate)
                .averageCadence(st.averageCadence)
                .maxCadence(st.maxCadence)
                .laps(outLaps)
                .samples(st.samples)
                .source(ActivitySource.FIT)
                .sourceName(repairs.sourceName())
                .build();
        return named.named() ? a : repairs.sportNotNamed(a);
    }

    private Lap lap(LapR l) {
        return new Lap(
                instant(l.start()),
                seconds(orZero(l.elapsed())),
                seconds(orZero(l.timer())),
                Distance.ofMetres(Math.max(0, orZero(l.distance()))),
                positive(l.avgHr()),
                positive(l.maxHr()));
    }

    /** Records as samples, a new segment after each timer stop. */
    private List<List<Sample>> segments(List<Rec> recs, boolean run) {
        List<List<Sample>> segs = new ArrayList<>();
        List<Sample> cur = new ArrayList<>();
        int stop = 0;
        List<Stop> sorted =
                stops.stream().sorted(Comparator.comparingLong(Stop::ts)).toList();
        for (Rec r : recs) {
            boolean split = false;
            while (stop < sorted.size() && sorted.get(stop).ts() < r.ts()) {
                stop++;
                split = true;
            }
            if (split && !cur.isEmpty()) {
                segs.add(cur);
                cur = new ArrayList<>();
            }
            Integer cad = r.cad() == null ? null : cadence(r.cad(), r.frac(), run);
            cur.add(new Sample(instant(r.ts()), r.lat(), r.lon(), r.alt(), r.dist(), r.hr(), cad, r.speed()));
        }
        if (!cur.isEmpty()) {
            segs.add(cur);
        }
        return segs;
    }

    private static double recordDistance(List<Rec> recs, PointStats st) {
        double max = -1;
        for (Rec r : recs) {
            if (r.dist() != null && r.dist() > max) {
                max = r.dist();
            }
        }
        return max >= 0 ? max : st.distanceMetres;
    }

    private static Integer cadence(Short whole, Float fraction, boolean run) {
        double c = whole + (fraction == null ? 0 : fraction);
        return (int) Math.round(run ? c * 2 : c);
    }

    /** Heart rate 0 means "no strap" in some apps (Zwift): no value. */
    private static Integer positive(Short v) {
        return v == null || v <= 0 ? null : Integer.valueOf(v);
    }

    private static double orZero(Float f) {
        return f == null ? 0 : f;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(Math.max(0, s) * 1000));
    }

    private static Sport sport(Short sport, Short sub) {
        return sport(
                sport == null ? null : com.garmin.fit.Sport.getByValue(sport),
                sub == null ? null : com.garmin.fit.SubSport.getByValue(sub));
    }

    static Sport sport(com.garmin.fit.Sport sport, com.garmin.fit.SubSport sub) {
        String name = (sub == null ? "" : sub.name() + " ") + (sport == null ? "" : sport.name());
        return Sport.fromName(name);
    }

    /** Turns the SDK's message into one that says what happened and where. */
    static String describe(RuntimeException e, int size) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = AT_BYTE.matcher(msg);
        String at = m.find() ? m.group(1) : null;
        String plain = msg.replace("FIT decode error: ", "")
                .replaceAll("\\s*Error at byte:?\\s*\\d+", "")
                .replaceAll("\\s+at byte:?\\s*\\d+", "")
                .replaceAll("\\s+", " ")
                .trim();
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        String lower = msg.toLowerCase(Locale.ROOT);
        if (lower.contains("end of input") || lower.contains("not in correct state after last data byte")) {
            return "file ends early at byte " + (at != null ? at : String.valueOf(size)) + " (" + plain + ")";
        }
        if (lower.contains("crc")) {
            return "file CRC does not match at byte " + at + ": the data may be corrupt";
        }
        if (lower.contains("not fit format")) {
            return (at == null || "0".equals(at)
                            ? "not a FIT file"
                            : "the data at byte " + at + " is not a FIT file header (a damaged chained file)")
                    + " (" + plain + ")";
        }
        return "damaged at byte " + (at != null ? at : "?") + ": " + plain;
    }
}

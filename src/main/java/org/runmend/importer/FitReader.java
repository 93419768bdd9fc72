package org.runmend.importer;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.MesgListener;
import com.garmin.fit.MesgNum;
import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import java.io.ByteArrayInputStream;
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
import org.runmend.activity.Distance;
import org.runmend.activity.Lap;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;

/**
 * FIT reader on Garmin's FIT SDK ({@link Decode} with one {@link MesgListener}). The SDK
 * handles compressed-timestamp headers, developer fields and chained files.
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

    private record Rec(long ts, Double lat, Double lon, Double alt, Double dist, Integer hr, Short cad, Float frac,
                       Double speed) {
    }

    private record Stop(long ts) {
    }

    private final List<SessionMesg> sessions = new ArrayList<>();
    private final List<LapMesg> laps = new ArrayList<>();
    private final List<Rec> records = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();
    private final List<ActivityMesg> activities = new ArrayList<>();
    private final List<File> fileTypes = new ArrayList<>();
    private long shift;

    List<Activity> read(byte[] bytes, Repairs repairs) throws BadContentException {
        String src = repairs.sourceName();
        if (bytes.length < 12) {
            throw repairs.bad("too short for a FIT file (" + bytes.length + " bytes)");
        }
        Decode decode = new Decode();
        // One listener that wraps only the messages used: a MesgBroadcaster copies every message
        // into its typed class, which cost about a fifth of the decoding time on large files.
        MesgListener listener = mesg -> {
            switch (mesg.getNum()) {
                case MesgNum.RECORD -> record(new RecordMesg(mesg));
                case MesgNum.SESSION -> sessions.add(new SessionMesg(mesg));
                case MesgNum.LAP -> laps.add(new LapMesg(mesg));
                case MesgNum.ACTIVITY -> activities.add(new ActivityMesg(mesg));
                case MesgNum.FILE_ID -> fileTypes.add(new FileIdMesg(mesg).getType());
                case MesgNum.EVENT -> event(new EventMesg(mesg));
                default -> { }
            }
        };
        String damage = null;
        try {
            decode.read(new ByteArrayInputStream(bytes), listener, definition -> { });
        } catch (RuntimeException e) { // FitRuntimeException, and anything the SDK lets slip on bad bytes
            damage = describe(e, bytes.length);
        }
        boolean anything = !sessions.isEmpty() || !laps.isEmpty() || !records.isEmpty();
        if (damage != null) {
            if (!anything) {
                throw repairs.bad(damage);
            }
            repairs.repairOrRefuse(damage + "; kept the " + records.size() + " records, " + laps.size()
                    + " laps and " + sessions.size() + " sessions decoded before it");
        }
        if (!anything) {
            String type = fileTypes.isEmpty() || fileTypes.get(0) == null ? "unknown"
                    : fileTypes.get(0).name().toLowerCase(Locale.ROOT);
            throw repairs.bad("no session, lap or record: FIT file type '" + type + "' is not an activity");
        }
        shift = relativeTimeShift(repairs);
        ZoneOffset zone = zone();
        records.sort(Comparator.comparingLong(Rec::ts));
        return sessions.isEmpty() ? List.of(withoutSession(zone, repairs)) : perSession(zone, repairs);
    }

    private void event(EventMesg m) {
        if (m.getEvent() == Event.TIMER && m.getTimestamp() != null
                && (m.getEventType() == EventType.STOP || m.getEventType() == EventType.STOP_ALL)) {
            stops.add(new Stop(m.getTimestamp().getTimestamp()));
        }
    }

    private void record(RecordMesg m) {
        DateTime t = m.getTimestamp();
        if (t == null) {
            return;
        }
        Integer la = m.getPositionLat();
        Integer lo = m.getPositionLong();
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
        Float alt = m.getEnhancedAltitude() != null ? m.getEnhancedAltitude() : m.getAltitude();
        Float speed = m.getEnhancedSpeed() != null ? m.getEnhancedSpeed() : m.getSpeed();
        Float dist = m.getDistance();
        Short hr = m.getHeartRate();
        records.add(new Rec(t.getTimestamp(), lat, lon, alt == null ? null : alt.doubleValue(),
                dist == null ? null : dist.doubleValue(), hr == null ? null : hr.intValue(), m.getCadence(),
                m.getFractionalCadence(), speed == null ? null : speed.doubleValue()));
    }

    /** Seconds to add to relative (power-on) timestamps to date them, 0 for normal files. */
    private long relativeTimeShift(Repairs repairs) {
        long first = sessions.isEmpty() ? records.isEmpty() ? Long.MAX_VALUE : records.get(0).ts()
                : sessions.get(0).getStartTime() == null ? Long.MAX_VALUE : sessions.get(0).getStartTime().getTimestamp();
        if (first >= DateTime.MIN) {
            return 0;
        }
        for (ActivityMesg a : activities) {
            Long local = a.getLocalTimestamp();
            if (a.getTimestamp() != null && local != null && local >= DateTime.MIN) {
                repairs.warn("timestamps are relative to the device's power-on; dated by the activity's local time "
                        + "(the time zone is unknown, shown as UTC)");
                return local - a.getTimestamp().getTimestamp();
            }
        }
        repairs.warn("timestamps are relative to the device's power-on and the file has no real date");
        return 0;
    }

    private ZoneOffset zone() {
        if (shift != 0) {
            return ZoneOffset.UTC;
        }
        for (ActivityMesg a : activities) {
            Long local = a.getLocalTimestamp();
            if (a.getTimestamp() != null && local != null && local >= DateTime.MIN) {
                long off = local - a.getTimestamp().getTimestamp();
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
        List<SessionMesg> unique = new ArrayList<>();
        for (SessionMesg s : sessions) {
            if (s.getStartTime() == null) {
                repairs.warn("a session without start_time was skipped");
                continue;
            }
            boolean repeat = unique.stream().anyMatch(u -> u.getStartTime().getTimestamp().equals(s.getStartTime()
                    .getTimestamp()) && java.util.Objects.equals(u.getTotalDistance(), s.getTotalDistance())
                    && java.util.Objects.equals(u.getTotalTimerTime(), s.getTotalTimerTime()));
            if (repeat) {
                repairs.warn("session starting " + instant(s.getStartTime().getTimestamp())
                        + " repeats an earlier one (the same file chained twice); kept once");
            } else {
                unique.add(s);
            }
        }
        if (unique.isEmpty()) {
            return List.of(withoutSession(zone, repairs));
        }
        unique.sort(Comparator.comparingLong(s -> s.getStartTime().getTimestamp()));
        int n = unique.size();
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            SessionMesg s = unique.get(i);
            long elapsed = Math.round(orZero(s.getTotalElapsedTime()));
            start[i] = s.getStartTime().getTimestamp();
            long e = start[i] + elapsed;
            if (s.getTimestamp() != null) {
                long ts = s.getTimestamp().getTimestamp();
                e = Math.max(e, ts);
                // some devices write a late start_time; the session's end minus its elapsed time is earlier
                start[i] = Math.min(start[i], ts - elapsed);
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
            SessionMesg s = unique.get(i);
            Sport sport = sport(s.getSport(), s.getSubSport());
            List<List<Sample>> segs = FilterChain.standard().apply(segments(recs.get(i), sport.isRun()), repairs);
            PointStats st = PointStats.of(segs, false);
            double elapsed = s.getTotalElapsedTime() != null ? s.getTotalElapsedTime() : end[i] - start[i];
            double moving = s.getTotalTimerTime() != null ? s.getTotalTimerTime() : elapsed;
            double distance = s.getTotalDistance() != null ? s.getTotalDistance() : recordDistance(recs.get(i), st);
            Double ascent = s.getTotalAscent() != null ? Double.valueOf(s.getTotalAscent())
                    : st.hasElevation ? st.elevationGainMetres : null;
            Integer avgHr = positive(s.getAvgHeartRate()) != null ? positive(s.getAvgHeartRate()) : st.averageHeartRate;
            Integer maxHr = positive(s.getMaxHeartRate()) != null ? positive(s.getMaxHeartRate()) : st.maxHeartRate;
            Integer avgCad = s.getAvgCadence() != null
                    ? cadence(s.getAvgCadence(), s.getAvgFractionalCadence(), sport.isRun()) : st.averageCadence;
            Integer maxCad = s.getMaxCadence() != null
                    ? cadence(s.getMaxCadence(), s.getMaxFractionalCadence(), sport.isRun()) : st.maxCadence;
            List<Lap> sessionLaps = new ArrayList<>();
            for (LapMesg l : laps) {
                if (l.getStartTime() != null && owner(l.getStartTime().getTimestamp(), start, end) == i) {
                    sessionLaps.add(lap(l));
                }
            }
            long begin = s.getStartTime().getTimestamp();
            if (!recs.get(i).isEmpty() && recs.get(i).get(0).ts() < begin - 60) {
                repairs.warn("session start_time " + instant(begin) + " is later than its first record; the activity "
                        + "starts at the first record, " + instant(recs.get(i).get(0).ts()));
                begin = recs.get(i).get(0).ts();
            }
            out.add(new Activity(sport, instant(begin).atZone(zone), Distance.ofMetres(Math.max(0, distance)),
                    seconds(moving), seconds(Math.max(elapsed, moving)), ascent, avgHr, maxHr, avgCad, maxCad, sessionLaps, st.samples,
                    null, "fit", repairs.sourceName()));
        }
        return out;
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
        Sport sport = Sport.OTHER;
        List<LapMesg> timed = laps.stream().filter(l -> l.getStartTime() != null).toList();
        if (!timed.isEmpty() && timed.get(0).getSport() != null) {
            sport = sport(timed.get(0).getSport(), null);
        }
        List<List<Sample>> segs = FilterChain.standard().apply(segments(records, sport.isRun()), repairs);
        PointStats st = PointStats.of(segs, false);
        long recFirst = st.samples.isEmpty() ? Long.MAX_VALUE : st.samples.get(0).time().getEpochSecond();
        long recLast = st.samples.isEmpty() ? Long.MIN_VALUE
                : st.samples.get(st.samples.size() - 1).time().getEpochSecond();
        long lapEnd = Long.MIN_VALUE;
        for (LapMesg l : timed) {
            long e = l.getStartTime().getTimestamp() + Math.round(orZero(l.getTotalElapsedTime()));
            lapEnd = Math.max(lapEnd, instant(e).getEpochSecond());
        }
        List<Lap> outLaps = timed.stream().map(this::lap).toList();
        Instant start;
        double elapsed;
        double moving;
        double distance;
        if (!timed.isEmpty() && lapEnd >= recLast - 60) {
            repairs.warn("no session message: totals are from the " + timed.size() + " laps");
            start = instant(timed.get(0).getStartTime().getTimestamp());
            elapsed = timed.stream().mapToDouble(l -> orZero(l.getTotalElapsedTime())).sum();
            moving = timed.stream().mapToDouble(l -> orZero(l.getTotalTimerTime())).sum();
            distance = timed.stream().mapToDouble(l -> orZero(l.getTotalDistance())).sum();
        } else if (!st.samples.isEmpty()) {
            repairs.warn("no session message: totals are from the " + st.samples.size() + " records"
                    + (timed.isEmpty() ? "" : " (the laps cover only part of them)"));
            start = Instant.ofEpochSecond(recFirst);
            elapsed = recLast - recFirst;
            moving = segs.stream().mapToDouble(TrackMath::movingSeconds).sum();
            distance = recordDistance(records, st);
        } else {
            throw repairs.bad("no session, no timed lap and no record with a time");
        }
        return new Activity(sport, start.atZone(zone), Distance.ofMetres(Math.max(0, distance)), seconds(moving),
                seconds(Math.max(elapsed, moving)), st.hasElevation ? st.elevationGainMetres : null,
                st.averageHeartRate, st.maxHeartRate, st.averageCadence, st.maxCadence, outLaps, st.samples, null,
                "fit", repairs.sourceName());
    }

    private Lap lap(LapMesg l) {
        return new Lap(instant(l.getStartTime().getTimestamp()), seconds(orZero(l.getTotalElapsedTime())),
                seconds(orZero(l.getTotalTimerTime())), Distance.ofMetres(Math.max(0, orZero(l.getTotalDistance()))),
                positive(l.getAvgHeartRate()), positive(l.getMaxHeartRate()));
    }

    /** Records as samples, a new segment after each timer stop. */
    private List<List<Sample>> segments(List<Rec> recs, boolean run) {
        List<List<Sample>> segs = new ArrayList<>();
        List<Sample> cur = new ArrayList<>();
        int stop = 0;
        List<Stop> sorted = stops.stream().sorted(Comparator.comparingLong(Stop::ts)).toList();
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

    static Sport sport(com.garmin.fit.Sport sport, com.garmin.fit.SubSport sub) {
        String name = (sub == null ? "" : sub.name() + " ") + (sport == null ? "" : sport.name());
        return Sport.fromName(name);
    }

    /** Turns the SDK's message into one that says what happened and where. */
    static String describe(RuntimeException e, int size) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = AT_BYTE.matcher(msg);
        String at = m.find() ? m.group(1) : null;
        String plain = msg.replace("FIT decode error: ", "").replaceAll("\\s*Error at byte:?\\s*\\d+", "")
                .replaceAll("\\s+at byte:?\\s*\\d+", "").replaceAll("\\s+", " ").trim();
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
            return (at == null || "0".equals(at) ? "not a FIT file" : "the data at byte " + at
                    + " is not a FIT file header (a damaged chained file)") + " (" + plain + ")";
        }
        return "damaged at byte " + (at != null ? at : "?") + ": " + plain;
    }
}

package org.runmend.importer;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.EventMesg;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.MesgDefinitionListener;
import com.garmin.fit.MesgListener;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SportMesg;
import java.io.ByteArrayInputStream;

/** {@link FitDecoder} with Garmin's FIT SDK ({@link Decode} with one {@link MesgListener}). */
final class SdkFit implements FitDecoder {
    @Override
    public String decode(byte[] bytes, Sink sink) {
        Decode decode = new Decode();
        // One listener that wraps only the messages used: a MesgBroadcaster copies every message
        // into its typed class, which cost about a fifth of the decoding time on large files.
        MesgListener listener = mesg -> {
            switch (mesg.getNum()) {
                case MesgNum.RECORD -> record(new RecordMesg(mesg), sink);
                case MesgNum.SESSION -> sink.session(session(new SessionMesg(mesg)));
                case MesgNum.LAP -> sink.lap(lapOf(new LapMesg(mesg)));
                case MesgNum.ACTIVITY -> {
                    ActivityMesg a = new ActivityMesg(mesg);
                    sink.activity(new FitReader.Act(time(a.getTimestamp()), a.getLocalTimestamp()));
                }
                case MesgNum.FILE_ID -> {
                    File type = new FileIdMesg(mesg).getType();
                    sink.fileType(type == null ? null : type.getValue());
                }
                case MesgNum.SPORT -> {
                    SportMesg sm = new SportMesg(mesg);
                    sink.sport(
                            value(sm.getSport()),
                            sm.getSubSport() == null ? null : sm.getSubSport().getValue());
                }
                case MesgNum.EVENT -> {
                    EventMesg e = new EventMesg(mesg);
                    if (e.getTimestamp() != null) {
                        sink.event(
                                e.getTimestamp().getTimestamp(),
                                e.getEvent() == null ? null : e.getEvent().getValue(),
                                e.getEventType() == null
                                        ? null
                                        : e.getEventType().getValue());
                    }
                }
                default -> {}
            }
        };
        try {
            // reads every FIT file chained in the stream, as read(in, listener) would
            decode.read(new ByteArrayInputStream(bytes), listener, (MesgDefinitionListener) null);
            return null;
        } catch (RuntimeException e) { // FitRuntimeException, and anything the SDK lets slip on bad bytes
            return FitReader.describe(e, bytes.length);
        }
    }

    private static void record(RecordMesg m, Sink sink) {
        DateTime t = m.getTimestamp();
        if (t == null) {
            return;
        }
        Float alt = m.getEnhancedAltitude() != null ? m.getEnhancedAltitude() : m.getAltitude();
        Float speed = m.getEnhancedSpeed() != null ? m.getEnhancedSpeed() : m.getSpeed();
        sink.record(
                t.getTimestamp(),
                m.getPositionLat(),
                m.getPositionLong(),
                alt,
                speed,
                m.getDistance(),
                m.getHeartRate(),
                m.getCadence(),
                m.getFractionalCadence());
    }

    private static Long time(DateTime t) {
        return t == null ? null : t.getTimestamp();
    }

    private static Short value(com.garmin.fit.Sport s) {
        return s == null ? null : s.getValue();
    }

    private static FitReader.Sess session(SessionMesg m) {
        return new FitReader.Sess(
                time(m.getStartTime()),
                time(m.getTimestamp()),
                m.getTotalElapsedTime(),
                m.getTotalTimerTime(),
                m.getTotalDistance(),
                m.getTotalAscent(),
                m.getAvgHeartRate(),
                m.getMaxHeartRate(),
                m.getAvgCadence(),
                m.getMaxCadence(),
                m.getAvgFractionalCadence(),
                m.getMaxFractionalCadence(),
                value(m.getSport()),
                m.getSubSport() == null ? null : m.getSubSport().getValue());
    }

    private static FitReader.LapR lapOf(LapMesg m) {
        return new FitReader.LapR(
                time(m.getStartTime()),
                m.getTotalElapsedTime(),
                m.getTotalTimerTime(),
                m.getTotalDistance(),
                m.getAvgHeartRate(),
                m.getMaxHeartRate(),
                value(m.getSport()));
    }
}

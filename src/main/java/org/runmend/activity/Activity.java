package org.runmend.activity;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The one neutral model every importer (GPX, TCX, FIT, Strava export) produces, and manual entry
 * too. Optional measurements are null when the source has none. Build one with {@link #builder},
 * change one with {@link #toBuilder} or a wither.
 *
 * @param start           start time with the zone it happened in (UTC when the file does not say)
 * @param moving          time in motion (pauses removed)
 * @param elapsed         wall-clock time from start to end
 * @param averageCadence  steps per minute for runs (both feet), revolutions per minute for rides
 * @param source          where it came from (a file format, a Strava export, manual entry); never null,
 *                        {@link ActivitySource#UNKNOWN} when not said
 * @param sourceName      the file (or ZIP entry) name, for messages
 */
public record Activity(
        Sport sport,
        ZonedDateTime start,
        Distance distance,
        Duration moving,
        Duration elapsed,
        Double elevationGainMetres,
        Integer averageHeartRate,
        Integer maxHeartRate,
        Integer averageCadence,
        Integer maxCadence,
        List<Lap> laps,
        List<Sample> samples,
        String name,
        ActivitySource source,
        String sourceName) {
    public Activity {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(elapsed, "elapsed");
        moving = moving == null ? elapsed : moving;
        name = cleanName(name);
        sourceName = cleanText(sourceName, MAX_SOURCE_NAME);
        source = source == null ? ActivitySource.UNKNOWN : source;
        laps = laps == null ? List.of() : List.copyOf(laps);
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** The longest name kept, in characters (code points); a longer one is cut, on every import path. */
    public static final int MAX_NAME = 200;
    /** The longest file (or ZIP entry) name kept for messages. */
    public static final int MAX_SOURCE_NAME = 300;

    /**
     * A name as stored and shown: control characters become spaces, Unicode non-characters (such
     * as U+FFFF, which no XML document may hold) and lone surrogates are dropped, runs of spaces
     * become one, and it is cut to {@link #MAX_NAME} characters; null when nothing is left.
     */
    public static String cleanName(String name) {
        return cleanText(name, MAX_NAME);
    }

    /** {@link #cleanName} with another length. */
    public static String cleanText(String text, int maxCodePoints) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxCodePoints * 2));
        int kept = 0;
        boolean space = false;
        for (int i = 0; i < text.length() && kept < maxCodePoints; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if ((Character.isSurrogate((char) cp) && cp <= 0xFFFF) || isNonCharacter(cp)) {
                continue;
            }
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) || cp == 0x2028 || cp == 0x2029) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                if (kept + 1 >= maxCodePoints) {
                    break;
                }
                out.append(' ');
                kept++;
                space = false;
            }
            out.appendCodePoint(cp);
            kept++;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** U+FDD0 to U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE ...). */
    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /**
     * A builder with what every activity has: the sport, when it started, how far and how long it
     * went. Moving time is the elapsed time unless set; everything else is absent unless set.
     */
    public static Builder builder(Sport sport, ZonedDateTime start, Distance distance, Duration elapsed) {
        return new Builder(sport, start, distance, elapsed);
    }

    /** A builder holding this activity's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(sport, start, distance, elapsed)
                .moving(moving)
                .elevationGainMetres(elevationGainMetres)
                .averageHeartRate(averageHeartRate)
                .maxHeartRate(maxHeartRate)
                .averageCadence(averageCadence)
                .maxCadence(maxCadence)
                .laps(laps)
                .samples(samples)
                .name(name)
                .source(source)
                .sourceName(sourceName);
    }

    /** This activity taken as another sport. */
    public Activity withSport(Sport newSport) {
        return toBuilder().sport(newSport).build();
    }

    /** Collects an activity's values; {@link #build} checks them as the record does. */
    public static final class Builder {
        private Sport sport;
        private ZonedDateTime start;
        private Distance distance;
        private Duration moving;
        private Duration elapsed;
        private Double elevationGainMetres;
        private Integer averageHeartRate;
        private Integer maxHeartRate;
        private Integer averageCadence;
        private Integer maxCadence;
        private List<Lap> laps;
        private List<Sample> samples;
        private String name;
        private ActivitySource source;
        private String sourceName;

        private Builder(Sport sport, ZonedDateTime start, Distance distance, Duration elapsed) {
            this.sport = Objects.requireNonNull(sport, "sport");
            this.start = Objects.requireNonNull(start, "start");
            this.distance = Objects.requireNonNull(distance, "distance");
            this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        }

        public Builder sport(Sport value) {
            this.sport = Objects.requireNonNull(value, "sport");
            return this;
        }

        public Builder start(ZonedDateTime value) {
            this.start = Objects.requireNonNull(value, "start");
            return this;
        }

        public Builder distance(Distance value) {
            this.distance = Objects.requireNonNull(value, "distance");
            return this;
        }

        public Builder elapsed(Duration value) {
            this.elapsed = Objects.requireNonNull(value, "elapsed");
            return this;
        }

        /** Time in motion; null means the elapsed time. */
        public Builder moving(Duration value) {
            this.moving = value;
            return this;
        }

        public Builder elevationGainMetres(Double value) {
            this.elevationGainMetres = value;
            return this;
        }

        public Builder averageHeartRate(Integer value) {
            this.averageHeartRate = value;
            return this;
        }

        public Builder maxHeartRate(Integer value) {
            this.maxHeartRate = value;
            return this;
        }

        public Builder averageCadence(Integer value) {
            this.averageCadence = value;
            return this;
        }

        public Builder maxCadence(Integer value) {
            this.maxCadence = value;
            return this;
        }

        public Builder laps(List<Lap> value) {
            this.laps = value;
            return this;
        }

        public Builder samples(List<Sample> value) {
            this.samples = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder source(ActivitySource value) {
            this.source = value;
            return this;
        }

        public Builder sourceName(String value) {
            this.sourceName = value;
            return this;
        }

        public Activity build() {
            return new Activity(
                    sport,
                    start,
                    distance,
                    moving,
                    elapsed,
                    elevationGainMetres,
                    averageHeartRate,
                    maxHeartRate,
                    averageCadence,
                    maxCadence,
                    laps,
                    samples,
                    name,
                    source,
                    sourceName);
        }
    }
}

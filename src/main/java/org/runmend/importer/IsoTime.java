package org.runmend.importer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the xsd:dateTime stamps of GPX and TCX ("2020-04-18T11:10:44Z", "...44.000Z",
 * "...43.994+01:00", and without a zone, which is read as UTC). The common shapes are parsed
 * by hand, because {@code OffsetDateTime.parse} dominates a GPX parse profile; anything else
 * falls back to {@code java.time}.
 */
final class IsoTime {
    /** A parsed stamp: the instant and the offset written in the file (UTC when none). */
    record Stamp(Instant instant, ZoneOffset offset) {}

    private IsoTime() {}

    /** Returns null when {@code s} is not a date-time. */
    static Stamp parse(CharSequence text) {
        String s = text.toString().trim();
        Stamp fast = parseFast(s);
        if (fast != null) {
            return fast;
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(s);
            return new Stamp(odt.toInstant(), odt.getOffset());
        } catch (DateTimeParseException e) {
            try {
                return new Stamp(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static Stamp parseFast(String s) {
        int n = s.length();
        if (n < 19
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        long nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int start = i;
            long scale = 100_000_000L;
            while (i < n && Character.isDigit(s.charAt(i))) {
                nanos += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start) {
                return null;
            }
        }
        ZoneOffset offset;
        if (i == n) {
            offset = ZoneOffset.UTC;
        } else if (s.charAt(i) == 'Z' && i == n - 1) {
            offset = ZoneOffset.UTC;
        } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && n - i == 6 && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, i + 3);
            int om = digits(s, i + 4, i + 6);
            if ((oh | om) < 0) {
                return null;
            }
            int total = oh * 3600 + om * 60;
            try {
                offset = ZoneOffset.ofTotalSeconds(s.charAt(i) == '-' ? -total : total);
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, minute, second, (int) nanos);
            return new Stamp(ldt.toInstant(offset), offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

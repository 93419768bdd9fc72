package org.runmend.activity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A sample stream as stored text: gzip-compressed CSV lines (epoch ms, lat, lon, elevation,
 * distance, hr, cadence, speed; empty for missing), base64 so the same text column works in
 * SQLite and PostgreSQL. The training log writes and reads it; the account's data export decodes
 * it to write every sample out.
 */
public final class SampleCodec {
    private SampleCodec() {}

    /** The stream as stored text; null for no samples. Written straight into the gzip stream, never held whole as text. */
    public static String pack(List<Sample> samples) {
        if (samples.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, samples.size() * 12));
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(out, 65536), StandardCharsets.US_ASCII), 65536)) {
            StringBuilder b = new StringBuilder(96);
            for (Sample s : samples) {
                b.setLength(0);
                b.append(s.time().toEpochMilli())
                        .append(',')
                        .append(s(s.latitude()))
                        .append(',')
                        .append(s(s.longitude()))
                        .append(',')
                        .append(s(s.elevationMetres()))
                        .append(',')
                        .append(s(s.distanceMetres()))
                        .append(',')
                        .append(s(s.heartRate()))
                        .append(',')
                        .append(s(s.cadence()))
                        .append(',')
                        .append(s(s.speedMetresPerSecond()))
                        .append('\n');
                w.append(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** Every sample of a stored stream; none for null. */
    public static List<Sample> unpack(String packed) {
        return unpack(packed, 0, Integer.MAX_VALUE);
    }

    /**
     * The stored stream, read line by line; with more than {@code max} of its {@code points}, only
     * every k-th sample and the last are kept (k the smallest that keeps at most {@code max}).
     *
     * @throws UncheckedIOException when the stored text is not a stream this class wrote
     */
    public static List<Sample> unpack(String packed, int points, int max) {
        if (packed == null) {
            return List.of();
        }
        int every = points > max ? (int) Math.ceil(points / (double) (max - 1)) : 1;
        List<Sample> out = new ArrayList<>(Math.min(points > 0 ? points : 1024, max));
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(
                        new GZIPInputStream(
                                Base64.getDecoder()
                                        .wrap(new ByteArrayInputStream(packed.getBytes(StandardCharsets.US_ASCII))),
                                65536),
                        StandardCharsets.US_ASCII),
                65536)) {
            long n = 0;
            String last = null;
            boolean lastKept = false;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                lastKept = n++ % every == 0;
                if (lastKept) {
                    out.add(sample(line));
                } else {
                    last = line;
                }
            }
            if (!lastKept && last != null) {
                out.add(sample(last));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored sample stream is damaged", e);
        }
        return out;
    }

    private static Sample sample(String line) {
        String[] f = line.split(",", -1);
        return new Sample(
                Instant.ofEpochMilli(Long.parseLong(f[0])),
                d(f[1]),
                d(f[2]),
                d(f[3]),
                d(f[4]),
                i(f[5]),
                i(f[6]),
                d(f[7]));
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static Double d(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static Integer i(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }
}

package org.runmend.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Activity;
import org.runmend.support.ActivityFiles;

/** The fast FIT decoder gives exactly what the SDK path gives, or falls back to it. */
class FastFitTest {
    /** What one read gives: activities or the refusal, and the warnings. */
    private record Outcome(List<Activity> activities, String refusal, List<ImportWarning> warnings) {}

    private static Outcome read(byte[] bytes, String name, Mode mode, FitDecoder decoder, String[] fellBack) {
        Repairs repairs = new Repairs(name, mode);
        FitReader reader = new FitReader(decoder);
        try {
            List<Activity> acts = reader.read(bytes, repairs);
            return new Outcome(acts, null, List.copyOf(repairs.warnings()));
        } catch (BadContentException e) {
            return new Outcome(null, e.getMessage(), List.copyOf(repairs.warnings()));
        } finally {
            if (fellBack != null) {
                fellBack[0] = reader.fallback;
            }
        }
    }

    /** Equal outcomes; on a difference names the first differing activity part, not megabytes of samples. */
    private static void assertSame(Outcome sdk, Outcome fast, String what) {
        assertEquals(sdk.refusal(), fast.refusal(), what + ": refusal");
        assertEquals(sdk.warnings(), fast.warnings(), what + ": warnings");
        assertEquals(sdk.activities() == null, fast.activities() == null, what + ": activities");
        if (sdk.activities() == null) {
            return;
        }
        assertEquals(sdk.activities().size(), fast.activities().size(), what + ": number of activities");
        for (int i = 0; i < sdk.activities().size(); i++) {
            Activity a = sdk.activities().get(i);
            Activity b = fast.activities().get(i);
            assertEquals(a.samples().size(), b.samples().size(), what + ": samples of activity " + i);
            for (int j = 0; j < a.samples().size(); j++) {
                assertEquals(a.samples().get(j), b.samples().get(j), what + ": sample " + j + " of activity " + i);
            }
            assertEquals(a.laps(), b.laps(), what + ": laps of activity " + i);
            assertEquals(a, b, what + ": activity " + i);
        }
        assertEquals(sdk, fast, what);
    }

    @Test
    void fastPathEqualsSdkOnEveryFile() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("fit", "perf", "broken")) {
            files.addAll(ActivityFiles.in(folder).stream()
                    .filter(p -> p.toString().endsWith(".fit"))
                    .toList());
        }
        assertTrue(files.size() > 30, "the shared FIT files: " + files.size());
        Map<String, String> fallbacks = new TreeMap<>();
        int fast = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getParent().getFileName() + "/" + f.getFileName();
            for (Mode mode : Mode.values()) {
                Outcome sdk = read(bytes, name, mode, FitDecoder.sdk(), null);
                String[] why = new String[1];
                Outcome auto = read(bytes, name, mode, FitDecoder.fastThenSdk(), why);
                assertSame(sdk, auto, name + " " + mode);
                if (why[0] != null) {
                    fallbacks.put(name, why[0]);
                } else if (mode == Mode.LENIENT) {
                    fast++;
                }
            }
        }
        System.out.println(
                "FastFit: " + fast + " of " + files.size() + " FIT files on the fast path; fell back: " + fallbacks);
        for (String broken : fallbacks.keySet()) {
            // clean files should all take the fast path except the few with compressed_speed_distance
            assertTrue(
                    broken.startsWith("broken/") || fallbacks.get(broken).contains("compressed_speed_distance"),
                    broken + ": " + fallbacks.get(broken));
        }
    }

    @Test
    void largeFileTakesFastPath() throws Exception {
        byte[] bytes = Files.readAllBytes(ActivityFiles.file("perf/pf-activity-large-fenxi2-multisport.fit"));
        String[] why = new String[1];
        Outcome fast = read(bytes, "large.fit", Mode.LENIENT, FitDecoder.fast(), why);
        assertNull(why[0]);
        assertSame(read(bytes, "large.fit", Mode.LENIENT, FitDecoder.sdk(), null), fast, "large");
    }

    @Test
    void damagedFilesFallBack() throws Exception {
        for (Path f : ActivityFiles.in("broken")) {
            if (!f.toString().endsWith(".fit")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            String[] why = new String[1];
            Outcome auto = read(bytes, f.getFileName().toString(), Mode.STRICT, FitDecoder.fastThenSdk(), why);
            Outcome sdk = read(bytes, f.getFileName().toString(), Mode.STRICT, FitDecoder.sdk(), null);
            assertSame(sdk, auto, f.toString());
        }
    }

    /** FIT bytes written by hand: definitions in either byte order, compressed timestamps, chaining. */
    private static final class FitBytes {
        private final java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        private java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        private final boolean[] big = new boolean[16];

        /** fields: number, size, base type triples. */
        FitBytes def(int local, int mesg, boolean bigEndian, int devSize, int... fields) {
            big[local] = bigEndian;
            data.write(0x40 | local | (devSize > 0 ? 0x20 : 0));
            data.write(0);
            data.write(bigEndian ? 1 : 0);
            data.write(bigEndian ? mesg >> 8 : mesg & 0xFF);
            data.write(bigEndian ? mesg & 0xFF : mesg >> 8);
            data.write(fields.length / 3);
            for (int f : fields) {
                data.write(f);
            }
            if (devSize > 0) {
                data.write(1);
                data.write(0);
                data.write(devSize);
                data.write(0);
            }
            return this;
        }

        /** values: size, value pairs, written in the definition's byte order. */
        FitBytes mesg(int header, int local, long... values) {
            data.write(header);
            for (int i = 0; i < values.length; i += 2) {
                int size = (int) values[i];
                for (int k = 0; k < size; k++) {
                    int shift = 8 * (big[local] ? size - 1 - k : k);
                    data.write((int) (values[i + 1] >>> shift) & 0xFF);
                }
            }
            return this;
        }

        FitBytes endFile() {
            byte[] d = data.toByteArray();
            byte[] h = {
                14,
                0x20,
                0x52,
                0x08,
                (byte) d.length,
                (byte) (d.length >> 8),
                (byte) (d.length >> 16),
                (byte) (d.length >> 24),
                '.',
                'F',
                'I',
                'T',
                0,
                0
            };
            int crc = 0;
            for (byte x : h) {
                crc = com.garmin.fit.CRC.get16(crc, x);
            }
            for (byte x : d) {
                crc = com.garmin.fit.CRC.get16(crc, x);
            }
            all.writeBytes(h);
            all.writeBytes(d);
            all.write(crc & 0xFF);
            all.write(crc >> 8);
            data = new java.io.ByteArrayOutputStream();
            return this;
        }

        byte[] bytes() {
            return all.toByteArray();
        }
    }

    @Test
    void handMadeFileWithBothByteOrdersCompressedTimestampsAndChaining() {
        long t0 = 1_000_000_000L;
        FitBytes f = new FitBytes()
                .def(0, 0, false, 0, 0, 1, 0x00)
                .mesg(0, 0, 1, 4)
                // big-endian records with an unknown field and a developer field
                .def(
                        1, 20, true, 2, 253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85, 2, 2, 0x84, 6, 2, 0x84, 5, 4, 0x86, 3, 1,
                        0x02, 4, 1, 0x02, 53, 1, 0x02, 200, 3, 0x0D)
                .mesg(
                        1,
                        1,
                        4,
                        t0,
                        4,
                        500_000_000,
                        4,
                        100_000_000,
                        2,
                        3000,
                        2,
                        2500,
                        4,
                        0,
                        1,
                        120,
                        1,
                        80,
                        1,
                        64,
                        3,
                        0x010203,
                        2,
                        7)
                .mesg(
                        1,
                        1,
                        4,
                        t0 + 1,
                        4,
                        0x7FFFFFFF,
                        4,
                        100_000_100,
                        2,
                        0xFFFF,
                        2,
                        0xFFFF,
                        4,
                        250,
                        1,
                        0xFF,
                        1,
                        0xFF,
                        1,
                        0xFF,
                        3,
                        0xFFFFFF,
                        2,
                        0)
                // little-endian records without timestamp, for compressed-timestamp headers
                .def(2, 20, false, 0, 0, 4, 0x85, 1, 4, 0x85, 78, 4, 0x86, 2, 2, 0x84, 73, 4, 0x86, 3, 1, 0x02)
                .mesg(
                        0x80 | (2 << 5) | (int) ((t0 + 3) & 0x1F),
                        2,
                        4,
                        500_000_200,
                        4,
                        100_000_200,
                        4,
                        4000,
                        2,
                        3100,
                        4,
                        3001,
                        1,
                        130)
                .mesg(
                        0x80 | (2 << 5) | (int) ((t0 + 40) & 0x1F),
                        2,
                        4,
                        500_000_300,
                        4,
                        100_000_300,
                        4,
                        0xFFFFFFFFL,
                        2,
                        3200,
                        4,
                        0xFFFFFFFFL,
                        1,
                        131)
                .def(3, 21, false, 0, 253, 4, 0x86, 0, 1, 0x00, 1, 1, 0x00)
                .mesg(3, 3, 4, t0 + 50, 1, 0, 1, 4)
                .mesg(3, 3, 4, t0 + 60, 1, 0, 1, 0)
                .def(4, 2, false, 0, 0, 1, 0x00) // unknown to us: skipped by size
                .mesg(4, 4, 1, 9)
                .def(
                        5, 19, true, 0, 253, 4, 0x86, 2, 4, 0x86, 7, 4, 0x86, 8, 4, 0x86, 9, 4, 0x86, 15, 1, 0x02, 16,
                        1, 0x02, 25, 1, 0x00)
                .mesg(5, 5, 4, t0 + 100, 4, t0, 4, 100_000, 4, 90_000, 4, 30_000, 1, 140, 1, 150, 1, 1)
                .def(
                        6, 18, false, 0, 253, 4, 0x86, 2, 4, 0x86, 5, 1, 0x00, 6, 1, 0x00, 7, 4, 0x86, 8, 4, 0x86, 9, 4,
                        0x86, 16, 1, 0x02, 17, 1, 0x02, 18, 1, 0x02, 19, 1, 0x02, 22, 2, 0x84, 92, 1, 0x02, 93, 1, 0x02)
                .mesg(
                        6, 6, 4, t0 + 100, 4, t0, 1, 1, 1, 0, 4, 100_000, 4, 90_000, 4, 30_000, 1, 140, 1, 150, 1, 85,
                        1, 95, 2, 12, 1, 64, 1, 0xFF)
                .def(7, 34, false, 0, 253, 4, 0x86, 5, 4, 0x86)
                .mesg(7, 7, 4, t0 + 100, 4, t0 + 100 + 3600)
                .endFile()
                // a second file in the same bytes: definitions carry over
                .def(0, 0, true, 0, 0, 1, 0x00)
                .mesg(0, 0, 1, 4)
                .mesg(
                        0x80 | (2 << 5) | (int) ((t0 + 70) & 0x1F),
                        2,
                        4,
                        500_000_400,
                        4,
                        100_000_400,
                        4,
                        4100,
                        2,
                        3300,
                        4,
                        3002,
                        1,
                        132)
                .mesg(
                        1,
                        1,
                        4,
                        t0 + 80,
                        4,
                        500_000_500,
                        4,
                        100_000_500,
                        2,
                        3000,
                        2,
                        2500,
                        4,
                        200,
                        1,
                        120,
                        1,
                        80,
                        1,
                        64,
                        3,
                        0x010203,
                        2,
                        7)
                .endFile();
        byte[] bytes = f.bytes();
        for (Mode mode : Mode.values()) {
            String[] why = new String[1];
            Outcome fast = read(bytes, "hand.fit", mode, FitDecoder.fast(), why);
            assertNull(why[0]);
            Outcome sdk = read(bytes, "hand.fit", mode, FitDecoder.sdk(), null);
            assertTrue(
                    sdk.activities() != null
                            && !sdk.activities().get(0).samples().isEmpty(),
                    sdk.toString());
            assertSame(sdk, fast, "hand-made " + mode);
            org.runmend.activity.Sample first =
                    fast.activities().get(0).samples().get(0);
            assertEquals(100.0, first.elevationMetres(), 1e-9); // big-endian altitude 3000: 3000 / 5 - 500
            assertEquals(120, first.heartRate());
            assertEquals(2.5, first.speedMetresPerSecond(), 1e-6);
            assertEquals(
                    6,
                    fast.activities().get(0).samples().size(),
                    fast.activities().get(0).samples().toString());
        }
        // one byte changed: the CRC no longer matches, the SDK path decides
        bytes[40] ^= 1;
        String[] why = new String[1];
        Outcome auto = read(bytes, "hand.fit", Mode.LENIENT, FitDecoder.fastThenSdk(), why);
        assertEquals("CRC", why[0]);
        assertSame(read(bytes, "hand.fit", Mode.LENIENT, FitDecoder.sdk(), null), auto, "damaged hand-made");
    }
}

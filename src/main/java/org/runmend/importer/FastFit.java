package org.runmend.importer;

/**
 * A small FIT decoder that reads only what {@link FitReader} uses, straight from the byte array.
 * It mirrors what the SDK's {@code new Decode()} hands the reader for the same
 * bytes with {@code read(in, listener, null)}: every chained file (definitions and the last
 * timestamp carry over from one to the next, as in the SDK), timestamps from compressed record headers,
 * invalid values as null, the profile's scale and offset, and enhanced_altitude/enhanced_speed
 * expanded from altitude/speed when only the short fields are present.
 *
 * <p>Anything it does not handle exactly like the SDK (a bad CRC, a cut-off file, a field whose
 * base type or size differs from the profile, compressed_speed_distance, an unusual header...)
 * throws {@link Unsupported}: {@link FitDecoder#fastThenSdk()} then decodes the file again with the
 * SDK, so damaged and unusual files behave exactly as with the SDK alone.
 */
final class FastFit {
    /** The fast path does not handle this file; use the SDK. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private static final int FILE_ID = 0;
    private static final int SPORT = 12;
    private static final int SESSION = 18;
    private static final int LAP = 19;
    private static final int RECORD = 20;
    private static final int EVENT = 21;
    private static final int ACTIVITY = 34;

    private static final int ENUM = 0x00;
    private static final int UINT8 = 0x02;
    private static final int UINT16 = 0x84;
    private static final int SINT32 = 0x85;
    private static final int UINT32 = 0x86;

    private static final int[] CRC_TABLE = new int[256];

    static {
        int[] nib = {
            0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000,
            0x9C01, 0x8801, 0x4400
        };
        for (int b = 0; b < 256; b++) {
            int crc = 0;
            int tmp = nib[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ nib[b & 0xF];
            tmp = nib[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ nib[(b >> 4) & 0xF];
            CRC_TABLE[b] = crc;
        }
    }

    /** Expected base type of each used field, by message and field number; -1 when not used. */
    private static final int[][] WANTED = new int[256][];

    static {
        want(
                RECORD, 253, UINT32, 0, SINT32, 1, SINT32, 2, UINT16, 3, UINT8, 4, UINT8, 5, UINT32, 6, UINT16, 53,
                UINT8, 73, UINT32, 78, UINT32);
        want(
                SESSION, 253, UINT32, 2, UINT32, 5, ENUM, 6, ENUM, 7, UINT32, 8, UINT32, 9, UINT32, 16, UINT8, 17,
                UINT8, 18, UINT8, 19, UINT8, 22, UINT16, 92, UINT8, 93, UINT8);
        want(LAP, 253, UINT32, 2, UINT32, 7, UINT32, 8, UINT32, 9, UINT32, 15, UINT8, 16, UINT8, 25, ENUM);
        want(ACTIVITY, 253, UINT32, 5, UINT32);
        want(FILE_ID, 0, ENUM);
        want(SPORT, 0, ENUM, 1, ENUM);
        want(EVENT, 253, UINT32, 0, ENUM, 1, ENUM);
    }

    private static void want(int mesg, int... pairs) {
        int[] t = new int[256];
        java.util.Arrays.fill(t, -1);
        for (int i = 0; i < pairs.length; i += 2) {
            t[pairs[i]] = pairs[i + 1];
        }
        WANTED[mesg] = t;
    }

    /** A local message definition: where each used field sits in the data message. */
    private static final class Def {
        int mesg;
        boolean big;
        int size;
        boolean hasTimestamp;
        /** Offset of each used field (by field number) in the message, -1 when absent. */
        final int[] at = new int[256];

        int tsAt = -1;
    }

    private final byte[] b;
    private final FitDecoder.Sink sink;
    private final Def[] defs = new Def[16];
    private long timestamp;
    private int lastTimeOffset;

    private FastFit(byte[] bytes, FitDecoder.Sink sink) {
        this.b = bytes;
        this.sink = sink;
    }

    /** Decodes the FIT files in {@code bytes} into {@code sink}, or throws {@link Unsupported}. */
    static void decode(byte[] bytes, FitDecoder.Sink sink) {
        try {
            new FastFit(bytes, sink).run();
        } catch (Unsupported e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Unsupported(e.toString());
        }
    }

    private void run() {
        int p = 0;
        do {
            p = file(p);
            lastTimeOffset = 0; // the SDK resets it per chained file; definitions and the timestamp carry over
        } while (p < b.length);
    }

    /** Decodes the FIT file starting at {@code start}; returns where the next one would start. */
    private int file(int start) {
        if (start + 12 > b.length) {
            throw new Unsupported("short");
        }
        int hdr = b[start] & 0xFF;
        if (hdr != 12 && hdr != 14) {
            throw new Unsupported("header size " + hdr);
        }
        if ((b[start + 1] & 0xF0) > 0x20) {
            throw new Unsupported("protocol version");
        }
        long dataSize = (b[start + 4] & 0xFFL)
                | (b[start + 5] & 0xFFL) << 8
                | (b[start + 6] & 0xFFL) << 16
                | (b[start + 7] & 0xFFL) << 24;
        if (dataSize == 0
                || b[start + 8] != '.'
                || b[start + 9] != 'F'
                || b[start + 10] != 'I'
                || b[start + 11] != 'T') {
            throw new Unsupported("header");
        }
        long total = hdr + dataSize + 2;
        if (start + total > b.length) {
            throw new Unsupported("cut off");
        }
        int end = (int) (start + hdr + dataSize);
        int crc = 0;
        for (int i = start, n = (int) (start + total); i < n; i++) {
            crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ b[i]) & 0xFF];
        }
        if (crc != 0) {
            throw new Unsupported("CRC");
        }
        int p = start + hdr;
        while (p < end) {
            int h = b[p++] & 0xFF;
            if ((h & 0x80) != 0) {
                Def d = defs[(h >> 5) & 3];
                if (d == null || d.hasTimestamp) {
                    throw new Unsupported("compressed timestamp");
                }
                int off = h & 0x1F;
                timestamp += (off - lastTimeOffset) & 0x1F;
                lastTimeOffset = off;
                if (p + d.size > end) {
                    throw new Unsupported("message past the data");
                }
                data(d, p, true);
                p += d.size;
            } else if ((h & 0x40) != 0) {
                p = definition(h, p, end);
            } else {
                Def d = defs[h & 0x0F];
                if (d == null || (h & 0x30) != 0) {
                    throw new Unsupported("data header");
                }
                if (p + d.size > end) {
                    throw new Unsupported("message past the data");
                }
                data(d, p, false);
                p += d.size;
            }
        }
        if (p != end) {
            throw new Unsupported("data end");
        }
        return (int) (start + total);
    }

    private int definition(int h, int p, int end) {
        if ((h & 0x10) != 0 || p + 5 > end) {
            throw new Unsupported("definition header");
        }
        Def d = new Def();
        java.util.Arrays.fill(d.at, -1);
        int arch = b[p + 1] & 0xFF;
        if (arch > 1) {
            throw new Unsupported("arch");
        }
        d.big = arch == 1;
        d.mesg = d.big ? (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF) : (b[p + 2] & 0xFF) | (b[p + 3] & 0xFF) << 8;
        int n = b[p + 4] & 0xFF;
        p += 5;
        if (p + 3 * n > end) {
            throw new Unsupported("definition past the data");
        }
        int[] wanted = d.mesg < 256 ? WANTED[d.mesg] : null;
        int off = 0;
        for (int i = 0; i < n; i++, p += 3) {
            int num = b[p] & 0xFF;
            int size = b[p + 1] & 0xFF;
            int type = b[p + 2] & 0xFF;
            if (size == 0) {
                throw new Unsupported("field size 0");
            }
            if (num == 253) {
                if (size != 4 || type != UINT32 || d.tsAt >= 0) {
                    throw new Unsupported("timestamp type");
                }
                d.tsAt = off;
                d.hasTimestamp = true;
            }
            if (wanted != null) {
                if (d.mesg == RECORD && num == 8) {
                    throw new Unsupported("compressed_speed_distance");
                }
                int w = wanted[num];
                if (w >= 0) {
                    if (type != w || size != (w == UINT32 || w == SINT32 ? 4 : w == UINT16 ? 2 : 1) || d.at[num] >= 0) {
                        throw new Unsupported("field " + num + " of message " + d.mesg);
                    }
                    d.at[num] = off;
                }
            }
            off += size;
        }
        if ((h & 0x20) != 0) {
            if (p + 1 > end) {
                throw new Unsupported("definition past the data");
            }
            int nd = b[p++] & 0xFF;
            if (p + 3 * nd > end) {
                throw new Unsupported("definition past the data");
            }
            for (int i = 0; i < nd; i++, p += 3) {
                int size = b[p + 1] & 0xFF;
                if (size == 0) {
                    throw new Unsupported("developer field size 0");
                }
                off += size;
            }
        }
        d.size = off;
        defs[h & 0x0F] = d;
        return p;
    }

    private long u32(Def d, int p) {
        return d.big
                ? (b[p] & 0xFFL) << 24 | (b[p + 1] & 0xFFL) << 16 | (b[p + 2] & 0xFFL) << 8 | (b[p + 3] & 0xFFL)
                : (b[p] & 0xFFL) | (b[p + 1] & 0xFFL) << 8 | (b[p + 2] & 0xFFL) << 16 | (b[p + 3] & 0xFFL) << 24;
    }

    private int u16(Def d, int p) {
        return d.big ? (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF) : (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    /** uint32 field, null when absent or invalid. */
    private Long l(Def d, int p, int num) {
        int o = d.at[num];
        if (o < 0) {
            return null;
        }
        long v = u32(d, p + o);
        return v == 0xFFFFFFFFL ? null : v;
    }

    private Float scaled32(Def d, int p, int num, double scale, double offset) {
        int o = d.at[num];
        if (o < 0) {
            return null;
        }
        long v = u32(d, p + o);
        return v == 0xFFFFFFFFL ? null : (float) (v / scale - offset);
    }

    private Float scaled16(Def d, int p, int num, double scale, double offset) {
        int o = d.at[num];
        if (o < 0) {
            return null;
        }
        int v = u16(d, p + o);
        return v == 0xFFFF ? null : (float) (v / scale - offset);
    }

    private Float scaled8(Def d, int p, int num, double scale) {
        int o = d.at[num];
        if (o < 0) {
            return null;
        }
        int v = b[p + o] & 0xFF;
        return v == 0xFF ? null : (float) (v / scale);
    }

    /** uint8 or enum, null when absent or invalid. */
    private Short s8(Def d, int p, int num) {
        int o = d.at[num];
        if (o < 0) {
            return null;
        }
        int v = b[p + o] & 0xFF;
        return v == 0xFF ? null : (short) v;
    }

    private Integer i32(Def d, int p, int num) {
        int o = d.at[num];
        if (o < 0) {
            return null;
        }
        int v = (int) u32(d, p + o);
        return v == 0x7FFFFFFF ? null : v;
    }

    private void data(Def d, int p, boolean compressed) {
        Long ts;
        if (compressed) {
            ts = timestamp;
        } else if (d.tsAt >= 0) {
            long v = u32(d, p + d.tsAt);
            if (v != 0xFFFFFFFFL) {
                timestamp = v;
                lastTimeOffset = (int) (v & 0x1F);
                ts = v;
            } else {
                ts = null;
            }
        } else {
            ts = null;
        }
        switch (d.mesg) {
            case RECORD -> {
                if (ts == null) {
                    return; // FitReader skips records without a time
                }
                Float alt = scaled32(d, p, 78, 5, 500);
                if (alt == null) {
                    alt = scaled16(d, p, 2, 5, 500);
                }
                Float speed = scaled32(d, p, 73, 1000, 0);
                if (speed == null) {
                    speed = scaled16(d, p, 6, 1000, 0);
                }
                sink.record(
                        ts,
                        i32(d, p, 0),
                        i32(d, p, 1),
                        alt,
                        speed,
                        scaled32(d, p, 5, 100, 0),
                        s8(d, p, 3),
                        s8(d, p, 4),
                        scaled8(d, p, 53, 128));
            }
            case SESSION -> {
                Integer ascent = null;
                if (d.at[22] >= 0) {
                    int v = u16(d, p + d.at[22]);
                    ascent = v == 0xFFFF ? null : v;
                }
                sink.session(new FitReader.Sess(
                        l(d, p, 2),
                        ts,
                        scaled32(d, p, 7, 1000, 0),
                        scaled32(d, p, 8, 1000, 0),
                        scaled32(d, p, 9, 100, 0),
                        ascent,
                        s8(d, p, 16),
                        s8(d, p, 17),
                        s8(d, p, 18),
                        s8(d, p, 19),
                        scaled8(d, p, 92, 128),
                        scaled8(d, p, 93, 128),
                        s8(d, p, 5),
                        s8(d, p, 6)));
            }
            case LAP ->
                sink.lap(new FitReader.LapR(
                        l(d, p, 2),
                        scaled32(d, p, 7, 1000, 0),
                        scaled32(d, p, 8, 1000, 0),
                        scaled32(d, p, 9, 100, 0),
                        s8(d, p, 15),
                        s8(d, p, 16),
                        s8(d, p, 25)));
            case ACTIVITY -> sink.activity(new FitReader.Act(ts, l(d, p, 5)));
            case FILE_ID -> sink.fileType(s8(d, p, 0));
            case SPORT -> sink.sport(s8(d, p, 0), s8(d, p, 1));
            case EVENT -> {
                if (ts != null) {
                    sink.event(ts, s8(d, p, 0), s8(d, p, 1));
                }
            }
            default -> {}
        }
    }
}

package org.runmend.importer;

/**
 * One way of turning FIT bytes into the messages {@link FitReader} uses. There are two: {@link
 * #fast()}, which decodes only the fields used straight from the bytes, and {@link #sdk()}, Garmin's
 * FIT SDK. {@link #fastThenSdk()} (the default) tries the first and falls back to the second.
 * Both must hand over exactly the same messages for the same bytes: {@code FastFitTest} is the
 * contract between them.
 */
interface FitDecoder {
    /**
     * Hands every message used to {@code sink}, in file order, chained files included. Returns the
     * damage met (what happened and at which byte), null when none; the messages decoded before the
     * damage stay in the sink.
     *
     * @throws FastFit.Unsupported when this decoder cannot decode the file exactly as the SDK would
     */
    String decode(byte[] bytes, Sink sink);

    /** What a decoder hands over: the values FitReader uses, null when absent or invalid. */
    interface Sink {
        void record(
                long ts, Integer lat, Integer lon, Float alt, Float speed, Float dist, Short hr, Short cad, Float frac);

        void session(FitReader.Sess s);

        void lap(FitReader.LapR l);

        void activity(FitReader.Act a);

        void fileType(Short type);

        void sport(Short sport, Short subSport);

        void event(long ts, Short event, Short eventType);

        /** The first decoder gave up for {@code why}: forget everything handed over so far. */
        void restart(String why);
    }

    /** {@link FastFit}: fast, but throws {@link FastFit.Unsupported} on damaged or unusual files. */
    static FitDecoder fast() {
        return (bytes, sink) -> {
            FastFit.decode(bytes, sink);
            return null;
        };
    }

    /** Garmin's FIT SDK: reads every file, damaged ones up to the damage. */
    static FitDecoder sdk() {
        return new SdkFit();
    }

    /** {@link #fast()}, and {@link #sdk()} again from the start whenever the fast one gives up. */
    static FitDecoder fastThenSdk() {
        FitDecoder fast = fast();
        FitDecoder sdk = sdk();
        return (bytes, sink) -> {
            try {
                return fast.decode(bytes, sink);
            } catch (FastFit.Unsupported e) {
                sink.restart(e.getMessage());
                return sdk.decode(bytes, sink);
            }
        };
    }
}

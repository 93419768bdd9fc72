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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runmend.activity.Activity;

/** The fast FIT decoder gives exactly what the SDK path gives, or falls back to it. */
class FastFitTest {
    /** What one read gives: activities or the refusal, and the warnings. */
    private record Outcome(List<Activity> activities, String refusal, List<ImportWarning> warnings) {
    }

    @AfterEach
    void auto() {
        FitReader.path = FitReader.Path.AUTO;
    }

    private static Outcome read(byte[] bytes, String name, Mode mode, FitReader.Path path, String[] fellBack) {
        FitReader.path = path;
        Repairs repairs = new Repairs(name, mode);
        FitReader reader = new FitReader();
        try {
            List<Activity> acts = reader.read(bytes, repairs);
            return new Outcome(acts, null, List.copyOf(repairs.warnings()));
        } catch (BadContentException e) {
            return new Outcome(null, e.getMessage(), List.copyOf(repairs.warnings()));
        } finally {
            if (fellBack != null) {
                fellBack[0] = reader.fallback;
            }
            FitReader.path = FitReader.Path.AUTO;
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
            files.addAll(ActivityFiles.in(folder).stream().filter(p -> p.toString().endsWith(".fit")).toList());
        }
        assertTrue(files.size() > 30, "the shared FIT files: " + files.size());
        Map<String, String> fallbacks = new TreeMap<>();
        int fast = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getParent().getFileName() + "/" + f.getFileName();
            for (Mode mode : Mode.values()) {
                Outcome sdk = read(bytes, name, mode, FitReader.Path.SDK, null);
                String[] why = new String[1];
                Outcome auto = read(bytes, name, mode, FitReader.Path.AUTO, why);
                assertSame(sdk, auto, name + " " + mode);
                if (why[0] != null) {
                    fallbacks.put(name, why[0]);
                } else if (mode == Mode.LENIENT) {
                    fast++;
                }
            }
        }
        System.out.println("FastFit: " + fast + " of " + files.size() + " FIT files on the fast path; fell back: "
                + fallbacks);
        for (String broken : fallbacks.keySet()) {
            // clean files should all take the fast path except the few with compressed_speed_distance
            assertTrue(broken.startsWith("broken/") || fallbacks.get(broken).contains("compressed_speed_distance"),
                    broken + ": " + fallbacks.get(broken));
        }
    }

    @Test
    void largeFileTakesFastPath() throws Exception {
        byte[] bytes = Files.readAllBytes(ActivityFiles.file("perf/pf-activity-large-fenxi2-multisport.fit"));
        String[] why = new String[1];
        Outcome fast = read(bytes, "large.fit", Mode.LENIENT, FitReader.Path.FAST_ONLY, why);
        assertNull(why[0]);
        assertSame(read(bytes, "large.fit", Mode.LENIENT, FitReader.Path.SDK, null), fast, "large");
    }

    @Test
    void damagedFilesFallBack() throws Exception {
        for (Path f : ActivityFiles.in("broken")) {
            if (!f.toString().endsWith(".fit")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            String[] why = new String[1];
            Outcome auto = read(bytes, f.getFileName().toString(), Mode.STRICT, FitReader.Path.AUTO, why);
            Outcome sdk = read(bytes, f.getFileName().toString(), Mode.STRICT, FitReader.Path.SDK, null);
            assertSame(sdk, auto, f.toString());
        }
    }
}

package org.runmend.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.activity.Activity;
import org.runmend.activity.ActivitySource;
import org.runmend.activity.Distance;
import org.runmend.activity.Sample;
import org.runmend.activity.Sport;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.TestClock;
import org.runmend.training.RunDetails;
import org.runmend.training.TrainingService;

/**
 * Benchmark, not a test (issue 19, item 9): the time to answer {@code GET /log/{id}} (the activity
 * page, with its charts, map and splits) for one activity of N points, for several N, on SQLite.
 * Each size is saved once, asked for once to warm up, then timed over ROUNDS requests; the median
 * and the answer's size are printed. A page whose cost grows linearly with N shows the same
 * microseconds per thousand points at every size.
 *
 * <p>Run: {@code bin/bench activity [POINTS...]} (default 150000 450000 1500000)
 */
public final class ActivityPageBench {
    private static final int ROUNDS = 5;

    private ActivityPageBench() {}

    /**
     * A marathon of 3 hours recorded as {@code n} points (many more per second than a watch writes,
     * as a hostile or broken file may hold), with position, elevation, distance, heart rate and cadence.
     */
    static Activity run(int n) {
        // a day of its own for each size, so no two are taken for the same run
        Instant t0 = Instant.parse("2026-01-01T06:00:00Z").plus(Duration.ofDays(n % 365));
        long stepNanos = Duration.ofHours(3).toNanos() / n;
        double step = 42_195.0 / n;
        List<Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double f = i / (double) n;
            double angle = f * 2 * Math.PI;
            samples.add(new Sample(
                    t0.plusNanos(i * stepNanos),
                    46.05 + 0.05 * Math.sin(angle),
                    14.5 + 0.05 * Math.cos(angle),
                    300 + 20 * Math.sin(f * 40),
                    i * step,
                    130 + (int) (20 * Math.sin(f * 30)),
                    170,
                    3.9));
        }
        return Activity.builder(
                        Sport.RUNNING,
                        ZonedDateTime.ofInstant(t0, ZoneOffset.UTC),
                        Distance.ofMetres(42_195),
                        Duration.ofHours(3))
                .samples(samples)
                .name("Bench " + n)
                .source(ActivitySource.GPX)
                .sourceName("bench.gpx")
                .build();
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {150_000, 450_000, 1_500_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("runmend-activity-bench");
        try (Database db = Database.sqlite(dir.resolve("runmend.db"))) {
            WebApp app = new WebApp(KnowledgeBase.bundled(), AppConfig.ephemeral(dir), db, TestClock.FIXED)
                    .start("127.0.0.1", 0);
            try {
                WebClient browser = new WebClient(app.port());
                browser.post(
                        "/signup",
                        "email",
                        "bench@example.org",
                        "name",
                        "Bench",
                        "password",
                        "a long benchmark password");
                String runner = new Accounts(db, TestClock.FIXED)
                        .findByEmail("bench@example.org")
                        .orElseThrow()
                        .id();
                TrainingService training = new TrainingService(db, TestClock.FIXED);
                System.out.printf(
                        Locale.ROOT,
                        "Activity page (GET /log/{id}), SQLite, heap limit %d MB, %d cores; median of %d%n",
                        Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.getRuntime().availableProcessors(),
                        ROUNDS);
                System.out.printf(Locale.ROOT, "%10s %10s %12s %10s%n", "points", "ms", "us/1000 pts", "page KB");
                for (int n : sizes) {
                    String id = training.save(runner, run(n), RunDetails.NONE).id();
                    HttpClient http = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(10))
                            .cookieHandler(cookies(browser))
                            .build();
                    HttpRequest get = HttpRequest.newBuilder(URI.create(browser.base() + "/log/" + id))
                            .timeout(Duration.ofMinutes(5))
                            .build();
                    HttpResponse<String> first = http.send(get, HttpResponse.BodyHandlers.ofString());
                    if (first.statusCode() != 200 || !first.body().contains("Bench " + n)) {
                        throw new IllegalStateException("GET /log/" + id + " answered " + first.statusCode());
                    }
                    long[] ms = new long[ROUNDS];
                    for (int r = 0; r < ROUNDS; r++) {
                        long t0 = System.nanoTime();
                        http.send(get, HttpResponse.BodyHandlers.ofString());
                        ms[r] = (System.nanoTime() - t0) / 1_000_000;
                    }
                    java.util.Arrays.sort(ms);
                    long median = ms[ROUNDS / 2];
                    System.out.printf(
                            Locale.ROOT,
                            "%10d %10d %12.1f %10d%n",
                            n,
                            median,
                            median * 1000.0 / (n / 1000.0),
                            first.body().length() / 1024);
                }
            } finally {
                app.stop();
            }
        }
    }

    private static java.net.CookieManager cookies(WebClient browser) throws Exception {
        java.lang.reflect.Field f = WebClient.class.getDeclaredField("cookies");
        f.setAccessible(true);
        return (java.net.CookieManager) f.get(browser);
    }
}

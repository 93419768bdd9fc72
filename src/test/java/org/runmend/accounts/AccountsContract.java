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

/** The same account behaviour on every database; subclasses say which. */
abstract class AccountsContract {
    private Database db;
    private Accounts accounts;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        accounts = new Accounts(db, Clock.systemUTC());
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
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM runners").mapTo(String.class).one());
        assertThat(stored).startsWith("$argon2id$").doesNotContain("a long secret phrase");
    }

    @Test
    void the_same_email_cannot_sign_up_twice() {
        accounts.signUp("cy@example.org", "Cy", "a long secret phrase");
        assertThatThrownBy(() -> accounts.signUp("CY@example.org", "Cy2", "another long phrase"))
                .isInstanceOf(AccountException.class).hasMessageContaining("already exists")
                .satisfies(e -> assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.EMAIL_TAKEN));
    }

    @Test
    void short_passwords_and_bad_emails_are_refused_naming_the_field() {
        assertThatThrownBy(() -> accounts.signUp("dee@example.org", "Dee", "short"))
                .isInstanceOf(AccountException.class).satisfies(e -> assertThat(((AccountException) e).field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.signUp("not-an-email", "Dee", "a long secret phrase"))
                .isInstanceOf(AccountException.class).hasMessageContaining("'not-an-email'");
    }

    @Test
    void a_wrong_password_is_refused_and_repeated_failures_are_rate_limited() {
        accounts.signUp("ed@example.org", "Ed", "the right password");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> accounts.logIn("ed@example.org", "wrong password!", "10.0.0.9"))
                    .isInstanceOf(AccountException.class).hasMessageContaining("wrong");
        }
        assertThatThrownBy(() -> accounts.logIn("ed@example.org", "the right password", "10.0.0.9"))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
    }

    @Test
    void failures_on_one_account_do_not_lock_out_others_sharing_the_address_until_the_address_limit() {
        accounts.signUp("jo@example.org", "Jo", "jo's right password");
        accounts.signUp("ki@example.org", "Ki", "ki's right password");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> accounts.logIn("jo@example.org", "wrong wrong wrong", "192.0.2.7"))
                    .isInstanceOf(AccountException.class);
        }
        assertThat(accounts.logIn("ki@example.org", "ki's right password", "192.0.2.7")).isNotBlank();
        for (int i = Accounts.MAX_FAILURES; i < Accounts.MAX_CLIENT_FAILURES; i++) {
            String email = "nobody" + i + "@example.org";
            assertThatThrownBy(() -> accounts.logIn(email, "guess guess guess", "192.0.2.7")).isInstanceOf(AccountException.class);
        }
        assertThatThrownBy(() -> accounts.logIn("ki@example.org", "ki's right password", "192.0.2.7"))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).kind()).isEqualTo(AccountException.Kind.TOO_MANY_ATTEMPTS));
    }

    @Test
    void the_rate_limit_lifts_after_the_window() {
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        Accounts early = new Accounts(db, Clock.fixed(t0, ZoneOffset.UTC));
        early.signUp("fi@example.org", "Fi", "the right password");
        for (int i = 0; i < Accounts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> early.logIn("fi@example.org", "nope nope nope", "10.0.0.10"))
                    .isInstanceOf(AccountException.class);
        }
        Accounts later = new Accounts(db, Clock.fixed(t0.plus(Accounts.FAILURE_WINDOW).plus(Duration.ofSeconds(1)), ZoneOffset.UTC));
        assertThat(later.logIn("fi@example.org", "the right password", "10.0.0.10")).isNotBlank();
    }

    @Test
    void log_out_ends_the_session_and_expired_sessions_are_not_honoured() {
        accounts.signUp("gu@example.org", "Gu", "the right password");
        String token = accounts.logIn("gu@example.org", "the right password", "127.0.0.1");
        accounts.logOut(token);
        assertThat(accounts.session(token)).isEmpty();

        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        String old = new Accounts(db, Clock.fixed(t0, ZoneOffset.UTC)).logIn("gu@example.org", "the right password", "127.0.0.1");
        Accounts muchLater = new Accounts(db, Clock.fixed(t0.plus(Accounts.SESSION_LIFETIME).plusSeconds(1), ZoneOffset.UTC));
        assertThat(muchLater.session(old)).isEmpty();
    }

    @Test
    void only_a_hash_of_the_session_token_is_stored() {
        accounts.signUp("ha@example.org", "Ha", "the right password");
        String token = accounts.logIn("ha@example.org", "the right password", "127.0.0.1");
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM sessions").mapTo(String.class).one());
        assertThat(stored).isNotEqualTo(token).hasSize(64);
    }
}

package org.runmend.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.MovingClock;

class PasswordResetsTest {
    private static final String OLD = "velvet kettle migrates north";
    private static final String NEW = "copper lantern drifts east";

    @TempDir
    Path dir;

    private Database db;
    private MovingClock clock;
    private Accounts accounts;
    private PasswordResets resets;

    @BeforeEach
    void open() {
        db = Databases.sqlite(dir);
        clock = new MovingClock(Instant.parse("2026-03-02T08:00:00Z"));
        accounts = new Accounts(db, clock);
        resets = new PasswordResets(db, accounts, clock);
        accounts.signUp("ada@example.org", "Ada", OLD);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_link_sets_a_new_password_once_and_ends_every_session() {
        String session = accounts.logIn("ada@example.org", OLD, "10.0.0.1");
        String token = resets.issue("Ada@Example.org ").orElseThrow().token();
        assertThat(resets.check(token)).isPresent();

        resets.reset(token, NEW);

        assertThat(accounts.session(session))
                .as("the session opened with the old password")
                .isEmpty();
        assertThatThrownBy(() -> accounts.logIn("ada@example.org", OLD, "10.0.0.2"))
                .isInstanceOf(AccountException.class);
        assertThat(accounts.logIn("ada@example.org", NEW, "10.0.0.3")).isNotBlank();
        assertThat(resets.check(token)).as("a used link").isEmpty();
        assertThatThrownBy(() -> resets.reset(token, "another lengthy phrase here"))
                .isInstanceOfSatisfying(
                        AccountException.class,
                        e -> assertThat(e.kind()).isEqualTo(AccountException.Kind.EXPIRED_LINK));
    }

    @Test
    void a_link_expires_after_an_hour() {
        String token = resets.issue("ada@example.org").orElseThrow().token();
        clock.advance(Duration.ofMinutes(59));
        assertThat(resets.check(token)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(resets.check(token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(token, NEW)).isInstanceOf(AccountException.class);
        assertThat(accounts.logIn("ada@example.org", OLD, "10.0.0.1"))
                .as("the old password still works")
                .isNotBlank();
    }

    @Test
    void only_the_hash_of_a_token_is_stored() {
        String token = resets.issue("ada@example.org").orElseThrow().token();
        List<String> stored = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT token_hash FROM password_resets")
                        .mapTo(String.class)
                        .list());
        assertThat(stored).containsExactly(Accounts.sha256(token)).doesNotContain(token);
    }

    @Test
    void an_address_without_an_account_gets_no_link() {
        assertThat(resets.issue("nobody@example.org")).isEmpty();
        assertThat(resets.check("made-up-token")).isEmpty();
        assertThat(resets.check(null)).isEmpty();
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_still_works() {
        String token = resets.issue("ada@example.org").orElseThrow().token();
        assertThatThrownBy(() -> resets.reset(token, "password123"))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(resets.check(token)).isPresent();
    }

    @Test
    void setting_a_password_voids_the_other_links() {
        String first = resets.issue("ada@example.org").orElseThrow().token();
        String second = resets.issue("ada@example.org").orElseThrow().token();
        resets.reset(second, NEW);
        assertThat(resets.check(first)).isEmpty();
    }

    @Test
    void at_most_three_links_an_hour_for_one_account() {
        for (int i = 0; i < PasswordResets.MAX_PER_HOUR; i++) {
            assertThat(resets.issue("ada@example.org")).isPresent();
        }
        assertThat(resets.issue("ada@example.org"))
                .as("a fourth within the hour")
                .isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(resets.issue("ada@example.org")).isPresent();
    }
}

package org.runmend.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.accounts.AccountException;
import org.runmend.accounts.Accounts;
import org.runmend.store.Database;
import org.runmend.support.TestClock;

/** {@code bin/runmend user reset-password EMAIL}: a way back in on an instance that sends no e-mail. */
class UserResetPasswordTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream((stdin + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return Main.run(
                    args,
                    new PrintWriter(out, true),
                    new PrintWriter(err, true),
                    Map.of("RUNMEND_DATA", dir.resolve("data").toString()),
                    TestClock.FIXED);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void reset_password_sets_the_new_password_and_ends_the_sessions() {
        String session;
        try (Database db = Database.sqlite(dir.resolve("data/runmend.db"))) {
            Accounts a = new Accounts(db, TestClock.FIXED);
            a.signUp("ada@example.org", "Ada", "velvet kettle migrates north");
            session = a.logIn("ada@example.org", "velvet kettle migrates north", "10.0.0.1");
        }
        assertThat(run("copper lantern drifts east", "user", "reset-password", "ADA@example.org"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("New password set for ada@example.org");
        try (Database db = Database.sqlite(dir.resolve("data/runmend.db"))) {
            Accounts a = new Accounts(db, TestClock.FIXED);
            assertThat(a.session(session)).isEmpty();
            assertThat(a.logIn("ada@example.org", "copper lantern drifts east", "10.0.0.2"))
                    .isNotBlank();
            assertThatThrownBy(() -> a.logIn("ada@example.org", "velvet kettle migrates north", "10.0.0.3"))
                    .isInstanceOf(AccountException.class);
        }
    }

    @Test
    void reset_password_names_an_unknown_address_and_a_weak_password() {
        try (Database db = Database.sqlite(dir.resolve("data/runmend.db"))) {
            new Accounts(db, TestClock.FIXED).signUp("ada@example.org", "Ada", "velvet kettle migrates north");
        }
        assertThat(run("copper lantern drifts east", "user", "reset-password", "bob@example.org"))
                .isNotZero();
        assertThat(err.toString()).contains("no account with the e-mail bob@example.org");
        err.getBuffer().setLength(0);
        assertThat(run("password123", "user", "reset-password", "ada@example.org"))
                .isNotZero();
        assertThat(err.toString()).contains("too easy to guess");
    }
}

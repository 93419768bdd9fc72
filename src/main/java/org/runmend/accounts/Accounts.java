package org.runmend.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.runmend.store.Database;
import org.runmend.store.Ids;

/**
 * Sign-up, log-in and sessions, all kept in the database so that any app instance can serve any
 * runner.
 *
 * <p>Passwords are hashed with Argon2id at the OWASP Password Storage Cheat Sheet's first
 * recommended setting (19 MiB, 2 iterations, 1 lane). Session tokens are 256-bit random values;
 * only their SHA-256 is stored. Failed log-ins are counted per e-mail address and per client
 * address in the database, and {@link #MAX_FAILURES} for one account (or
 * {@link #MAX_CLIENT_FAILURES} from one address) within {@link #FAILURE_WINDOW}
 * refuse further attempts until the window has passed.
 */
public final class Accounts {
    public static final Duration SESSION_LIFETIME = Duration.ofDays(30);
    public static final int MAX_FAILURES = 5;
    /**
     * Failures allowed from one client address, across accounts: higher than per account, because
     * several runners can share an address (a household, an office, a reverse proxy).
     */
    public static final int MAX_CLIENT_FAILURES = 25;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD = 10;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hash of a throwaway password, checked when the e-mail is unknown so timing does not tell. */
    private static final String DUMMY_HASH = Password.hash("not-a-real-password").addRandomSalt(16).with(ARGON2).getResult();

    private final Jdbi jdbi;
    private final Clock clock;

    public Accounts(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    public Runner signUp(String email, String displayName, String password) {
        String e = normaliseEmail(email);
        String name = displayName == null || displayName.isBlank() ? e.substring(0, e.indexOf('@')) : displayName.trim();
        if (name.length() > 100) {
            throw new AccountException(AccountException.Kind.INVALID_INPUT, "name", "name is longer than 100 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException(AccountException.Kind.INVALID_INPUT, "password",
                    "password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 1000) {
            throw new AccountException(AccountException.Kind.INVALID_INPUT, "password", "password is longer than 1000 characters");
        }
        String hash = Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
        Runner runner = new Runner(Ids.next(), e, name, clock.instant());
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO runners (id, email, display_name, password_hash, created_at) "
                            + "VALUES (:id, :email, :name, :hash, :at)")
                    .bind("id", runner.id()).bind("email", e).bind("name", name).bind("hash", hash)
                    .bind("at", runner.createdAt().toEpochMilli()).execute());
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException ex) {
            if (findByEmail(e).isPresent()) {
                throw new AccountException(AccountException.Kind.EMAIL_TAKEN, "email", "an account with " + e + " already exists");
            }
            throw ex;
        }
        return runner;
    }

    /**
     * Checks the password and opens a session; returns the session token for the cookie.
     *
     * @param client the client's address, for rate limiting
     */
    public String logIn(String email, String password, String client) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        long since = now.minus(FAILURE_WINDOW).toEpochMilli();
        String byEmail = "email:" + e;
        String byClient = "client:" + client;
        int byAccount = failures(byEmail, since);
        int fromClient = failures(byClient, since);
        if (byAccount >= MAX_FAILURES || fromClient >= MAX_CLIENT_FAILURES) {
            throw new AccountException(AccountException.Kind.TOO_MANY_ATTEMPTS, "email",
                    "too many failed log-ins; try again in " + FAILURE_WINDOW.toMinutes() + " minutes");
        }
        Optional<String[]> row = jdbi.withHandle(h -> h.createQuery("SELECT id, password_hash FROM runners WHERE email = :e")
                .bind("e", e).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findFirst());
        String hash = row.map(r -> r[1]).orElse(DUMMY_HASH);
        boolean ok = Password.check(password == null ? "" : password, hash).with(ARGON2);
        if (!ok || row.isEmpty()) {
            jdbi.useHandle(h -> {
                for (String key : new String[] {byEmail, byClient}) {
                    h.createUpdate("INSERT INTO login_attempts (id, attempt_key, at) VALUES (:id, :k, :at)")
                            .bind("id", Ids.next()).bind("k", key).bind("at", now.toEpochMilli()).execute();
                }
            });
            throw new AccountException(AccountException.Kind.BAD_CREDENTIALS, "password", "e-mail or password is wrong");
        }
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_attempts WHERE attempt_key = :k").bind("k", byEmail).execute());
        return openSession(row.get()[0]);
    }

    private int failures(String key, long since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM login_attempts WHERE attempt_key = :k AND at >= :since")
                .bind("k", key).bind("since", since).mapTo(Integer.class).one());
    }

    /** Opens a session for a runner (after log-in or sign-up); returns the cookie's token. */
    public String openSession(String runnerId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        byte[] csrf = new byte[24];
        RANDOM.nextBytes(csrf);
        Instant now = clock.instant();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sessions (token_hash, runner_id, csrf_token, created_at, expires_at) "
                        + "VALUES (:t, :r, :c, :now, :exp)")
                .bind("t", sha256(token)).bind("r", runnerId)
                .bind("c", Base64.getUrlEncoder().withoutPadding().encodeToString(csrf))
                .bind("now", now.toEpochMilli()).bind("exp", now.plus(SESSION_LIFETIME).toEpochMilli()).execute());
        return token;
    }

    /** The runner a session token belongs to, if the session is live. */
    public Optional<SignedIn> session(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        long now = clock.millis();
        return jdbi.withHandle(h -> h.createQuery("SELECT r.id, r.email, r.display_name, r.created_at, s.csrf_token "
                        + "FROM sessions s JOIN runners r ON r.id = s.runner_id WHERE s.token_hash = :t AND s.expires_at > :now")
                .bind("t", sha256(token)).bind("now", now)
                .map((rs, ctx) -> new SignedIn(new Runner(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))), rs.getString(5)))
                .findFirst());
    }

    public void logOut(String token) {
        if (token != null) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :t").bind("t", sha256(token)).execute());
        }
    }

    public Optional<Runner> findByEmail(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return jdbi.withHandle(h -> h.createQuery("SELECT id, email, display_name, created_at FROM runners WHERE email = :e")
                .bind("e", e)
                .map((rs, ctx) -> new Runner(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                .findFirst());
    }

    public java.util.List<Runner> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, email, display_name, created_at FROM runners ORDER BY created_at")
                .map((rs, ctx) -> new Runner(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                .list());
    }

    /**
     * Changes the password after checking the current one; every other session of the runner
     * ends, so a device that knew the old password is signed out.
     *
     * @param keepSession the token of the session making the change, which stays open; may be null
     */
    public void changePassword(String runnerId, String currentPassword, String newPassword, String keepSession) {
        requireCurrentPassword(runnerId, currentPassword, "current");
        checkNewPassword(newPassword, "new");
        String hash = Password.hash(newPassword).addRandomSalt(16).with(ARGON2).getResult();
        String keep = keepSession == null ? "" : sha256(keepSession);
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE runners SET password_hash = :h WHERE id = :id").bind("h", hash).bind("id", runnerId).execute();
            h.createUpdate("DELETE FROM sessions WHERE runner_id = :id AND token_hash <> :keep")
                    .bind("id", runnerId).bind("keep", keep).execute();
        });
    }

    /** Changes the e-mail address (the log-in name) after checking the password. */
    public Runner changeEmail(String runnerId, String password, String newEmail) {
        String e = normaliseEmail(newEmail);
        requireCurrentPassword(runnerId, password, "password");
        try {
            jdbi.useHandle(h -> h.createUpdate("UPDATE runners SET email = :e WHERE id = :id").bind("e", e).bind("id", runnerId).execute());
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException ex) {
            if (findByEmail(e).filter(r -> !r.id().equals(runnerId)).isPresent()) {
                throw new AccountException(AccountException.Kind.EMAIL_TAKEN, "email", "an account with " + e + " already exists");
            }
            throw ex;
        }
        return findByEmail(e).orElseThrow();
    }

    private void requireCurrentPassword(String runnerId, String password, String field) {
        String hash = jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM runners WHERE id = :id").bind("id", runnerId)
                .mapTo(String.class).findFirst()).orElse(DUMMY_HASH);
        if (!Password.check(password == null ? "" : password, hash).with(ARGON2)) {
            throw new AccountException(AccountException.Kind.BAD_CREDENTIALS, field, "the current password is wrong");
        }
    }

    private static void checkNewPassword(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException(AccountException.Kind.INVALID_INPUT, field,
                    "the new password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 1000) {
            throw new AccountException(AccountException.Kind.INVALID_INPUT, field, "the new password is longer than 1000 characters");
        }
    }

    private static String normaliseEmail(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new AccountException(AccountException.Kind.INVALID_INPUT, "email", "'" + email + "' is not an e-mail address");
        }
        return e;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

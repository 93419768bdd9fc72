package org.runmend.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.runmend.store.Database;
import org.runmend.store.Ids;
import org.runmend.store.NotFoundException;
import org.runmend.store.RunnerOwned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-up, log-in and sessions, all kept in the database so that any app instance can serve any
 * runner.
 *
 * <p>Passwords are hashed with Argon2id at the OWASP Password Storage Cheat Sheet's first
 * recommended setting (19 MiB, 2 iterations, 1 lane; see {@link PasswordHashing}). New passwords must not be easy to guess:
 * NIST SP 800-63B asks to refuse common, repetitive and sequential passwords, which the nbvcxz
 * strength estimator (dictionaries of leaked passwords, words, names, keyboard patterns, repeats
 * and dates) measures; under {@link #MIN_ENTROPY_BITS} bits of guessing entropy a password is refused.
 * Session tokens are 256-bit random values; only their SHA-256 is stored.
 *
 * <p>Log-in guessing is limited in three ways, all counted in the database (so across instances)
 * and all counted before the password is checked, so parallel guesses count each other:
 * <ul>
 *   <li>per account <em>and</em> client address: {@link #MAX_FAILURES} failures within
 *       {@link #FAILURE_WINDOW} stop that address for that account until the window has passed;
 *   <li>per account, from any address: after {@link #MAX_FAILURES} failures each further try must
 *       wait (1 s, then 2, 4 ... up to {@link #MAX_DELAY}) after the last failure;
 *   <li>per client address, over all accounts: the same slowing after {@link #ADDRESS_FREE_FAILURES}.
 * </ul>
 * The last two never refuse a runner at an address they logged in from successfully within
 * {@link #KNOWN_ADDRESS_PERIOD}: a stranger's guesses slow the stranger, they do not lock the runner
 * out. Sign-ups are limited to {@link #MAX_SIGN_UPS} per client address per {@link #SIGN_UP_WINDOW}
 * (a sign-up says whether an e-mail already has an account).
 */
public final class Accounts implements RunnerOwned {
    public static final Duration SESSION_LIFETIME = Duration.ofDays(30);
    public static final int MAX_FAILURES = 5;
    /** Failures from one client address, over all accounts, before its tries are slowed down. */
    public static final int ADDRESS_FREE_FAILURES = 25;

    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    /** The longest wait between tries a slowed-down account or address is given. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    /** How long a successful log-in from an address keeps that address exempt from slowing down. */
    public static final Duration KNOWN_ADDRESS_PERIOD = Duration.ofDays(30);

    public static final int MAX_SIGN_UPS = 20;
    public static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);
    public static final int MIN_PASSWORD = 10;
    /** nbvcxz's own default: about 34 billion guesses on average. */
    public static final double MIN_ENTROPY_BITS = 35;
    /** {@link PasswordHashing#STRONG} unless the test suite asked for cheap hashes. */
    static final PasswordHashing HASHING = PasswordHashing.fromSystemProperty();

    private static final Argon2Function ARGON2 = HASHING.function();
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final me.gosimple.nbvcxz.Nbvcxz STRENGTH =
            new me.gosimple.nbvcxz.Nbvcxz(new me.gosimple.nbvcxz.resources.ConfigurationBuilder()
                    .setMinimumEntropy(MIN_ENTROPY_BITS)
                    .createConfiguration());
    /** Hash of a throwaway password, checked when the e-mail is unknown so timing does not tell. */
    private static final String DUMMY_HASH =
            Password.hash("not-a-real-password").addRandomSalt(16).with(ARGON2).getResult();

    private final Jdbi jdbi;
    private final Clock clock;

    public Accounts(Database db, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
    }

    /**
     * Signs up from a client address: at most {@link #MAX_SIGN_UPS} tries per address per
     * {@link #SIGN_UP_WINDOW}, counted whether they succeed or not.
     */
    public Runner signUp(String email, String displayName, String password, String client) {
        Instant now = clock.instant();
        String key = "signup:" + client;
        String id = reserve(now, key).get(0);
        if (count(key, now.minus(SIGN_UP_WINDOW).toEpochMilli()) > MAX_SIGN_UPS) {
            release(List.of(id));
            throw new AccountException(
                    AccountException.Kind.TOO_MANY_ATTEMPTS,
                    "email",
                    "Too many sign-ups from your address: try again in an hour.",
                    SIGN_UP_WINDOW);
        }
        return signUp(email, displayName, password);
    }

    public Runner signUp(String email, String displayName, String password) {
        String e = normaliseEmail(email);
        String name =
                displayName == null || displayName.isBlank() ? e.substring(0, e.indexOf('@')) : displayName.trim();
        if (name.length() > 100) {
            throw new AccountException(
                    AccountException.Kind.INVALID_INPUT, "name", "name is longer than 100 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException(
                    AccountException.Kind.INVALID_INPUT,
                    "password",
                    "password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 1000) {
            throw new AccountException(
                    AccountException.Kind.INVALID_INPUT, "password", "password is longer than 1000 characters");
        }
        checkStrength(password);
        String hash = Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
        Runner runner = new Runner(Ids.next(), e, name, clock.instant());
        try {
            jdbi.useHandle(
                    h -> h.createUpdate("INSERT INTO runners (id, email, display_name, password_hash, created_at) "
                                    + "VALUES (:id, :email, :name, :hash, :at)")
                            .bind("id", runner.id())
                            .bind("email", e)
                            .bind("name", name)
                            .bind("hash", hash)
                            .bind("at", runner.createdAt().toEpochMilli())
                            .execute());
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException ex) {
            if (findByEmail(e).isPresent()) {
                throw new AccountException(AccountException.Kind.EMAIL_TAKEN, "email", ADDRESS_NOT_USABLE);
            }
            throw ex;
        }
        return runner;
    }

    /**
     * Refuses a password that is easy to guess, saying why in the estimator's words.
     */
    static void checkStrength(String password) {
        checkStrength(password, "password");
    }

    private static void checkStrength(String password, String field) {
        me.gosimple.nbvcxz.scoring.Result r = STRENGTH.estimate(password);
        if (!r.isMinimumEntropyMet()) {
            me.gosimple.nbvcxz.resources.Feedback f = r.getFeedback();
            StringBuilder why = new StringBuilder("password is too easy to guess");
            if (f.getWarning() != null) {
                why.append(": ").append(f.getWarning().replaceAll("\\.$", ""));
            }
            why.append(". Use a longer phrase of several uncommon words, not a common password, a keyboard pattern, "
                    + "a repeat or a date.");
            throw new AccountException(AccountException.Kind.INVALID_INPUT, field, why.toString());
        }
    }

    /**
     * Checks the password and opens a session; returns the session token for the cookie.
     *
     * @param client the client's address, for rate limiting
     */
    public String logIn(String email, String password, String client) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (e.length() > 254) {
            e = e.substring(0, 254);
        }
        Instant now = clock.instant();
        List<String> mine = guard(e, client, now);
        String pair = "pair:" + e + "|" + client;
        String known = "ok:" + e + "|" + client;
        String lookup = e;
        Optional<String[]> row =
                jdbi.withHandle(h -> h.createQuery("SELECT id, password_hash FROM runners WHERE email = :e")
                        .bind("e", lookup)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .findFirst());
        String hash = row.map(r -> r[1]).orElse(DUMMY_HASH);
        boolean ok = Password.check(password == null ? "" : password, hash).with(ARGON2);
        if (!ok || row.isEmpty()) {
            // the reserved rows stay: they are this failure
            LOG.info(
                    "Log-in failed from {}: {}",
                    client,
                    row.isEmpty() ? "no account with that e-mail" : "wrong password for runner " + row.get()[0]);
            throw new AccountException(
                    AccountException.Kind.BAD_CREDENTIALS, "password", "e-mail or password is wrong");
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM login_attempts WHERE attempt_key IN (<keys>)")
                    .bindList("keys", List.of(pair, known))
                    .execute();
            h.createUpdate("DELETE FROM login_attempts WHERE id IN (<ids>)")
                    .bindList("ids", mine)
                    .execute();
            h.createUpdate("INSERT INTO login_attempts (id, attempt_key, at) VALUES (:id, :k, :at)")
                    .bind("id", Ids.next())
                    .bind("k", known)
                    .bind("at", now.toEpochMilli())
                    .execute();
        });
        return openSession(row.get()[0]);
    }

    /**
     * Writes one password try for the account {@code e} from {@code client} before anything is
     * checked, and refuses it when the account and address have failed too often (the three limits
     * of the class comment). Log-in and every other place that checks a password (the current
     * password on the account page) count here alike, so the account page is no side door.
     *
     * @return the ids of the rows written for this try: they stay as a failure, or are released
     */
    private List<String> guard(String e, String client, Instant now) {
        long since = now.minus(FAILURE_WINDOW).toEpochMilli();
        String pair = "pair:" + e + "|" + client;
        String account = "email:" + e;
        String address = "client:" + client;
        String known = "ok:" + e + "|" + client;
        forgetOld(now);
        // each try is written down before anything is checked: parallel tries see each other
        List<String> mine = reserve(now, pair, account, address);
        if (count(pair, since) > MAX_FAILURES) {
            release(mine);
            LOG.info("Password try refused from {}: too many failures for one account", client);
            throw new AccountException(
                    AccountException.Kind.TOO_MANY_ATTEMPTS,
                    "email",
                    "too many wrong passwords for this account from your address; try again in "
                            + FAILURE_WINDOW.toMinutes() + " minutes",
                    FAILURE_WINDOW);
        }
        if (count(known, now.minus(KNOWN_ADDRESS_PERIOD).toEpochMilli()) == 0) {
            Duration wait = max(
                    waitFor(account, since, MAX_FAILURES, mine, now),
                    waitFor(address, since, ADDRESS_FREE_FAILURES, mine, now));
            if (!wait.isZero()) {
                release(mine);
                LOG.info("Password try refused from {}: slowed down for {} ms after failures", client, wait.toMillis());
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                throw new AccountException(
                        AccountException.Kind.TOO_MANY_ATTEMPTS,
                        "email",
                        "many wrong passwords recently; wait " + seconds + (seconds == 1 ? " second" : " seconds")
                                + " and try again",
                        Duration.ofSeconds(seconds));
            }
        }
        return mine;
    }

    /**
     * How long a try must still wait: none for the first {@code free} failures in the window, then
     * 1 s after the last other failure, doubling with each one more, up to {@link #MAX_DELAY}.
     */
    private Duration waitFor(String key, long since, int free, List<String> mine, Instant now) {
        return jdbi.withHandle(h -> {
            var others = h.createQuery("SELECT COUNT(*), MAX(at) FROM login_attempts "
                            + "WHERE attempt_key = :k AND at >= :since AND id NOT IN (<mine>)")
                    .bind("k", key)
                    .bind("since", since)
                    .bindList("mine", mine)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .one();
            long n = others[0];
            if (n < free) {
                return Duration.ZERO;
            }
            long delay = Math.min(MAX_DELAY.toMillis(), 1000L << Math.min(20, n - free));
            long left = others[1] + delay - now.toEpochMilli();
            return left > 0 ? Duration.ofMillis(left) : Duration.ZERO;
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Writes one try for each key; returns the rows' ids. */
    private List<String> reserve(Instant now, String... keys) {
        List<String> ids = new java.util.ArrayList<>();
        jdbi.useHandle(h -> {
            for (String key : keys) {
                String id = Ids.next();
                h.createUpdate("INSERT INTO login_attempts (id, attempt_key, at) VALUES (:id, :k, :at)")
                        .bind("id", id)
                        .bind("k", key)
                        .bind("at", now.toEpochMilli())
                        .execute();
                ids.add(id);
            }
        });
        return ids;
    }

    /** Takes back tries that were refused before anything was checked. */
    private void release(List<String> ids) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_attempts WHERE id IN (<ids>)")
                .bindList("ids", ids)
                .execute());
    }

    private int count(String key, long since) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM login_attempts WHERE attempt_key = :k AND at >= :since")
                        .bind("k", key)
                        .bind("since", since)
                        .mapTo(Integer.class)
                        .one());
    }

    /** Drops counts nobody looks at any more. */
    private void forgetOld(Instant now) {
        long failures = now.minus(FAILURE_WINDOW).toEpochMilli();
        long signUps = now.minus(SIGN_UP_WINDOW).toEpochMilli();
        long known = now.minus(KNOWN_ADDRESS_PERIOD).toEpochMilli();
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_attempts WHERE "
                        + "(at < :failures AND attempt_key NOT LIKE 'ok:%' AND attempt_key NOT LIKE 'signup:%' "
                        + "AND attempt_key NOT LIKE 'email-change:%') "
                        + "OR (at < :signUps AND attempt_key LIKE 'signup:%') OR (at < :known AND attempt_key LIKE 'ok:%') "
                        + "OR (at < :emailChanges AND attempt_key LIKE 'email-change:%')")
                .bind("emailChanges", now.minus(EMAIL_CHANGE_WINDOW).toEpochMilli())
                .bind("failures", failures)
                .bind("signUps", signUps)
                .bind("known", known)
                .execute());
    }

    /** Opens a session for a runner (after log-in or sign-up); returns the cookie's token. */
    public String openSession(String runnerId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        byte[] csrf = new byte[24];
        RANDOM.nextBytes(csrf);
        Instant now = clock.instant();
        jdbi.useHandle(
                h -> h.createUpdate("INSERT INTO sessions (token_hash, runner_id, csrf_token, created_at, expires_at) "
                                + "VALUES (:t, :r, :c, :now, :exp)")
                        .bind("t", sha256(token))
                        .bind("r", runnerId)
                        .bind("c", Base64.getUrlEncoder().withoutPadding().encodeToString(csrf))
                        .bind("now", now.toEpochMilli())
                        .bind("exp", now.plus(SESSION_LIFETIME).toEpochMilli())
                        .execute());
        return token;
    }

    /** The runner a session token belongs to, if the session is live. */
    public Optional<SignedIn> session(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        long now = clock.millis();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT r.id, r.email, r.display_name, r.created_at, s.csrf_token "
                                + "FROM sessions s JOIN runners r ON r.id = s.runner_id WHERE s.token_hash = :t AND s.expires_at > :now")
                .bind("t", sha256(token))
                .bind("now", now)
                .map((rs, ctx) -> new SignedIn(
                        new Runner(
                                rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))),
                        rs.getString(5)))
                .findFirst());
    }

    public void logOut(String token) {
        if (token != null) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :t")
                    .bind("t", sha256(token))
                    .execute());
        }
    }

    public Optional<Runner> findByEmail(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, email, display_name, created_at FROM runners WHERE email = :e")
                .bind("e", e)
                .map((rs, ctx) -> new Runner(
                        rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                .findFirst());
    }

    public java.util.List<Runner> all() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, email, display_name, created_at FROM runners ORDER BY created_at")
                .map((rs, ctx) -> new Runner(
                        rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                .list());
    }

    /**
     * Changes the password after checking the current one; every other session of the runner
     * ends, so a device that knew the old password is signed out. The current password is a
     * password try like a log-in (counted and limited the same way, from {@code client}).
     *
     * @param keepSession the token of the session making the change, which stays open; may be null
     */
    public void changePassword(
            String runnerId, String currentPassword, String newPassword, String keepSession, String client) {
        requireCurrentPassword(runnerId, currentPassword, "current", client);
        checkNewPassword(newPassword, "new");
        String hash = Password.hash(newPassword).addRandomSalt(16).with(ARGON2).getResult();
        String keep = keepSession == null ? "" : sha256(keepSession);
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE runners SET password_hash = :h WHERE id = :id")
                    .bind("h", hash)
                    .bind("id", runnerId)
                    .execute();
            h.createUpdate("DELETE FROM sessions WHERE runner_id = :id AND token_hash <> :keep")
                    .bind("id", runnerId)
                    .bind("keep", keep)
                    .execute();
        });
    }

    /**
     * Sets a new password without the current one, for a runner who forgot it (a reset link, or
     * {@code runmend user reset-password} on the server): checked like any new password, and every
     * session of the runner ends, so a device someone else kept signed in is signed out too.
     */
    public void setPassword(String runnerId, String newPassword) {
        checkNewPassword(newPassword, "password");
        String hash = Password.hash(newPassword).addRandomSalt(16).with(ARGON2).getResult();
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("UPDATE runners SET password_hash = :h WHERE id = :id")
                    .bind("h", hash)
                    .bind("id", runnerId)
                    .execute();
            if (n == 0) {
                throw new NotFoundException("runner", runnerId);
            }
            h.createUpdate("DELETE FROM sessions WHERE runner_id = :id")
                    .bind("id", runnerId)
                    .execute();
        });
    }

    /** The runner with this id, if there is one. */
    public Optional<Runner> find(String runnerId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, email, display_name, created_at FROM runners WHERE id = :id")
                .bind("id", runnerId)
                .map((rs, ctx) -> new Runner(
                        rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                .findFirst());
    }

    /** At most this many e-mail changes (done or refused) per runner per {@link #EMAIL_CHANGE_WINDOW}. */
    public static final int MAX_EMAIL_CHANGES = 5;

    public static final Duration EMAIL_CHANGE_WINDOW = Duration.ofDays(1);
    /**
     * The one answer for an address that cannot be taken, whether another account has it or not, so
     * that the answer is no directory of who has an account here.
     */
    public static final String ADDRESS_NOT_USABLE = "this e-mail address cannot be used here; if it is yours and you "
            + "already have an account with it, log in with it instead";

    /**
     * Changes the e-mail address (the log-in name) after checking the password (a counted password
     * try). At most {@link #MAX_EMAIL_CHANGES} tries per runner per {@link #EMAIL_CHANGE_WINDOW},
     * counted before anything is checked, so the form cannot be used to test which addresses have
     * accounts; an address another account has gets {@link #ADDRESS_NOT_USABLE}.
     */
    public Runner changeEmail(String runnerId, String password, String newEmail, String client) {
        String e = normaliseEmail(newEmail);
        Instant now = clock.instant();
        String key = "email-change:" + runnerId;
        String id = reserve(now, key).get(0);
        if (count(key, now.minus(EMAIL_CHANGE_WINDOW).toEpochMilli()) > MAX_EMAIL_CHANGES) {
            release(List.of(id));
            throw new AccountException(
                    AccountException.Kind.TOO_MANY_ATTEMPTS,
                    "email",
                    "the e-mail address was changed (or tried) too often today; try again tomorrow",
                    EMAIL_CHANGE_WINDOW);
        }
        requireCurrentPassword(runnerId, password, "password", client);
        try {
            jdbi.useHandle(h -> h.createUpdate("UPDATE runners SET email = :e WHERE id = :id")
                    .bind("e", e)
                    .bind("id", runnerId)
                    .execute());
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException ex) {
            if (findByEmail(e).filter(r -> !r.id().equals(runnerId)).isPresent()) {
                throw new AccountException(AccountException.Kind.EMAIL_TAKEN, "email", ADDRESS_NOT_USABLE);
            }
            throw ex;
        }
        return findByEmail(e).orElseThrow();
    }

    /**
     * Checks the runner's password before something that cannot be undone (deleting the account):
     * a password try, counted and limited like a log-in from {@code client}.
     */
    public void confirmPassword(String runnerId, String password, String client) {
        requireCurrentPassword(runnerId, password, "password", client);
    }

    private void requireCurrentPassword(String runnerId, String password, String field, String client) {
        Optional<String[]> row =
                jdbi.withHandle(h -> h.createQuery("SELECT email, password_hash FROM runners WHERE id = :id")
                        .bind("id", runnerId)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .findFirst());
        String email = row.map(r -> r[0]).orElse("");
        Instant now = clock.instant();
        List<String> mine = guard(email, client == null ? "unknown" : client, now);
        if (!Password.check(password == null ? "" : password, row.map(r -> r[1]).orElse(DUMMY_HASH))
                .with(ARGON2)) {
            // the reserved rows stay: they are this failure
            LOG.info("Wrong current password for runner {} from {}", runnerId, client);
            throw new AccountException(AccountException.Kind.BAD_CREDENTIALS, field, "the current password is wrong");
        }
        release(mine);
    }

    static void checkNewPassword(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountException(
                    AccountException.Kind.INVALID_INPUT,
                    field,
                    "the new password must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 1000) {
            throw new AccountException(
                    AccountException.Kind.INVALID_INPUT, field, "the new password is longer than 1000 characters");
        }
        checkStrength(password, field);
    }

    private static String normaliseEmail(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw new AccountException(
                    AccountException.Kind.INVALID_INPUT, "email", "'" + email + "' is not an e-mail address");
        }
        return e;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account's own tables; the log-in counts ({@code login_attempts}) are keyed by e-mail, not by runner. */
    @Override
    public List<String> runnerTables() {
        return List.of("sessions", "password_resets");
    }

    /** The account itself; sessions and reset links are secrets and stay out. */
    @Override
    public Map<String, List<Map<String, Object>>> exportRows(Handle h, String runnerId) {
        return Map.of(
                "account",
                RunnerOwned.rows(h, "SELECT id, email, display_name, created_at FROM runners WHERE id = :r", runnerId));
    }

    /**
     * The account, its sessions and reset links, and the log-in counts keyed by its e-mail (per
     * account, per account and address, known addresses: the keys {@link #logIn} writes). Call it
     * after every feature has removed its rows.
     */
    @Override
    public void deleteRows(Handle h, String runnerId) {
        String email = h.createQuery("SELECT email FROM runners WHERE id = :r")
                .bind("r", runnerId)
                .mapTo(String.class)
                .findFirst()
                .orElse(null);
        h.createUpdate("DELETE FROM sessions WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
        h.createUpdate("DELETE FROM password_resets WHERE runner_id = :r")
                .bind("r", runnerId)
                .execute();
        if (email != null) {
            h.createUpdate(
                            "DELETE FROM login_attempts WHERE attempt_key = :k "
                                    + "OR substr(attempt_key, 1, length(:pair)) = :pair OR substr(attempt_key, 1, length(:ok)) = :ok")
                    .bind("k", "email:" + email)
                    .bind("pair", "pair:" + email + "|")
                    .bind("ok", "ok:" + email + "|")
                    .execute();
        }
        h.createUpdate("DELETE FROM runners WHERE id = :r").bind("r", runnerId).execute();
    }
}

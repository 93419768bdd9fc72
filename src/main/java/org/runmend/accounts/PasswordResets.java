package org.runmend.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.runmend.store.Database;

/**
 * Password-reset links: a runner who forgot their password asks for a link by e-mail, and the link
 * lets them choose a new one.
 *
 * <p>Each link carries a 256-bit random token; only its SHA-256 is stored (like session tokens), so
 * the database alone cannot reset anyone's password. A token works once and for {@link #LIFETIME}
 * (OWASP Forgot Password Cheat Sheet: single use, short expiry). Asking for a link never says
 * whether the address has an account: {@link #issue} returns the token only so the caller can mail
 * it, and the page shows the same words either way. At most {@link #MAX_PER_HOUR} links are made for
 * one account per hour, so the form cannot be used to flood someone's inbox. Setting a new password
 * ends every session of the runner and voids their other links.
 */
public final class PasswordResets {
    /** How long a link works. */
    public static final Duration LIFETIME = Duration.ofHours(1);
    /** Links made for one account within an hour; more asks are ignored (and the page says the same). */
    public static final int MAX_PER_HOUR = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A link to mail: the runner it is for and the token to put in the address. */
    public record Issued(Runner runner, String token) {
        @Override
        public String toString() {
            return "Issued[" + runner.id() + "]";
        }
    }

    private final Jdbi jdbi;
    private final Accounts accounts;
    private final Clock clock;

    public PasswordResets(Database db, Accounts accounts, Clock clock) {
        this.jdbi = db.jdbi();
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Makes a link for the account with this e-mail; empty when there is no such account or it
     * asked for {@link #MAX_PER_HOUR} links within the last hour already. The caller must answer
     * the same in both cases.
     */
    public Optional<Issued> issue(String email) {
        Optional<Runner> runner = accounts.findByEmail(email);
        if (runner.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String id = runner.get().id();
        int recent = jdbi.withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM password_resets WHERE runner_id = :r AND created_at > :since")
                        .bind("r", id)
                        .bind("since", now.minus(Duration.ofHours(1)).toEpochMilli())
                        .mapTo(Integer.class)
                        .one());
        if (recent >= MAX_PER_HOUR) {
            return Optional.empty();
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        jdbi.useHandle(
                h -> h.createUpdate("INSERT INTO password_resets (token_hash, runner_id, created_at, expires_at) "
                                + "VALUES (:t, :r, :now, :exp)")
                        .bind("t", Accounts.sha256(token))
                        .bind("r", id)
                        .bind("now", now.toEpochMilli())
                        .bind("exp", now.plus(LIFETIME).toEpochMilli())
                        .execute());
        return Optional.of(new Issued(runner.get(), token));
    }

    /** The runner a token resets, while it is unused and has not expired. */
    public Optional<Runner> check(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        long now = clock.millis();
        Optional<String> runnerId = jdbi.withHandle(h -> h.createQuery("SELECT runner_id FROM password_resets "
                        + "WHERE token_hash = :t AND used_at IS NULL AND expires_at > :now")
                .bind("t", Accounts.sha256(token))
                .bind("now", now)
                .mapTo(String.class)
                .findFirst());
        return runnerId.flatMap(accounts::find);
    }

    /**
     * Sets a new password with a link's token: checked like any new password, then the token and the
     * runner's other links are spent and every session ends.
     *
     * @throws AccountException {@code EXPIRED_LINK} for a token that is unknown, used or expired;
     *                          {@code INVALID_INPUT} (field {@code password}) for a weak password
     */
    public Runner reset(String token, String newPassword) {
        Runner runner = check(token)
                .orElseThrow(() -> new AccountException(
                        AccountException.Kind.EXPIRED_LINK,
                        "token",
                        "this reset link has expired or was used already"));
        Accounts.checkNewPassword(newPassword, "password");
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            int spent = h.createUpdate(
                            "UPDATE password_resets SET used_at = :now WHERE token_hash = :t AND used_at IS NULL")
                    .bind("now", now)
                    .bind("t", Accounts.sha256(token))
                    .execute();
            if (spent != 1) {
                // another request used the same link a moment ago
                throw new AccountException(
                        AccountException.Kind.EXPIRED_LINK, "token", "this reset link was used already");
            }
            h.createUpdate("UPDATE password_resets SET used_at = :now WHERE runner_id = :r AND used_at IS NULL")
                    .bind("now", now)
                    .bind("r", runner.id())
                    .execute();
        });
        accounts.setPassword(runner.id(), newPassword);
        return runner;
    }
}

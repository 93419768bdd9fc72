package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.SignedIn;

/**
 * Sessions and CSRF for every request, in one place.
 *
 * <p>The session cookie is HttpOnly and SameSite=Lax (Secure when {@code secureCookies}). Every
 * state-changing request that a browser could be tricked into sending carries a CSRF token: a
 * signed-in runner's forms carry the session's own token; anonymous forms (log-in, sign-up, the
 * pain check) use a double-submit cookie. Forms send it as {@code _csrf}, scripts as the
 * {@code X-CSRF-Token} header. JSON API calls without a session cookie carry no ambient
 * authority and need no token.
 */
final class Security {
    static final String SESSION_COOKIE = "runmend_session";
    static final String CSRF_COOKIE = "runmend_csrf";
    static final String SIGNED_IN = "signedIn";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final boolean secureCookies;
    private final boolean trustProxy;

    Security(Accounts accounts, boolean secureCookies, boolean trustProxy) {
        this.accounts = accounts;
        this.secureCookies = secureCookies;
        this.trustProxy = trustProxy;
    }

    /** The client's address: the proxy's forwarded one when the proxy is trusted, else the connection's. */
    String clientAddress(Context ctx) {
        String forwarded = trustProxy ? ctx.header("X-Forwarded-For") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return ctx.ip();
    }

    void register(RoutesConfig routes) {
        routes.before(this::before);
        routes.after(ctx -> RequestState.clear());
    }

    private void before(Context ctx) {
        String sessionToken = ctx.cookie(SESSION_COOKIE);
        Optional<SignedIn> signedIn = accounts.session(sessionToken);
        String csrf;
        if (signedIn.isPresent()) {
            csrf = signedIn.get().csrfToken();
            ctx.attribute(SIGNED_IN, signedIn.get());
        } else {
            csrf = ctx.cookie(CSRF_COOKIE);
            if (csrf == null || csrf.length() < 20) {
                csrf = randomToken();
                ctx.cookie(cookie(CSRF_COOKIE, csrf, -1, SameSite.STRICT));
            }
        }
        RequestState.set(signedIn.orElse(null), csrf);
        if (!UNSAFE.contains(ctx.method().name())) {
            return;
        }
        boolean api = ctx.path().startsWith("/api/");
        if (api && signedIn.isEmpty()) {
            return;
        }
        String given = ctx.header("X-CSRF-Token");
        if (given == null && !api) {
            given = ctx.formParam("_csrf");
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("This form has expired or did not come from RunMend (CSRF check failed). "
                    + "Go back, reload the page and try again.");
        }
    }

    /** The signed-in runner, or 401 for the API and a redirect to log-in for pages. */
    static SignedIn require(Context ctx) {
        SignedIn s = ctx.attribute(SIGNED_IN);
        if (s == null) {
            if (ctx.path().startsWith("/api/")) {
                throw new UnauthorizedResponse("log in first");
            }
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
            throw new io.javalin.http.RedirectResponse();
        }
        return s;
    }

    static Optional<SignedIn> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SIGNED_IN));
    }

    void startSession(Context ctx, String token) {
        ctx.cookie(cookie(SESSION_COOKIE, token, (int) Accounts.SESSION_LIFETIME.toSeconds(), SameSite.LAX));
    }

    void endSession(Context ctx) {
        accounts.logOut(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(SESSION_COOKIE, "", 0, SameSite.LAX));
    }

    private Cookie cookie(String name, String value, int maxAge, SameSite sameSite) {
        Cookie c = new Cookie(name, value);
        c.setPath("/");
        c.setMaxAge(maxAge);
        c.setHttpOnly(true);
        c.setSecure(secureCookies);
        c.setSameSite(sameSite);
        return c;
    }

    private static String randomToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

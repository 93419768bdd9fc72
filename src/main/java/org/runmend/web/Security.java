package org.runmend.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
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
 * authority and need no token. The request's token and runner go on the request as its
 * {@link Chrome}, which handlers put in the page's model.
 */
public final class Security {
    public static final String SESSION_COOKIE = "runmend_session";
    static final String CSRF_COOKIE = "runmend_csrf";
    static final String SIGNED_IN = "signedIn";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final boolean secureCookies;
    private final int proxyHops;

    Security(Accounts accounts, boolean secureCookies, int proxyHops) {
        this.accounts = accounts;
        this.secureCookies = secureCookies;
        this.proxyHops = proxyHops;
    }

    /** The client's address: the proxy's forwarded one when the proxy is trusted, else the connection's. */
    public String clientAddress(Context ctx) {
        java.util.Enumeration<String> lines = ctx.req().getHeaders("X-Forwarded-For");
        String forwarded =
                lines == null || !lines.hasMoreElements() ? null : String.join(",", java.util.Collections.list(lines));
        return clientAddress(forwarded, ctx.ip());
    }

    /**
     * Behind {@code proxyHops} trusted proxies, each appends the address it received the request
     * from to {@code X-Forwarded-For}; entries further left were written by the client and prove
     * nothing. So the client is the {@code proxyHops}-th entry from the right (or the leftmost, when
     * there are fewer). Without a trusted proxy the header is ignored.
     */
    public String clientAddress(String forwarded, String connection) {
        if (proxyHops <= 0 || forwarded == null) {
            return connection;
        }
        java.util.List<String> entries = java.util.Arrays.stream(forwarded.split(","))
                .map(String::trim)
                .filter(x -> !x.isEmpty())
                .toList();
        if (entries.isEmpty()) {
            return connection;
        }
        String client = entries.get(Math.max(0, entries.size() - proxyHops));
        return client.length() > 100 ? client.substring(0, 100) : client;
    }

    /**
     * The Content Security Policy of every answer: scripts, styles, fonts and requests only from
     * RunMend itself (no inline script, no eval), images also from OpenStreetMap's tile server (route
     * maps) and {@code data:} URLs, no plug-ins, no {@code <base>}, forms only to RunMend, and no
     * framing by any site. Inline {@code style} attributes stay allowed (chart colours and bar
     * widths); {@code <style>} elements do not.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "style-src-elem 'self'",
            "img-src 'self' data: https://tile.openstreetmap.org",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The response header that tells the service worker whose session a page was made for: a tag
     * derived from the session token (not the token, not its stored hash), or {@code none}. When it
     * changes, the worker forgets every private page it kept (sw.js).
     */
    static final String SESSION_HEADER = "RunMend-Session";

    /** Security headers on every answer, pages, API, assets and errors alike. */
    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
    }

    /** HTML always says its character set, so no browser has to guess it. */
    static void htmlCharset(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")
                && !type.toLowerCase(java.util.Locale.ROOT).contains("charset")) {
            ctx.contentType("text/html; charset=utf-8");
        }
    }

    /** A GET or HEAD of the stylesheet, scripts and icons, the manifest or the service worker. */
    static boolean sameForEveryone(Context ctx) {
        String method = ctx.method().name();
        String path = ctx.path();
        return (method.equals("GET") || method.equals("HEAD"))
                && (path.startsWith("/assets/") || path.equals("/sw.js") || path.equals("/manifest.webmanifest"));
    }

    /**
     * The session, then (for a request that changes something) the CSRF token, all before a byte of
     * the body is read: the token comes from the {@code X-CSRF-Token} header or the {@code _csrf}
     * query parameter, and only for a small URL-encoded form (at most 1 MB, read into memory, never
     * to disk) from the body. A multipart body is taken only on the upload paths, only with a live
     * session and only with the token outside the body; anything else is answered at once. It runs
     * before every request, after {@link #headers} ({@link Routes}), except the files that are the same
     * for everyone ({@link #sameForEveryone}).
     */
    void sessionAndCsrf(Context ctx) {
        if (sameForEveryone(ctx)) {
            // no session read and no cookie set: an answer a browser or proxy may keep a year must not carry one
            return;
        }
        String sessionToken = ctx.cookie(SESSION_COOKIE);
        Optional<SignedIn> signedIn = accounts.session(sessionToken);
        boolean api = ctx.path().startsWith("/api/");
        String csrf;
        boolean knownCsrf;
        if (signedIn.isPresent()) {
            csrf = signedIn.get().csrfToken();
            knownCsrf = true;
            ctx.attribute(SIGNED_IN, signedIn.get());
            ctx.header(SESSION_HEADER, sessionTag(sessionToken));
        } else {
            csrf = ctx.cookie(CSRF_COOKIE);
            knownCsrf = csrf != null && csrf.length() >= 20;
            if (!knownCsrf) {
                csrf = randomToken();
                ctx.cookie(cookie(CSRF_COOKIE, csrf, -1, SameSite.STRICT));
            }
            ctx.header(SESSION_HEADER, "none");
        }
        if (signedIn.isPresent() || api) {
            // a private answer: no browser or proxy keeps it, so Back after log-out shows nothing
            ctx.header("Cache-Control", "no-store");
        }
        Chrome.keep(
                ctx,
                new Chrome(csrf, signedIn.map(s -> s.runner().displayName()).orElse(null)));
        if (!UNSAFE.contains(ctx.method().name())) {
            return;
        }
        boolean multipart = RequestBodies.isMultipart(ctx);
        if (multipart && !RequestBodies.UPLOAD_PATHS.contains(ctx.path())) {
            ctx.header("Connection", "close");
            throw new PageRefused(
                    415,
                    "This form could not be sent",
                    "Files can be uploaded only on the training log's upload form; this address takes no file.");
        }
        if (api && signedIn.isEmpty()) {
            return;
        }
        if (multipart && signedIn.isEmpty()) {
            ctx.header("Connection", "close");
            throw new ForbiddenResponse("Log in first, then upload your files from the training log.");
        }
        String given = ctx.header("X-CSRF-Token");
        if (given == null && !api) {
            given = ctx.queryParam("_csrf");
        }
        if (given == null && !api && !multipart && knownCsrf) {
            given = ctx.formParam("_csrf");
        }
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8))) {
            // a page's form from an older page of this site: keep what was typed (StaleForm), never send it on by
            // itself
            if (given != null) {
                StaleForm.of(ctx).ifPresent(kept -> {
                    throw new StaleForm.Refused(kept);
                });
            }
            ctx.header("Connection", "close");
            throw new ForbiddenResponse("This form has expired or did not come from RunMend (CSRF check failed). "
                    + "Go back, reload the page and try again.");
        }
    }

    /** A tag that names a session for the service worker without revealing anything that opens it. */
    static String sessionTag(String sessionToken) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(("service-worker:" + sessionToken).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed-in runner, or 401 for the API and a redirect to log-in for pages. */
    public static SignedIn require(Context ctx) {
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

    public static Optional<SignedIn> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SIGNED_IN));
    }

    public void startSession(Context ctx, String token) {
        ctx.cookie(cookie(SESSION_COOKIE, token, (int) Accounts.SESSION_LIFETIME.toSeconds(), SameSite.LAX));
    }

    public void endSession(Context ctx) {
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

    /**
     * Only a path on this site, so a crafted link cannot send the runner elsewhere after logging in:
     * one leading {@code /}, then no second {@code /} or backslash right after it, and no control
     * character, space or backslash anywhere (browsers drop tabs and newlines from addresses, so
     * {@code /<TAB>/evil.example} would become {@code //evil.example}). Anything else goes to the log.
     */
    public static String safeNext(String next) {
        if (next == null || next.length() < 1 || next.length() > 2000 || next.charAt(0) != '/') {
            return "/log";
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return "/log";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20
                    || c == 0x7f
                    || c == '\\'
                    || Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SPACE_SEPARATOR) {
                return "/log";
            }
        }
        return next;
    }
}

package org.runmend.web;

import io.javalin.http.Context;
import java.util.Objects;

/**
 * What every page needs from the request it answers, besides its own data: the CSRF token its POST
 * forms carry as {@code _csrf}, and the signed-in runner's display name for the navigation. Made
 * once per request by {@link Security} and kept on the request, so templates read it from their
 * model and nothing reads request state from the thread.
 *
 * @param csrf       the token of this request's session, or of the anonymous double-submit cookie
 * @param runnerName the signed-in runner's display name, or null when no one is signed in
 */
public record Chrome(String csrf, String runnerName) {
    /** For a request refused before {@link Security} ran (too large, say): no token, no runner. */
    static final Chrome NONE = new Chrome("", null);

    private static final String ATTRIBUTE = "runmend.chrome";

    public Chrome {
        Objects.requireNonNull(csrf, "csrf");
    }

    public boolean signedIn() {
        return runnerName != null;
    }

    /** The request's chrome, as {@link Security} left it. */
    public static Chrome of(Context ctx) {
        Chrome c = ctx.attribute(ATTRIBUTE);
        return c == null ? NONE : c;
    }

    /** Keeps the chrome on the request; only {@link Security} calls this. */
    static void keep(Context ctx, Chrome chrome) {
        ctx.attribute(ATTRIBUTE, chrome);
    }
}

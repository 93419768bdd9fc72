package org.runmend.web;

import java.util.Optional;
import org.runmend.accounts.SignedIn;

/**
 * Who is signed in and the request's CSRF token, for templates (layout navigation, hidden form
 * fields). Set by {@link Security} before each request on the thread that handles it, cleared
 * after.
 */
public final class RequestState {
    private static final ThreadLocal<RequestState> CURRENT = new ThreadLocal<>();

    private final SignedIn signedIn;
    private final String csrf;

    private RequestState(SignedIn signedIn, String csrf) {
        this.signedIn = signedIn;
        this.csrf = csrf;
    }

    static void set(SignedIn signedIn, String csrf) {
        CURRENT.set(new RequestState(signedIn, csrf));
    }

    static void clear() {
        CURRENT.remove();
    }

    private static Optional<RequestState> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The CSRF token every POST form of this page must carry as {@code _csrf}. */
    public static String csrf() {
        return current().map(s -> s.csrf).orElse("");
    }

    public static Optional<SignedIn> signedIn() {
        return current().map(s -> s.signedIn);
    }

    /** The signed-in runner's display name, or null. */
    public static String runnerName() {
        return signedIn().map(s -> s.runner().displayName()).orElse(null);
    }
}

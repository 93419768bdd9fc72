package org.runmend.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form that failed the CSRF check because the page it came from is older than the runner's
 * session (logged out, or logged in again, in another tab). What was typed is not thrown away: the
 * answer shows it, asks the runner to log in again when they are out, and offers to send it on
 * with a fresh token. It is never sent on by itself: the runner sees it and presses the button, so
 * a form forged on another site cannot ride on the runner's next log-in.
 *
 * @param path   where the form was sent
 * @param fields the fields as typed, without the token and without any password
 */
public record StaleForm(String path, List<Field> fields) {
    /** One field as typed. */
    record Field(String name, String value) {}

    /** The prefix of the hidden fields that carry a kept form through the log-in form. */
    static final String KEEP = "resend.";

    static final String KEEP_PATH = "resend-path";
    /** Forms whose words are not worth keeping, or hold secrets: account pages send nothing on. */
    private static final Set<String> NOT_KEPT = Set.of("/login", "/signup", "/logout", "/forgot", "/reset");

    private static final int MAX_FIELDS = 50;

    /** Thrown in place of the plain refusal; {@link Errors} shows the kept form. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StaleForm form;

        Refused(StaleForm form) {
            super("This form came from a page older than your log-in, so it was not sent.");
            this.form = form;
        }

        StaleForm form() {
            return form;
        }
    }

    /**
     * The form of a refused request, when it is worth keeping: a page's form (not the API's), sent
     * from this site (the browser says so in {@code Sec-Fetch-Site}, or says nothing), to a path
     * that is not an account page.
     */
    static java.util.Optional<StaleForm> of(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        String type = ctx.contentType();
        if (ctx.path().startsWith("/api/")
                || NOT_KEPT.contains(ctx.path())
                || (site != null && !site.equals("same-origin"))
                || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StaleForm(ctx.path(), fields(ctx.formParamMap(), "")));
    }

    /** The kept form the log-in form carried as {@code resend.*} fields, if its path is a page of this site. */
    public static java.util.Optional<StaleForm> carried(Context ctx) {
        String path = ctx.formParam(KEEP_PATH);
        if (path == null || !Security.safeNext(path).equals(path) || NOT_KEPT.contains(path)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StaleForm(path, fields(ctx.formParamMap(), KEEP)));
    }

    private static List<Field> fields(Map<String, List<String>> form, String prefix) {
        List<Field> out = new ArrayList<>();
        form.forEach((name, values) -> {
            if (!name.startsWith(prefix)) {
                return;
            }
            String n = name.substring(prefix.length());
            if (n.isEmpty()
                    || n.equals("_csrf")
                    || n.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                return;
            }
            for (String v : values) {
                if (out.size() < MAX_FIELDS) {
                    out.add(new Field(n, v));
                }
            }
        });
        return List.copyOf(out);
    }

    /** The longest value typed (a diary note, say), to show the runner what is kept; empty when none. */
    String longestText() {
        return fields.stream()
                .map(Field::value)
                .filter(v -> v.length() > 0)
                .max(java.util.Comparator.comparingInt(String::length))
                .orElse("");
    }
}

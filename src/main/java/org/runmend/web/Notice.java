package org.runmend.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one-line notices a page shows after a form posted and redirected back: each key, as it
 * travels in the address ({@code ?notice=added}), and its sentence, in one place.
 */
public enum Notice {
    DELETED("deleted", "The activity was deleted."),
    ADDED("added", "The run was added to your log."),
    DUPLICATE("duplicate", "This run was already in your log (same start and distance), so nothing was added."),
    SAVED("saved", "Your details were saved."),
    RENAMED("renamed", "The name was saved."),
    PASSWORD("password", "Your new password is saved. You are signed in here and signed out everywhere else."),
    SHOE_ADDED("shoe-added", "The pair was added."),
    SHOE_DEFAULT("shoe-default", "New runs now get this pair unless you choose another."),
    SHOE_RETIRED("shoe-retired", "The pair was retired: it keeps its history but no longer raises reminders."),
    SHOE_ALERT("shoe-alert", "The reminder distance was saved.");

    private final String key;
    private final String text;

    Notice(String key, String text) {
        this.key = key;
        this.text = text;
    }

    /** The sentence the page shows. */
    public String text() {
        return text;
    }

    /** {@code path} with this notice in its query: where a form redirects to after it did its work. */
    public String after(String path) {
        return path + "?notice=" + key;
    }

    /** The notice of a key from an address; empty for one RunMend never sends (a typed or old link): no notice, no error. */
    public static Optional<Notice> ofKey(String key) {
        return Arrays.stream(values()).filter(n -> n.key.equals(key)).findFirst();
    }

    /** The notice the request's address carries ({@code ?notice=}); empty when there is none or RunMend never sends it. */
    public static Optional<Notice> in(Context ctx) {
        String key = ctx.queryParam("notice");
        return key == null ? Optional.empty() : ofKey(key);
    }
}

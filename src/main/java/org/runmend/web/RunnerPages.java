package org.runmend.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the training log's pages share: every route needs a signed-in runner, and a page shows a
 * one-line notice after a form posted and redirected back ({@code ?notice=added}).
 *
 * <p>Lookups are scoped to the runner by the stores, so another runner's id is simply not there:
 * the store throws {@link org.runmend.store.NotFoundException} and {@link WebApp} answers with the
 * site's one 404 page. The pages never map errors themselves.
 */
final class RunnerPages {
    /**
     * The one-line notices a page shows after a form posted and redirected back: each key, as it
     * travels in the address ({@code ?notice=added}), and its sentence, in one place.
     */
    enum Notice {
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
        String text() {
            return text;
        }

        /** {@code path} with this notice in its query: where a form redirects to after it did its work. */
        String after(String path) {
            return path + "?notice=" + key;
        }

        /** The notice of a key from an address; empty for one RunMend never sends (a typed or old link): no notice, no error. */
        static Optional<Notice> ofKey(String key) {
            return Arrays.stream(values()).filter(n -> n.key.equals(key)).findFirst();
        }
    }

    private RunnerPages() {
    }

    /** The handler, after signing the runner in (a page redirects to log-in first). */
    static Handler signedIn(Handler h) {
        return ctx -> {
            Security.require(ctx);
            h.handle(ctx);
        };
    }

    /** The signed-in runner's id. */
    static String runner(Context ctx) {
        return Security.require(ctx).runner().id();
    }

    /** The sentence for {@code ?notice=}, or null when there is none or it is unknown ({@link Notice#ofKey}). */
    static String notice(Context ctx) {
        String key = ctx.queryParam("notice");
        return key == null ? null : Notice.ofKey(key).map(Notice::text).orElse(null);
    }
}

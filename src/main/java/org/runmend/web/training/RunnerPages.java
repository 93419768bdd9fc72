package org.runmend.web.training;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.runmend.web.Errors;
import org.runmend.web.Notice;
import org.runmend.web.RunnerContext;
import org.runmend.web.Security;

/**
 * What the training log's pages share: every route needs a signed-in runner, and a page shows a
 * one-line notice after a form posted and redirected back ({@code ?notice=added}).
 *
 * <p>Lookups are scoped to the runner by the stores, so another runner's id is simply not there:
 * the store throws {@link org.runmend.store.NotFoundException} and {@link Errors} answers with the
 * site's one 404 page. The pages never map errors themselves.
 */
final class RunnerPages {
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
        return RunnerContext.of(ctx).id();
    }

    /** The sentence for {@code ?notice=}, or null when there is none or it is unknown ({@link Notice#in}). */
    static String notice(Context ctx) {
        return Notice.in(ctx).map(Notice::text).orElse(null);
    }
}

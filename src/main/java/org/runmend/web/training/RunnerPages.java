package org.runmend.web.training;

import io.javalin.http.Context;
import org.runmend.web.Errors;
import org.runmend.web.Notice;
import org.runmend.web.RunnerContext;

/**
 * What the training log's pages share: the signed-in runner's id (every route but one is marked
 * signed-in in the route table, {@code web.Routes}), and the one-line notice a page shows after a form
 * posted and redirected back ({@code ?notice=added}).
 *
 * <p>Lookups are scoped to the runner by the stores, so another runner's id is simply not there:
 * the store throws {@link org.runmend.store.NotFoundException} and {@link Errors} answers with the
 * site's one 404 page. The pages never map errors themselves.
 */
final class RunnerPages {
    private RunnerPages() {}

    /** The signed-in runner's id. */
    static String runner(Context ctx) {
        return RunnerContext.of(ctx).id();
    }

    /** The sentence for {@code ?notice=}, or null when there is none or it is unknown ({@link Notice#in}). */
    static String notice(Context ctx) {
        return Notice.in(ctx).map(Notice::text).orElse(null);
    }
}

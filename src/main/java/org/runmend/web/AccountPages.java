package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.runmend.accounts.AccountException;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;

/** Sign-up, log-in and log-out pages. */
public final class AccountPages {
    /**
     * What the log-in and sign-up forms show again after a problem.
     *
     * @param interview the signed token of a finished pain check to keep once the runner is in, or null
     */
    public record Form(String email, String name, String next, String error, String field, String interview) {
        public Form(String email, String name, String next, String error, String field) {
            this(email, name, next, error, field, null);
        }
    }

    /** Keeps a finished check for a runner who just came in; the path to return to, when there is one. */
    @FunctionalInterface
    interface CheckKeeper {
        java.util.Optional<String> keep(String runnerId, String interviewToken);
    }

    private final Accounts accounts;
    private final Security security;
    private final CheckKeeper keeper;
    private final Templates templates = new Templates();

    AccountPages(Accounts accounts, Security security, CheckKeeper keeper) {
        this.accounts = accounts;
        this.security = security;
        this.keeper = keeper;
    }

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> ctx.html(templates.render("accounts/login.jte",
                new Form("", "", safeNext(ctx.queryParam("next")), null, null))));
        routes.post("/login", this::logIn);
        routes.get("/signup", ctx -> ctx.html(templates.render("accounts/signup.jte", new Form("", "", "/log", null, null))));
        routes.post("/signup", this::signUp);
        routes.post("/logout", ctx -> {
            security.endSession(ctx);
            ctx.redirect("/");
        });
    }

    private void logIn(Context ctx) {
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        String interview = blankToNull(ctx.formParam("interview"));
        try {
            String session = accounts.logIn(email, ctx.formParam("password"), security.clientAddress(ctx));
            security.startSession(ctx, session);
            String runnerId = accounts.session(session).orElseThrow().runner().id();
            ctx.redirect(keeper.keep(runnerId, interview).orElse(next));
        } catch (AccountException e) {
            int status = e.kind() == AccountException.Kind.TOO_MANY_ATTEMPTS ? 429 : 401;
            ctx.status(status).html(templates.render("accounts/login.jte",
                    new Form(email, "", next, e.getMessage(), e.field(), interview)));
        }
    }

    private void signUp(Context ctx) {
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        String interview = blankToNull(ctx.formParam("interview"));
        try {
            Runner r = accounts.signUp(email, name, ctx.formParam("password"));
            security.startSession(ctx, accounts.openSession(r.id()));
            ctx.redirect(keeper.keep(r.id(), interview).orElse("/log"));
        } catch (AccountException e) {
            ctx.status(e.kind() == AccountException.Kind.EMAIL_TAKEN ? 409 : 400)
                    .html(templates.render("accounts/signup.jte", new Form(email, name, "/log", e.getMessage(), e.field(), interview)));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Only local paths, so a crafted link cannot send the runner elsewhere after logging in. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/log";
    }
}

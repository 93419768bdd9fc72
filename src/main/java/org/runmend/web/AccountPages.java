package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.runmend.accounts.AccountException;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;

/** Sign-up, log-in and log-out pages. */
public final class AccountPages {
    /** What the log-in and sign-up forms show again after a problem. */
    public record Form(String email, String name, String next, String error, String field) {
    }

    private final Accounts accounts;
    private final Security security;
    private final Templates templates = new Templates();

    AccountPages(Accounts accounts, Security security) {
        this.accounts = accounts;
        this.security = security;
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
        try {
            security.startSession(ctx, accounts.logIn(email, ctx.formParam("password"), security.clientAddress(ctx)));
            ctx.redirect(next);
        } catch (AccountException e) {
            int status = e.kind() == AccountException.Kind.TOO_MANY_ATTEMPTS ? 429 : 401;
            ctx.status(status).html(templates.render("accounts/login.jte", new Form(email, "", next, e.getMessage(), e.field())));
        }
    }

    private void signUp(Context ctx) {
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        try {
            Runner r = accounts.signUp(email, name, ctx.formParam("password"));
            security.startSession(ctx, accounts.openSession(r.id()));
            ctx.redirect("/log");
        } catch (AccountException e) {
            ctx.status(e.kind() == AccountException.Kind.EMAIL_TAKEN ? 409 : 400)
                    .html(templates.render("accounts/signup.jte", new Form(email, name, "/log", e.getMessage(), e.field())));
        }
    }

    /** Only local paths, so a crafted link cannot send the runner elsewhere after logging in. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/log";
    }
}

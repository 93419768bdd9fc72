package org.runmend.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import org.runmend.accounts.Runner;
import org.runmend.accounts.RunnerData;

/** The runner's own data: download all of it, or delete the account with everything in it. */
public final class AccountDataPages {
    /** The account page; {@code error} when the typed confirmation did not match. */
    public record Page(String email, String name, String typed, String error) {
    }

    private final RunnerData data;
    private final Security security;
    private final Templates templates = new Templates();

    AccountDataPages(RunnerData data, Security security) {
        this.data = data;
        this.security = security;
    }

    void register(RoutesConfig routes) {
        routes.get("/account", ctx -> {
            Runner r = Security.require(ctx).runner();
            ctx.html(templates.render("accounts/account.jte", new Page(r.email(), r.displayName(), "", null)));
        });
        routes.get("/account/export", ctx -> {
            Runner r = Security.require(ctx).runner();
            ctx.header("Content-Disposition", "attachment; filename=\"runmend-export.zip\"")
                    .header("Cache-Control", "no-store")
                    .contentType("application/zip").result(data.export(r.id()));
        });
        routes.post("/account/delete", this::delete);
        routes.get("/account/deleted", ctx -> ctx.html(templates.render("accounts/deleted.jte", Map.<String, Object>of())));
    }

    private void delete(Context ctx) {
        Runner r = Security.require(ctx).runner();
        String typed = ctx.formParam("confirm");
        typed = typed == null ? "" : typed.strip();
        if (!typed.toLowerCase(Locale.ROOT).equals(r.email().toLowerCase(Locale.ROOT))) {
            ctx.status(400).html(templates.render("accounts/account.jte", new Page(r.email(), r.displayName(), typed,
                    "To delete the account, type its e-mail address, " + r.email() + ", exactly.")));
            return;
        }
        data.delete(r.id());
        security.endSession(ctx);
        ctx.redirect("/account/deleted");
    }
}

package org.runmend.web.accounts;

import io.javalin.http.Context;
import java.util.Locale;
import org.runmend.accounts.AccountException;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Runner;
import org.runmend.accounts.RunnerData;
import org.runmend.web.Chrome;
import org.runmend.web.Errors;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;

/**
 * The runner's own account and data: change the password or e-mail address, download all of it,
 * or delete the account with everything in it.
 */
public final class AccountDataPages {
    /**
     * The account page.
     *
     * @param typed         the e-mail address typed to confirm a deletion
     * @param error         when the typed confirmation of a deletion did not match
     * @param notice        what was just changed, e.g. "Your password is changed."
     * @param passwordError why the password was not changed, or null
     * @param emailError    why the e-mail address was not changed, or null
     * @param newEmail      the e-mail address typed into the change form
     */
    public record Page(
            Chrome chrome,
            String email,
            String name,
            String typed,
            String error,
            String notice,
            String passwordError,
            String emailError,
            String newEmail)
            implements View {
        @Override
        public String template() {
            return "accounts/account.jte";
        }
    }

    /** The page after the account is deleted. */
    public record Deleted(Chrome chrome) implements View {
        @Override
        public String template() {
            return "accounts/deleted.jte";
        }
    }

    private final RunnerData data;
    private final Security security;
    private final Accounts accounts;
    private final Templates templates;

    public AccountDataPages(Templates templates, RunnerData data, Security security, Accounts accounts) {
        this.templates = templates;
        this.data = data;
        this.security = security;
        this.accounts = accounts;
    }

    /** The account page; after a change ({@code ?changed=password} or {@code email}) it says what changed. */
    public void account(Context ctx) {
        Runner r = Security.require(ctx).runner();
        String changed = ctx.queryParam("changed");
        String notice = "password".equals(changed)
                ? "Your password is changed. Other devices are signed out."
                : "email".equals(changed)
                        ? "Your e-mail address is changed; log in with " + r.email() + " from now on."
                        : null;
        ctx.html(templates.render(
                new Page(Chrome.of(ctx), r.email(), r.displayName(), "", null, notice, null, null, "")));
    }

    /** Everything the runner has, as a ZIP to download, never kept by a cache. */
    public void export(Context ctx) {
        Runner r = Security.require(ctx).runner();
        ctx.header("Content-Disposition", "attachment; filename=\"runmend-export.zip\"")
                .header("Cache-Control", "no-store")
                .contentType("application/zip")
                .result(data.export(r.id()));
    }

    /** The page after an account is deleted, for the visitor it has become. */
    public void deleted(Context ctx) {
        ctx.html(templates.render(new Deleted(Chrome.of(ctx))));
    }

    /** A new password, given the current one; other devices are signed out. */
    public void changePassword(Context ctx) {
        Runner r = Security.require(ctx).runner();
        try {
            accounts.changePassword(
                    r.id(),
                    ctx.formParam("current"),
                    ctx.formParam("new"),
                    ctx.cookie(Security.SESSION_COOKIE),
                    security.clientAddress(ctx));
            ctx.redirect("/account?changed=password#password-title");
        } catch (AccountException e) {
            Errors.accountRefused(ctx, e, e.kind() == AccountException.Kind.BAD_CREDENTIALS ? 403 : 400);
            ctx.html(templates.render(new Page(
                    Chrome.of(ctx),
                    r.email(),
                    r.displayName(),
                    "",
                    null,
                    null,
                    Errors.capitalise(e.getMessage()) + ".",
                    null,
                    "")));
        }
    }

    /** A new e-mail address to log in with, given the password. */
    public void changeEmail(Context ctx) {
        Runner r = Security.require(ctx).runner();
        String typed = ctx.formParam("email");
        try {
            accounts.changeEmail(r.id(), ctx.formParam("password"), typed, security.clientAddress(ctx));
            ctx.redirect("/account?changed=email#email-title");
        } catch (AccountException e) {
            Errors.accountRefused(ctx, e, e.kind() == AccountException.Kind.BAD_CREDENTIALS ? 403 : 400);
            ctx.html(templates.render(new Page(
                    Chrome.of(ctx),
                    r.email(),
                    r.displayName(),
                    "",
                    null,
                    null,
                    null,
                    Errors.capitalise(e.getMessage()) + ".",
                    typed == null ? "" : typed)));
        }
    }

    /** The account and everything in it deleted, once the runner has typed its e-mail address and password. */
    public void delete(Context ctx) {
        Runner r = Security.require(ctx).runner();
        String typed = ctx.formParam("confirm");
        typed = typed == null ? "" : typed.strip();
        if (!typed.toLowerCase(Locale.ROOT).equals(r.email().toLowerCase(Locale.ROOT))) {
            ctx.status(400)
                    .html(templates.render(new Page(
                            Chrome.of(ctx),
                            r.email(),
                            r.displayName(),
                            typed,
                            "To delete the account, type its e-mail address, " + r.email() + ", exactly.",
                            null,
                            null,
                            null,
                            "")));
            return;
        }
        try {
            accounts.confirmPassword(r.id(), ctx.formParam("password"), security.clientAddress(ctx));
        } catch (AccountException e) {
            Errors.accountRefused(ctx, e, e.kind() == AccountException.Kind.BAD_CREDENTIALS ? 403 : 400);
            String why = e.kind() == AccountException.Kind.BAD_CREDENTIALS
                    ? "The password is wrong. To delete the account, type your e-mail address and your password."
                    : Errors.capitalise(e.getMessage()) + ".";
            ctx.html(templates.render(
                    new Page(Chrome.of(ctx), r.email(), r.displayName(), typed, why, null, null, null, "")));
            return;
        }
        data.delete(r.id());
        security.endSession(ctx);
        ctx.redirect("/account/deleted");
    }
}

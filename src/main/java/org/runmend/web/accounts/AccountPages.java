package org.runmend.web.accounts;

import io.javalin.http.Context;
import org.runmend.accounts.AccountException;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.EmergencyLines;
import org.runmend.accounts.Runner;
import org.runmend.accounts.RunnerSettings;
import org.runmend.accounts.SignedIn;
import org.runmend.web.Chrome;
import org.runmend.web.Errors;
import org.runmend.web.Security;
import org.runmend.web.StaleForm;
import org.runmend.web.StalePage;
import org.runmend.web.Templates;
import org.runmend.web.View;

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

    /** The log-in page, with its form. */
    public record LogIn(Chrome chrome, Form form) implements View {
        @Override
        public String template() {
            return "accounts/login.jte";
        }
    }

    /** The sign-up page, with its form. */
    public record SignUp(Chrome chrome, Form form) implements View {
        @Override
        public String template() {
            return "accounts/signup.jte";
        }
    }

    /** Keeps a finished check for a runner who just came in; the path to return to, when there is one. */
    @FunctionalInterface
    public interface CheckKeeper {
        java.util.Optional<String> keep(String runnerId, String interviewToken);
    }

    private final Accounts accounts;
    private final Security security;
    private final CheckKeeper keeper;
    private final RunnerSettings settings;
    private final Templates templates;

    public AccountPages(
            Templates templates, Accounts accounts, Security security, CheckKeeper keeper, RunnerSettings settings) {
        this.templates = templates;
        this.accounts = accounts;
        this.security = security;
        this.keeper = keeper;
        this.settings = settings;
    }

    /** The log-in form; {@code ?next=} (a path on this site only) is where a successful log-in goes. */
    public void logInForm(Context ctx) {
        Form blank = new Form("", "", Security.safeNext(ctx.queryParam("next")), null, null);
        ctx.html(templates.render(new LogIn(Chrome.of(ctx), blank)));
    }

    /** The sign-up form. */
    public void signUpForm(Context ctx) {
        ctx.html(templates.render(new SignUp(Chrome.of(ctx), new Form("", "", "/log", null, null))));
    }

    /** Ends the session, on this device only, and goes home. */
    public void logOut(Context ctx) {
        security.endSession(ctx);
        ctx.redirect("/");
    }

    /** Logs in and goes to {@code next}, or back to the check the runner kept, or shows a stale tab's form again. */
    public void logIn(Context ctx) {
        String email = ctx.formParam("email");
        String next = Security.safeNext(ctx.formParam("next"));
        String interview = blankToNull(ctx.formParam("interview"));
        try {
            String session = accounts.logIn(email, ctx.formParam("password"), security.clientAddress(ctx));
            security.startSession(ctx, session);
            SignedIn in = accounts.session(session).orElseThrow();
            String runnerId = in.runner().id();
            java.util.Optional<StaleForm> kept = StaleForm.carried(ctx);
            if (kept.isPresent()) {
                // what a logged-out tab had typed: shown with this session's token, sent when the runner says so
                ctx.html(templates.render(
                        new StalePage(new Chrome(in.csrfToken(), in.runner().displayName()), kept.get(), "", null)));
                return;
            }
            ctx.redirect(keeper.keep(runnerId, interview).orElse(next));
        } catch (AccountException e) {
            Errors.accountRefused(ctx, e, 401);
            java.util.Optional<StaleForm> kept = StaleForm.carried(ctx);
            if (kept.isPresent()) {
                ctx.html(templates.render(
                        new StalePage(Chrome.of(ctx), kept.get(), email == null ? "" : email, e.getMessage())));
                return;
            }
            ctx.html(templates.render(
                    new LogIn(Chrome.of(ctx), new Form(email, "", next, e.getMessage(), e.field(), interview))));
        }
    }

    /** A new account with the browser's zone and country's emergency numbers, signed in; a kept check is saved to it. */
    public void signUp(Context ctx) {
        String email = ctx.formParam("email");
        String name = ctx.formParam("name");
        String interview = blankToNull(ctx.formParam("interview"));
        try {
            Runner r = accounts.signUp(email, name, ctx.formParam("password"), security.clientAddress(ctx));
            // the browser's zone, sent by runmend.js; without it (no script, unknown id) the runner starts on UTC
            RunnerSettings.parseZone(ctx.formParam("zone")).ifPresent(z -> settings.setZone(r.id(), z));
            // the emergency numbers of the country the browser's language names; changed on /settings
            EmergencyLines.regionOf(ctx.header("Accept-Language"))
                    .filter(EmergencyLines::known)
                    .ifPresent(region -> settings.setEmergencyRegion(r.id(), region));
            security.startSession(ctx, accounts.openSession(r.id()));
            ctx.redirect(keeper.keep(r.id(), interview).orElse("/log"));
        } catch (AccountException e) {
            Errors.accountRefused(ctx, e, 400);
            ctx.html(templates.render(
                    new SignUp(Chrome.of(ctx), new Form(email, name, "/log", e.getMessage(), e.field(), interview))));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

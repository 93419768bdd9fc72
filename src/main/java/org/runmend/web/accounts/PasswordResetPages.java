package org.runmend.web.accounts;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.runmend.accounts.AccountException;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Mailer;
import org.runmend.accounts.PasswordResets;
import org.runmend.accounts.Runner;
import org.runmend.web.Chrome;
import org.runmend.web.Errors;
import org.runmend.web.Notice;
import org.runmend.web.Security;
import org.runmend.web.Templates;
import org.runmend.web.View;

/**
 * A way back in for a runner who forgot their password: {@code /forgot} asks for the e-mail
 * address and mails a reset link, {@code /reset?token=...} sets a new password.
 *
 * <p>The answer to {@code /forgot} is the same page whether or not the address has an account, and
 * comes back before any e-mail is sent (the mail goes out on a thread of its own), so neither the
 * words nor the time taken tell a stranger who has an account. Without mail settings the page says
 * that whoever runs this RunMend can reset a password with {@code runmend user reset-password}. The
 * link needs {@code RUNMEND_PUBLIC_URL}: it is never built from the request's {@code Host} header,
 * which anyone can set.
 */
public final class PasswordResetPages {
    /**
     * The page that asks for the address.
     *
     * @param mail whether this RunMend can send e-mail
     * @param sent whether an address was just sent (the page then says what happens next)
     */
    public record Forgot(Chrome chrome, boolean mail, boolean sent, String email, String error) implements View {
        @Override
        public String template() {
            return "accounts/forgot.jte";
        }
    }

    /**
     * The page that sets a new password.
     *
     * @param token the link's token, or null when the link no longer works
     * @param error why the password was refused, or null
     */
    public record Reset(Chrome chrome, String token, String error) implements View {
        @Override
        public String template() {
            return "accounts/reset.jte";
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PasswordResetPages.class);
    private final Templates templates;
    private final Accounts accounts;
    private final PasswordResets resets;
    private final Security security;
    private final Optional<Mailer> mailer;
    private final URI publicUrl;
    private final ExecutorService sending;

    /**
     * @param mailer    the SMTP mailer, or empty when this instance sends no e-mail
     * @param publicUrl where runners reach RunMend, for the link; reset by e-mail is off without it
     * @param sending   where e-mails are sent from, off the request's thread
     */
    public PasswordResetPages(
            Templates templates,
            Accounts accounts,
            PasswordResets resets,
            Security security,
            Optional<Mailer> mailer,
            URI publicUrl,
            ExecutorService sending) {
        this.templates = templates;
        this.accounts = accounts;
        this.resets = resets;
        this.security = security;
        this.mailer = publicUrl == null ? Optional.empty() : mailer;
        this.publicUrl = publicUrl;
        this.sending = sending;
        if (mailer.isPresent() && publicUrl == null) {
            LOG.warn("RUNMEND_SMTP_HOST is set but RUNMEND_PUBLIC_URL is not: password-reset e-mails are off, "
                    + "because their link needs the address runners reach RunMend at");
        }
    }

    /** The form that asks for a reset link, or says how to reset without e-mail when this RunMend sends none. */
    public void forgotForm(Context ctx) {
        ctx.html(templates.render(new Forgot(Chrome.of(ctx), mailer.isPresent(), false, "", null)));
    }

    /** A reset link sent, off this thread, to the address if it has an account; the answer is the same either way. */
    public void ask(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
        if (mailer.isEmpty()) {
            ctx.html(templates.render(new Forgot(Chrome.of(ctx), false, false, "", null)));
            return;
        }
        if (email.isEmpty() || email.length() > 254 || !email.contains("@")) {
            ctx.status(400)
                    .html(templates.render(new Forgot(
                            Chrome.of(ctx),
                            true,
                            false,
                            email.length() > 254 ? "" : email,
                            "Enter the e-mail address you log in with, like name@example.org.")));
            return;
        }
        Mailer m = mailer.get();
        // the look-up, the token and the e-mail all happen off this thread: the answer takes as long either way
        sending.execute(() -> {
            try {
                resets.issue(email)
                        .ifPresent(issued -> m.send(
                                issued.runner().email(),
                                "Choose a new RunMend password",
                                mailText(issued.runner(), publicUrl.resolve("reset?token=" + issued.token()))));
            } catch (RuntimeException e) {
                LOG.error("A password-reset e-mail could not be sent: {}", e.getMessage());
            }
        });
        ctx.html(templates.render(new Forgot(Chrome.of(ctx), true, true, email, null)));
    }

    /** The e-mail's words. */
    static String mailText(Runner runner, URI link) {
        return "Hello " + runner.displayName() + ",\n\n"
                + "someone (we hope you) asked to choose a new password for your RunMend account.\n"
                + "Open this link within " + PasswordResets.LIFETIME.toMinutes()
                + " minutes to choose one; it works once:\n\n"
                + link + "\n\n"
                + "If you did not ask for this, ignore this e-mail: your password stays as it is.\n";
    }

    /** The new-password form for a live link ({@code ?token=}); 410 for a used or expired one. */
    public void resetForm(Context ctx) {
        String token = ctx.queryParam("token");
        boolean live = resets.check(token).isPresent();
        ctx.status(live ? 200 : 410).html(templates.render(new Reset(Chrome.of(ctx), live ? token : null, null)));
    }

    /** The new password saved from a live link, and the runner signed in. */
    public void reset(Context ctx) {
        String token = ctx.formParam("token");
        try {
            Runner r = resets.reset(token, ctx.formParam("password"));
            security.startSession(ctx, accounts.openSession(r.id()));
            ctx.redirect(Notice.PASSWORD.after("/log"));
        } catch (AccountException e) {
            if (e.kind() == AccountException.Kind.EXPIRED_LINK) {
                ctx.status(410).html(templates.render(new Reset(Chrome.of(ctx), null, null)));
            } else {
                ctx.status(400)
                        .html(templates.render(new Reset(Chrome.of(ctx), token, Errors.capitalise(e.getMessage()))));
            }
        }
    }
}

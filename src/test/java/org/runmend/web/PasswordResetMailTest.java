package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.runmend.AppConfig;
import org.runmend.accounts.Accounts;
import org.runmend.accounts.Mailer;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.TestClock;

/**
 * The password-reset e-mail, sent through a real SMTP server (GreenMail on a free port): the link
 * it carries sets a new password once, and the form answers alike for an address with and without
 * an account.
 */
class PasswordResetMailTest {
    private static final String PUBLIC = "https://runmend.example.org/";

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static Path dir;
    private static Database db;
    private static WebApp app;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("runmend-reset-");
        db = Databases.sqlite(dir);
        Mailer.Settings mail = Mailer.Settings.fromEnvironment(Map.of(
                        "RUNMEND_SMTP_HOST",
                        "127.0.0.1",
                        "RUNMEND_SMTP_PORT",
                        String.valueOf(SMTP.getSmtp().getPort()),
                        "RUNMEND_SMTP_SECURITY",
                        "none",
                        "RUNMEND_SMTP_FROM",
                        "runmend@example.org"))
                .orElseThrow();
        app = new WebApp(
                        KnowledgeBase.bundled(),
                        AppConfig.ephemeral(dir),
                        db,
                        WebSettings.defaults(dir).withPublicUrl(PUBLIC),
                        Optional.of(new Mailer(mail)),
                        TestClock.FIXED)
                .start("127.0.0.1", 0);
        new Accounts(db, TestClock.FIXED).signUp("ada@example.org", "Ada", "velvet kettle migrates north");
    }

    @AfterAll
    static void stop() {
        app.stop();
        db.close();
    }

    @Test
    void the_mailed_link_sets_a_new_password_once() throws Exception {
        WebClient c = new WebClient(app.port());
        HttpResponse<String> asked = c.post("/forgot", "email", "ada@example.org");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Check your e-mail");
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).as("an e-mail arrived").isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
        assertThat(mail.getSubject()).isEqualTo("Choose a new RunMend password");
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC) + "reset\\?token=([A-Za-z0-9_-]{43})")
                .matcher(body);
        assertThat(link.find()).as("a link on the public address in: " + body).isTrue();
        String token = link.group(1);

        HttpResponse<String> form = c.get("/reset?token=" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Choose a new password");

        HttpResponse<String> weak = c.post("/reset", "token", token, "password", "password123");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("too easy to guess");

        HttpResponse<String> done = c.post("/reset", "token", token, "password", "copper lantern drifts east");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location")).hasValue("/log?notice=password");
        assertThat(c.get("/log?notice=password").body()).contains("Your new password is saved");

        assertThat(c.get("/reset?token=" + token).statusCode())
                .as("the same link again")
                .isEqualTo(410);
        WebClient other = new WebClient(app.port());
        assertThat(other.post("/login", "email", "ada@example.org", "password", "copper lantern drifts east")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void the_form_does_not_tell_whether_an_address_has_an_account() throws Exception {
        int before = SMTP.getReceivedMessages().length;
        HttpResponse<String> none = new WebClient(app.port()).post("/forgot", "email", "nobody@example.org");
        HttpResponse<String> some = new WebClient(app.port()).post("/forgot", "email", "ada@example.org");
        assertThat(none.statusCode()).isEqualTo(some.statusCode()).isEqualTo(200);
        assertThat(withoutTokens(none.body()).replace("nobody@example.org", "X"))
                .isEqualTo(withoutTokens(some.body()).replace("ada@example.org", "X"));
        assertThat(SMTP.waitForIncomingEmail(10_000, before + 1)).isTrue();
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessages())
                .as("only the address with an account got mail")
                .hasSize(before + 1);
    }

    @Test
    void a_made_up_or_missing_token_gets_the_expired_page() throws Exception {
        WebClient c = new WebClient(app.port());
        assertThat(c.get("/reset?token=AAAA").statusCode()).isEqualTo(410);
        assertThat(c.get("/reset").body()).contains("This link no longer works");
        assertThat(c.post("/reset", "token", "AAAA", "password", "copper lantern drifts east")
                        .statusCode())
                .isEqualTo(410);
    }

    @Test
    void without_mail_the_page_names_the_command_for_whoever_runs_runmend() throws Exception {
        Path other = Files.createTempDirectory("runmend-nomail-");
        try (Database plain = Databases.sqlite(other)) {
            WebApp noMail = new WebApp(
                            KnowledgeBase.bundled(),
                            AppConfig.ephemeral(other),
                            plain,
                            WebSettings.defaults(other),
                            TestClock.FIXED)
                    .start("127.0.0.1", 0);
            try {
                String page = new WebClient(noMail.port()).get("/forgot").body();
                assertThat(page).contains("does not send e-mail").contains("bin/runmend user reset-password");
                assertThat(new WebClient(noMail.port()).get("/login").body()).contains("href=\"/forgot\"");
            } finally {
                noMail.stop();
            }
        }
    }

    /** The page without its per-visitor CSRF token. */
    private static String withoutTokens(String page) {
        return page.replaceAll("value=\"[A-Za-z0-9_-]{20,}\"", "value=\"\"");
    }
}

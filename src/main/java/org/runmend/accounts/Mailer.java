package org.runmend.accounts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends plain-text e-mail over SMTP (Jakarta Mail), for password-reset links. Configured from the
 * environment; without {@code RUNMEND_SMTP_HOST} there is no mailer and the pages say that a reset
 * goes through whoever runs the server ({@code runmend user reset-password}).
 */
public final class Mailer {
    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        TLS,
        /** No encryption: only for a server on the same host or a test server. */
        NONE
    }

    /**
     * Where and how to send.
     *
     * @param user     the SMTP log-in, or null for a server that needs none
     * @param password its password, or null
     * @param from     the sender address
     */
    public record Settings(String host, int port, String user, String password, String from, Security security) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(security, "security");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("RUNMEND_SMTP_PORT must be between 1 and 65535, it is " + port);
            }
        }

        @Override
        public String toString() {
            return "smtp " + host + ":" + port + " (" + security.name().toLowerCase(Locale.ROOT) + ")"
                    + (user == null ? "" : " as " + user) + ", from " + from;
        }

        /**
         * From {@code RUNMEND_SMTP_HOST}, {@code _PORT} (default 587, or 465 with TLS), {@code _USER},
         * {@code _PASSWORD}, {@code _FROM} (required with a host) and {@code _SECURITY}
         * ({@code starttls}, the default; {@code tls}; {@code none}); empty without a host.
         *
         * @throws IllegalArgumentException naming the variable that is wrong
         */
        public static Optional<Settings> fromEnvironment(Map<String, String> env) {
            String host = blankToNull(env.get("RUNMEND_SMTP_HOST"));
            if (host == null) {
                return Optional.empty();
            }
            String securityText = blankToNull(env.get("RUNMEND_SMTP_SECURITY"));
            Security security;
            try {
                security = securityText == null
                        ? Security.STARTTLS
                        : Security.valueOf(securityText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "RUNMEND_SMTP_SECURITY must be starttls, tls or none; it is '" + securityText + "'");
            }
            String portText = blankToNull(env.get("RUNMEND_SMTP_PORT"));
            int port;
            try {
                port = portText == null ? (security == Security.TLS ? 465 : 587) : Integer.parseInt(portText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "RUNMEND_SMTP_PORT must be a port number, like 587; it is '" + portText + "'");
            }
            String from = blankToNull(env.get("RUNMEND_SMTP_FROM"));
            if (from == null) {
                throw new IllegalArgumentException(
                        "RUNMEND_SMTP_HOST is set, so RunMend sends e-mail: set RUNMEND_SMTP_FROM "
                                + "to the sender address too, like runmend@example.org");
            }
            try {
                new InternetAddress(from, true);
            } catch (AddressException e) {
                throw new IllegalArgumentException("RUNMEND_SMTP_FROM '" + from + "' is not an e-mail address");
            }
            return Optional.of(new Settings(
                    host.trim(),
                    port,
                    blankToNull(env.get("RUNMEND_SMTP_USER")),
                    env.get("RUNMEND_SMTP_PASSWORD"),
                    from.trim(),
                    security));
        }
    }

    /** Sending failed: the server refused, could not be reached, or the address was bad. */
    public static final class MailException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Settings settings;
    private final Session session;

    public Mailer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Properties p = new Properties();
        String proto = settings.security() == Security.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", settings.host());
        p.put("mail." + proto + ".port", String.valueOf(settings.port()));
        p.put("mail." + proto + ".connectiontimeout", "10000");
        p.put("mail." + proto + ".timeout", "10000");
        p.put("mail." + proto + ".writetimeout", "10000");
        p.put("mail." + proto + ".auth", String.valueOf(settings.user() != null));
        if (settings.security() == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != Security.NONE) {
            p.put("mail." + proto + ".ssl.checkserveridentity", "true");
        }
        Authenticator auth = settings.user() == null
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                settings.user(), settings.password() == null ? "" : settings.password());
                    }
                };
        this.session = Session.getInstance(p, auth);
    }

    public Settings settings() {
        return settings;
    }

    /** Sends one plain-text message in UTF-8. */
    public void send(String to, String subject, String text) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(settings.from(), true));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            m.setSubject(subject, StandardCharsets.UTF_8.name());
            m.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(m);
        } catch (MessagingException e) {
            throw new MailException(
                    "could not send e-mail through " + settings.host() + ":" + settings.port() + ": " + e.getMessage(),
                    e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package org.runmend.interview;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Carries an {@link InterviewState} to the browser and back as {@code payload.signature}
 * (base64url JSON, HMAC-SHA256). Any app instance holding the same secret can continue the
 * interview, so several instances need no shared session store; a changed or expired token
 * is refused.
 */
public final class InterviewToken {
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();

    private record Envelope(long issuedAt, InterviewState state) {
    }

    /** The token is malformed, tampered with or expired. */
    public static final class InvalidTokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTokenException(String message) {
            super(message);
        }
    }

    private final byte[] secret;
    private final Clock clock;

    public InterviewToken(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the interview secret needs at least 32 bytes, got " + secret.length);
        }
        this.secret = secret.clone();
        this.clock = clock;
    }

    public String sign(InterviewState state) {
        try {
            byte[] payload = JSON.writeValueAsBytes(new Envelope(clock.millis(), state));
            String body = ENC.encodeToString(payload);
            return body + "." + ENC.encodeToString(mac(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public InterviewState verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("interview handle is missing");
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw new InvalidTokenException("interview handle is malformed");
        }
        String body = token.substring(0, dot);
        byte[] given;
        try {
            given = DEC.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("interview handle is malformed");
        }
        if (!MessageDigest.isEqual(mac(body), given)) {
            throw new InvalidTokenException("interview handle is invalid: it was changed or signed by another server secret");
        }
        Envelope env;
        try {
            env = JSON.readValue(DEC.decode(body), Envelope.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTokenException("interview handle is malformed");
        }
        if (Instant.ofEpochMilli(env.issuedAt()).plus(LIFETIME).isBefore(clock.instant())) {
            throw new InvalidTokenException("interview has expired (older than 24 hours): please start again");
        }
        return env.state();
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

package org.runmend.interview;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Carries an {@link InterviewState} to the browser and back as {@code nonce.ciphertext}
 * (base64url), encrypted and authenticated with AES-256-GCM under a key derived from the server
 * secret (HMAC-SHA256 of the secret and a fixed label, so the key serves this purpose only). The
 * browser, a proxy or a shared computer's history sees neither the age nor the answers; any app
 * instance holding the same secret can continue the interview, so several instances need no shared
 * session store; a changed, foreign or expired handle is refused.
 */
public final class InterviewToken {
    static final Duration LIFETIME = Duration.ofHours(24);
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();

    private record Envelope(long issuedAt, InterviewState state) {}

    /** The token is malformed, tampered with or expired. */
    public static final class InvalidTokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTokenException(String message) {
            super(message);
        }
    }

    /** Binds every handle to this use, so a ciphertext made for something else never decrypts here. */
    private static final byte[] AAD = "runmend interview handle v2".getBytes(StandardCharsets.US_ASCII);

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final int NONCE_BYTES = 12;
    private final SecretKeySpec key;
    private final Clock clock;

    public InterviewToken(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the interview secret needs at least 32 bytes, got " + secret.length);
        }
        this.key = new SecretKeySpec(derive(secret, "runmend interview handle encryption key"), "AES");
        this.clock = clock;
    }

    private static byte[] derive(byte[] secret, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private javax.crypto.Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new javax.crypto.spec.GCMParameterSpec(128, nonce));
        c.updateAAD(AAD);
        return c;
    }

    public String sign(InterviewState state) {
        try {
            byte[] payload = JSON.writeValueAsBytes(new Envelope(clock.millis(), state));
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] sealed = cipher(javax.crypto.Cipher.ENCRYPT_MODE, nonce).doFinal(payload);
            return ENC.encodeToString(nonce) + "." + ENC.encodeToString(sealed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public InterviewState verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("interview handle is missing");
        }
        int dot = token.indexOf('.');
        if (dot < 1 || token.length() > 64 * 1024) {
            throw new InvalidTokenException("interview handle is malformed");
        }
        byte[] nonce;
        byte[] sealed;
        try {
            nonce = DEC.decode(token.substring(0, dot));
            sealed = DEC.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("interview handle is malformed");
        }
        if (nonce.length != NONCE_BYTES || sealed.length < 16) {
            throw new InvalidTokenException("interview handle is malformed");
        }
        byte[] payload;
        try {
            payload = cipher(javax.crypto.Cipher.DECRYPT_MODE, nonce).doFinal(sealed);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new InvalidTokenException(
                    "interview handle is invalid: it was changed or signed by another server secret");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        Envelope env;
        try {
            env = JSON.readValue(payload, Envelope.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidTokenException("interview handle is malformed");
        }
        if (Instant.ofEpochMilli(env.issuedAt()).plus(LIFETIME).isBefore(clock.instant())) {
            throw new InvalidTokenException("interview has expired (older than 24 hours): please start again");
        }
        return env.state();
    }
}

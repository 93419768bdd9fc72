package org.runmend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where RunMend keeps its files and the secret that signs interview handles.
 *
 * <p>{@code RUNMEND_DATA} (default {@code ./data}) holds the data; {@code RUNMEND_SECRET}, when
 * set, is the signing secret (give every instance behind one address the same value); otherwise
 * a random secret is created once in {@code DATA/secret.key}, readable only by its owner.
 */
public record AppConfig(Path dataDir, byte[] secret) {

    public static AppConfig fromEnvironment(Map<String, String> env) {
        Path data = Path.of(env.getOrDefault("RUNMEND_DATA", "data")).toAbsolutePath();
        String given = env.get("RUNMEND_SECRET");
        if (given != null && !given.isBlank()) {
            byte[] secret = given.getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalArgumentException("RUNMEND_SECRET must be at least 32 characters long, it has " + secret.length);
            }
            return new AppConfig(data, secret);
        }
        return new AppConfig(data, fileSecret(data.resolve("secret.key")));
    }

    /** For tests: a fresh random secret and the given folder. */
    public static AppConfig ephemeral(Path dataDir) {
        byte[] s = new byte[32];
        new SecureRandom().nextBytes(s);
        return new AppConfig(dataDir, s);
    }

    private static byte[] fileSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] s = new byte[32];
                new SecureRandom().nextBytes(s);
                Files.writeString(file, HexFormat.of().formatHex(s));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the folder's own protection applies
                }
            }
            String hex = Files.readString(file).trim();
            try {
                return HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": not a hex secret; delete it to have a new one made");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secret file " + file, e);
        }
    }
}

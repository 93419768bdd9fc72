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
import org.runmend.store.Database;

/**
 * Where RunMend keeps its files and the secret that signs interview handles.
 *
 * <p>{@code RUNMEND_DATA} (default {@code ./data}) holds the data; {@code RUNMEND_SECRET}, when
 * set, is the signing secret (give every instance behind one address the same value); otherwise
 * a random secret is created once in {@code DATA/secret.key}, readable only by its owner.
 * {@code RUNMEND_DB_URL} (a {@code jdbc:postgresql:} URL), {@code RUNMEND_DB_USER} and
 * {@code RUNMEND_DB_PASSWORD} switch storage from the SQLite file {@code DATA/runmend.db} to
 * PostgreSQL. How the web app faces the network (cookies, proxies, public address, uploads) is
 * in {@link org.runmend.web.WebSettings}.
 */
public record AppConfig(Path dataDir, byte[] secret, String dbUrl, String dbUser, String dbPassword) {

    /** The database: PostgreSQL when {@code RUNMEND_DB_URL} is set, else {@code DATA/runmend.db}. */
    public Database openDatabase() {
        return dbUrl == null
                ? Database.sqlite(dataDir.resolve("runmend.db"))
                : Database.postgres(dbUrl, dbUser, dbPassword);
    }

    public static AppConfig fromEnvironment(Map<String, String> env) {
        Path data = Path.of(env.getOrDefault("RUNMEND_DATA", "data")).toAbsolutePath();
        String dbUrl = blankToNull(env.get("RUNMEND_DB_URL"));
        String dbUser = blankToNull(env.get("RUNMEND_DB_USER"));
        String dbPassword = env.get("RUNMEND_DB_PASSWORD");
        String given = env.get("RUNMEND_SECRET");
        if (given != null && !given.isBlank()) {
            byte[] secret = given.getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalArgumentException(
                        "RUNMEND_SECRET must be at least 32 characters long, it has " + secret.length);
            }
            return new AppConfig(data, secret, dbUrl, dbUser, dbPassword);
        }
        return new AppConfig(data, fileSecret(data.resolve("secret.key")), dbUrl, dbUser, dbPassword);
    }

    /** For tests: a fresh random secret and the given folder. */
    public static AppConfig ephemeral(Path dataDir) {
        byte[] s = new byte[32];
        new SecureRandom().nextBytes(s);
        return new AppConfig(dataDir, s, null, null, null);
    }

    /** The same settings on another database (tests, and a second instance). */
    public AppConfig withDatabase(String url, String user, String password) {
        return new AppConfig(dataDir, secret, url, user, password);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
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

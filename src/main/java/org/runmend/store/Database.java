package org.runmend.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The app's database: an embedded SQLite file by default, PostgreSQL when a JDBC URL is given
 * (several app instances serving many runners). One schema for both, migrated by Flyway from
 * {@code db/migration} on open.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final boolean postgres;
    private final String description;

    private Database(HikariDataSource pool, boolean postgres, String description) {
        this.pool = pool;
        this.postgres = postgres;
        this.description = description;
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        this.jdbi = Jdbi.create(pool);
    }

    /** The SQLite file at {@code file}, created with its folder on first use. */
    public static Database sqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the database file " + file, e);
        }
        ownerOnly(file);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
        c.addDataSourceProperty("foreign_keys", "true");
        c.addDataSourceProperty("journal_mode", "WAL");
        c.addDataSourceProperty("busy_timeout", "10000");
        c.addDataSourceProperty("synchronous", "NORMAL");
        c.setMaximumPoolSize(4);
        c.setPoolName("runmend-sqlite");
        return new Database(new HikariDataSource(c), false, "SQLite " + file.toAbsolutePath());
    }

    /**
     * Creates the database file readable and writable by its owner only (like {@code secret.key}),
     * or tightens an existing one; SQLite gives its {@code -wal} and {@code -shm} files the same
     * permissions. On a file system without POSIX permissions the folder's protection applies.
     */
    private static void ownerOnly(Path file) {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> rw =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(rw));
            } else if (!Files.getPosixFilePermissions(file).equals(rw)) {
                try {
                    Files.setPosixFilePermissions(file, rw);
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(Database.class).warn(
                            "{} can be read by other users and its permissions cannot be changed ({}): run chmod 600 on it",
                            file, e.toString());
                }
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created meanwhile by another process: leave it to that one
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database file " + file + " readable by its owner only", e);
        }
    }

    /** A PostgreSQL database (e.g. {@code jdbc:postgresql://db.example.org/runmend}). */
    public static Database postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("RUNMEND_DB_URL '" + jdbcUrl + "' is not a jdbc:postgresql: URL");
        }
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(jdbcUrl);
        if (user != null) {
            c.setUsername(user);
        }
        if (password != null) {
            c.setPassword(password);
        }
        c.setMaximumPoolSize(10);
        c.setPoolName("runmend-postgres");
        return new Database(new HikariDataSource(c), true, "PostgreSQL " + jdbcUrl);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Which database this is, for start-up messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}

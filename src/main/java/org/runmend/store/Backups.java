package org.runmend.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Backing up and restoring the SQLite database file. PostgreSQL has its own tools
 * ({@code pg_dump}, {@code pg_restore}: see docs/storage.md).
 *
 * <p>A backup is taken with {@code VACUUM INTO}: SQLite writes a consistent copy as of one moment
 * while the app goes on reading and writing (WAL mode), then the copy is checked. A restore checks
 * the file (a SQLite database, intact, with RunMend's tables, not from a newer RunMend), refuses
 * while a server holds the data folder's {@link DataLock}, keeps the current database as
 * {@code runmend.db.before-restore-TIME}, and puts the backup in its place.
 */
public final class Backups {
    /** What a backup or restore found: the file and what it holds. */
    public record Contents(Path file, long bytes, int accounts, int activities, int diaryEntries) {
        public String line() {
            return accounts + " accounts, " + activities + " activities, " + diaryEntries + " diary entries, "
                    + String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
    }

    /** A backup or restore that cannot be done safely; the message says why and what to do. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** What a restore did. */
    public record Restored(Contents restored, Path previous) {}

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {}

    /** Writes a consistent copy of the open database {@code db} to {@code target}, which must not exist yet. */
    public static Contents backup(Database db, Path target) {
        if (db.isPostgres()) {
            throw new RefusedException("the database is PostgreSQL: back it up with pg_dump "
                    + "(e.g. pg_dump --format=custom --file=runmend.dump DBNAME; see docs/storage.md)");
        }
        Path out = target.toAbsolutePath();
        if (Files.exists(out)) {
            throw new RefusedException(target + " already exists: a backup never overwrites a file, give a new name");
        }
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new RefusedException("the folder " + out.getParent() + " does not exist");
        }
        db.jdbi().useHandle(h -> h.execute("VACUUM INTO ?", out.toString()));
        ownerOnly(out);
        return check(out, out);
    }

    /**
     * Replaces the SQLite database {@code dbFile} (in the data folder {@code dataDir}) by the backup
     * {@code source}. Refused while a server holds the folder's lock, and for any file that is not an
     * intact RunMend database this version can open.
     */
    @SuppressWarnings("try") // the lock is held for the whole restore and never read
    public static Restored restore(Path source, Path dataDir, Path dbFile, Clock clock) {
        if (!Files.isRegularFile(source)) {
            throw new RefusedException(source + ": no such file");
        }
        try (DataLock lock = DataLock.tryHold(dataDir)
                .orElseThrow(() -> new RefusedException("RunMend is running on " + dataDir + " (a server holds "
                        + dataDir.resolve(DataLock.FILE) + "): stop it first, then restore; nothing was changed"))) {
            Path staged = dbFile.resolveSibling(dbFile.getFileName() + ".restoring");
            Files.deleteIfExists(staged);
            Files.copy(source, staged);
            try {
                check(staged, source);
                checkSchema(staged, source);
                checkObjects(staged, source, dataDir);
            } catch (RuntimeException e) {
                deleteQuietly(staged);
                throw e;
            }
            Path previous = null;
            if (Files.exists(dbFile)) {
                previous = dbFile.resolveSibling(
                        dbFile.getFileName() + ".before-restore-" + STAMP.format(clock.instant()));
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
                        Statement s = c.createStatement()) {
                    s.execute("VACUUM INTO '"
                            + previous.toAbsolutePath().toString().replace("'", "''") + "'");
                } catch (SQLException e) {
                    deleteQuietly(staged);
                    throw new RefusedException("the current database " + dbFile + " could not be copied aside ("
                            + e.getMessage() + "), so it was left as it was");
                }
                ownerOnly(previous);
            }
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + "-wal"));
            Files.deleteIfExists(dbFile.resolveSibling(dbFile.getFileName() + "-shm"));
            Files.move(staged, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ownerOnly(dbFile);
            Database.sqlite(dbFile)
                    .close(); // opening brings a backup from an older RunMend up to this version's schema
            return new Restored(check(dbFile, dbFile), previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " into " + dataDir, e);
        }
    }

    /**
     * Opens {@code file} read-only and checks it is an intact RunMend database; counts what it holds.
     * Messages name {@code shownAs} (the file the person gave, when {@code file} is a staged copy).
     */
    static Contents check(Path file, Path shownAs) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String r = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(r)) {
                    throw new RefusedException(shownAs + " is damaged (SQLite's check says: " + r + ")");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                    + "('runners', 'activities', 'pain_entries', 'flyway_schema_history')")) {
                if (!rs.next() || rs.getInt(1) < 4) {
                    throw new RefusedException(
                            shownAs + " is a SQLite database but not a RunMend one (its tables are missing)");
                }
            }
            return new Contents(
                    file, Files.size(file), count(s, "runners"), count(s, "activities"), count(s, "pain_entries"));
        } catch (SQLException e) {
            throw new RefusedException(shownAs + " is not a SQLite database RunMend can read"
                    + (String.valueOf(e.getMessage()).contains("NOTADB")
                            ? " (it is some other kind of file, or damaged)"
                            : " (SQLite says: " + firstLine(e.getMessage()) + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a backup written by a newer RunMend (its schema has versions this one does not know). */
    private static void checkSchema(Path staged, Path source) {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:sqlite:" + staged.toAbsolutePath(), null, null)
                .locations("classpath:db/migration")
                .load();
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED
                    || m.getState() == MigrationState.FAILED) {
                throw new RefusedException(
                        source + " was written by a newer RunMend or by a failed upgrade (schema version "
                                + m.getVersion() + " is "
                                + m.getState().getDisplayName().toLowerCase(java.util.Locale.ROOT)
                                + "): restore it with the RunMend version that made it");
            }
        }
    }

    /**
     * Refuses a backup holding anything RunMend's migrations do not make: a trigger, a view, a
     * table or index of its own, or a table made differently. The backup's schema objects are
     * compared with those of an empty database migrated to the backup's own schema version (so an
     * older backup is compared with that older schema, then brought up to date on opening).
     * A trigger in a restored file would run inside RunMend with every insert.
     */
    static void checkObjects(Path staged, Path source, Path dataDir) {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:sqlite:" + staged.toAbsolutePath(), null, null)
                .locations("classpath:db/migration")
                .load();
        MigrationInfo current = flyway.info().current();
        if (current == null) {
            throw new RefusedException(source + " has no schema version: it was not written by RunMend");
        }
        Path reference = null;
        try {
            reference = Files.createTempFile(dataDir, "schema-check-", ".db");
            Files.delete(reference);
            Flyway.configure()
                    .dataSource("jdbc:sqlite:" + reference.toAbsolutePath(), null, null)
                    .locations("classpath:db/migration")
                    .target(current.getVersion())
                    .load()
                    .migrate();
            java.util.Map<String, String> expected = objects(reference);
            java.util.Map<String, String> found = objects(staged);
            for (java.util.Map.Entry<String, String> e : found.entrySet()) {
                String want = expected.get(e.getKey());
                if (want == null) {
                    throw new RefusedException(source + " holds " + e.getKey() + ", which RunMend's schema (version "
                            + current.getVersion()
                            + ") does not have: only RunMend's own tables and indexes are restored, "
                            + "never triggers, views or other tables; nothing was changed");
                }
                if (!want.equals(e.getValue())) {
                    throw new RefusedException(
                            source + " has " + e.getKey() + " made differently from RunMend's schema " + "(version "
                                    + current.getVersion() + "); nothing was changed");
                }
            }
            for (String missing : expected.keySet()) {
                if (!found.containsKey(missing)) {
                    throw new RefusedException(source + " lacks " + missing + " of RunMend's schema (version "
                            + current.getVersion() + "); nothing was changed");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a schema to compare " + source + " with in " + dataDir, e);
        } finally {
            if (reference != null) {
                deleteQuietly(reference);
                deleteQuietly(reference.resolveSibling(reference.getFileName() + "-wal"));
                deleteQuietly(reference.resolveSibling(reference.getFileName() + "-shm"));
            }
        }
    }

    /** Every schema object but SQLite's own, as "kind 'name'" to its SQL with white space made single. */
    private static java.util.Map<String, String> objects(Path file) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                String sql = rs.getString(4) == null
                        ? ""
                        : rs.getString(4).replaceAll("\\s+", " ").trim();
                out.put(
                        rs.getString(1) + " '" + rs.getString(2) + "'"
                                + ("table".equals(rs.getString(1)) ? "" : " on '" + rs.getString(3) + "'"),
                        sql);
            }
        } catch (SQLException e) {
            throw new RefusedException(file + " cannot be read for its schema: " + firstLine(e.getMessage()));
        }
        return out;
    }

    private static int count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover staging file is harmless and replaced on the next restore
        }
    }
}

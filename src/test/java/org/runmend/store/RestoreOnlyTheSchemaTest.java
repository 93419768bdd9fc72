package org.runmend.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.accounts.Accounts;
import org.runmend.support.TestClock;

/**
 * Issue 19, item 10: a restore takes only what RunMend's migrations make. A backup carrying its own
 * trigger (which would run inside RunMend, copying session rows and renaming a runner), a view, an
 * extra table or a changed table is refused, and the current database stays as it was.
 * (Restore is for SQLite; PostgreSQL is restored with its own tools.)
 */
class RestoreOnlyTheSchemaTest {
    @TempDir
    Path dir;

    private Path backupWith(String... statements) throws Exception {
        Path data = dir.resolve("source");
        Files.createDirectories(data);
        Path backup = dir.resolve("backup-" + System.nanoTime() + ".db");
        try (Database db = Database.sqlite(data.resolve("runmend.db"))) {
            if (new Accounts(db, TestClock.FIXED).findByEmail("ann@example.org").isEmpty()) {
                new Accounts(db, TestClock.FIXED).signUp("ann@example.org", "Ann", "a long secret phrase");
            }
            Backups.backup(db, backup);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return backup;
    }

    private Path target() throws Exception {
        Path data = dir.resolve("target");
        Files.createDirectories(data);
        try (Database db = Database.sqlite(data.resolve("runmend.db"))) {
            if (new Accounts(db, TestClock.FIXED).findByEmail("bo@example.org").isEmpty()) {
                new Accounts(db, TestClock.FIXED).signUp("bo@example.org", "Bo", "a long secret phrase");
            }
        }
        return data;
    }

    @Test
    void a_backup_with_its_own_trigger_and_table_is_refused_and_nothing_changes() throws Exception {
        Path backup = backupWith(
                "CREATE TABLE loot (token_hash TEXT, runner_id TEXT)",
                "CREATE TRIGGER steal AFTER INSERT ON sessions BEGIN INSERT INTO loot VALUES (NEW.token_hash, NEW.runner_id);"
                        + " UPDATE runners SET display_name = 'pwned'; END");
        Path data = target();
        assertThatThrownBy(() -> Backups.restore(backup, data, data.resolve("runmend.db"), TestClock.FIXED))
                .isInstanceOf(Backups.RefusedException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining(backup.toString());
        try (Database db = Database.sqlite(data.resolve("runmend.db"))) {
            assertThat(new Accounts(db, TestClock.FIXED).findByEmail("bo@example.org"))
                    .isPresent();
        }
    }

    @Test
    void a_trigger_alone_a_view_or_a_changed_table_is_refused() throws Exception {
        Path data = target();
        for (String[] change : new String[][] {
            {
                "CREATE TRIGGER rename AFTER INSERT ON sessions BEGIN UPDATE runners SET display_name = 'x'; END",
                "trigger 'rename'"
            },
            {"CREATE VIEW everyone AS SELECT email FROM runners", "view 'everyone'"},
            {"ALTER TABLE runners ADD COLUMN note TEXT", "table 'runners'"},
            {"CREATE INDEX runners_name ON runners(display_name)", "index 'runners_name'"}
        }) {
            Path backup = backupWith(change[0]);
            assertThatThrownBy(() -> Backups.restore(backup, data, data.resolve("runmend.db"), TestClock.FIXED))
                    .as(change[0])
                    .isInstanceOf(Backups.RefusedException.class)
                    .hasMessageContaining(change[1]);
        }
    }

    @Test
    void a_plain_backup_still_restores() throws Exception {
        Path backup = backupWith();
        Path data = target();
        Backups.Restored r = Backups.restore(backup, data, data.resolve("runmend.db"), TestClock.FIXED);
        assertThat(r.restored().accounts()).isEqualTo(1);
        try (java.util.stream.Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("schema-check-"))
                            .toList())
                    .as("no reference schema left behind")
                    .isEmpty();
        }
    }
}

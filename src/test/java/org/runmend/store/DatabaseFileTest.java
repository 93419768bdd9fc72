package org.runmend.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 6: the SQLite file (and its journal files) can be read by their owner only, like secret.key. */
class DatabaseFileTest {
    @TempDir
    Path dir;

    @Test
    void a_new_database_file_and_its_wal_files_are_readable_by_the_owner_only() throws Exception {
        Path file = dir.resolve("runmend.db");
        try (Database db = Database.sqlite(file)) {
            db.jdbi()
                    .useHandle(
                            h -> h.execute("INSERT INTO guide_views (slug, day, views) VALUES ('x', '2026-01-01', 1)"));
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith("runmend.db"))
                        .toList()) {
                    assertThat(Files.getPosixFilePermissions(p))
                            .as(p.toString())
                            .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
                }
            }
        }
    }

    @Test
    void an_existing_world_readable_database_file_is_tightened_on_open() throws Exception {
        Path file = dir.resolve("old.db");
        Database.sqlite(file).close();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Database.sqlite(file).close();
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }
}

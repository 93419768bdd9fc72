package org.runmend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.runmend.AppConfig;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.store.Database;
import org.runmend.support.Databases;
import org.runmend.support.TestClock;

/**
 * Issue 10, item 6: faults a self-hoster meets. A full disk is answered with a clear 503, and a
 * temporary upload left behind by a killed server is removed at the next start.
 */
class FaultsTest {
    @RegisterExtension
    static final PageTestApp t = new PageTestApp();

    @TempDir
    Path data;

    @Test
    void a_full_database_is_answered_with_503_saying_the_disk_is_full() throws Exception {
        WebClient runner = t.signUp("full-disk@example.org");
        // SQLite's page limit gives the very error a full disk gives (SQLITE_FULL) on every pooled connection
        List<Handle> handles = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Handle h = t.db.jdbi().open();
                handles.add(h);
                long pages =
                        h.createQuery("PRAGMA page_count").mapTo(Long.class).one();
                h.createQuery("PRAGMA max_page_count = " + pages)
                        .mapTo(Long.class)
                        .one();
            }
        } finally {
            handles.forEach(Handle::close);
        }
        String id = t.runnerId("full-disk@example.org");
        try {
            for (int i = 0; i < 1000; i++) {
                new org.runmend.diary.Diary(t.db, TestClock.FIXED)
                        .record(id, TestClock.TODAY.minusDays(i % 300), "knee", 3, null, "n".repeat(490), null);
            }
        } catch (RuntimeException expected) {
            // the database is full now
        }
        HttpResponse<String> r = runner.post(
                "/diary",
                "day",
                TestClock.TODAY.toString(),
                "region",
                "heel-bottom",
                "score",
                "4",
                "note",
                "x".repeat(500));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body())
                .contains("disk")
                .contains("full")
                .doesNotContain("SQLITE")
                .doesNotContain("Exception");
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void temporary_uploads_left_by_a_killed_server_are_removed_at_start_up() throws Exception {
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Path stale = Files.writeString(uploads.resolve("MultiPart12345.tmp"), "half an upload");
        Files.setLastModifiedTime(stale, FileTime.from(TestClock.NOW.minusSeconds(3 * 3600)));
        Path fresh = Files.writeString(uploads.resolve("MultiPart67890.tmp"), "another instance's upload in progress");
        try (Database db = Databases.sqlite(data)) {
            WebApp app = new WebApp(
                            KnowledgeBase.bundled(),
                            AppConfig.ephemeral(data),
                            db,
                            WebSettings.defaults(data),
                            TestClock.FIXED)
                    .start("127.0.0.1", 0);
            try {
                assertThat(stale).doesNotExist();
                assertThat(fresh).exists();
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void a_killed_instances_uploads_are_removed_at_once_and_a_running_ones_are_kept() throws Exception {
        Path uploads = Files.createDirectories(data.resolve("uploads"));
        Path killed = Files.createDirectories(uploads.resolve(RequestBodies.INSTANCE_PREFIX + "killed"));
        Files.writeString(killed.resolve(RequestBodies.LOCK_FILE), "");
        Path half = Files.writeString(killed.resolve("MultiPart111.tmp"), "half an upload, a second old");
        try (Database db = Databases.sqlite(data)) {
            WebApp running = new WebApp(
                            KnowledgeBase.bundled(),
                            AppConfig.ephemeral(data),
                            db,
                            WebSettings.defaults(data),
                            TestClock.FIXED)
                    .start("127.0.0.1", 0);
            try {
                assertThat(half).doesNotExist();
                assertThat(killed).doesNotExist();
                Path own;
                try (var dirs = Files.list(uploads)) {
                    own = dirs.filter(p -> p.getFileName().toString().startsWith(RequestBodies.INSTANCE_PREFIX))
                            .findFirst()
                            .orElseThrow();
                }
                Path inProgress = Files.writeString(own.resolve("MultiPart222.tmp"), "an upload in progress");
                WebApp second = new WebApp(
                                KnowledgeBase.bundled(),
                                AppConfig.ephemeral(data),
                                db,
                                WebSettings.defaults(data),
                                TestClock.FIXED)
                        .start("127.0.0.1", 0);
                second.stop();
                assertThat(inProgress).as("the running instance's upload").exists();
            } finally {
                running.stop();
            }
        }
    }
}

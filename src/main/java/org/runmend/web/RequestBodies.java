package org.runmend.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Request bodies read within limits. A body announced larger than its limit is refused before a
 * byte of it is read; one sent without a length is read only up to the limit. Uploads go to a
 * temporary file in the upload folder, never whole into memory.
 */
public final class RequestBodies {
    /** The paths that take uploads (multipart forms or one raw file); every other body is JSON or a small form. */
    static final Set<String> UPLOAD_PATHS = Set.of("/log/upload", "/api/v1/activities");
    /** Room for the multipart headers around the files of an upload. */
    private static final long MULTIPART_SLACK = 64 * 1024;
    /** A temporary upload older than this was left behind by a server that was killed. */
    static final Duration STALE_UPLOAD = Duration.ofHours(1);

    private RequestBodies() {}

    /** Whether the request says its body is multipart (a form with files), from the header alone. */
    static boolean isMultipart(Context ctx) {
        String type = ctx.req().getContentType();
        return type != null && type.strip().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** A body over its limit: answered with 413. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Refuses, from the Content-Length header alone, a body larger than the path takes. */
    static void checkAnnouncedLength(Context ctx, WebSettings settings) {
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
            return;
        }
        if (UPLOAD_PATHS.contains(ctx.path())) {
            if (length > settings.maxUploadBytes() + MULTIPART_SLACK) {
                throw uploadTooLarge(settings);
            }
        } else if (length > WebSettings.MAX_JSON_BYTES) {
            throw jsonTooLarge();
        }
    }

    static TooLarge uploadTooLarge(WebSettings settings) {
        return new TooLarge("The upload is larger than the limit of " + megabytes(settings.maxUploadBytes())
                + ". Split a large export into several ZIPs, or upload the activity files one by one.");
    }

    static TooLarge jsonTooLarge() {
        return new TooLarge("The request body is larger than the limit of " + megabytes(WebSettings.MAX_JSON_BYTES)
                + " for JSON and forms.");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** The body as text, at most {@link WebSettings#MAX_JSON_BYTES} bytes of it. */
    public static String text(Context ctx) {
        checkAnnouncedLengthForJson(ctx);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(WebSettings.MAX_JSON_BYTES + 1);
            if (bytes.length > WebSettings.MAX_JSON_BYTES) {
                throw jsonTooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static void checkAnnouncedLengthForJson(Context ctx) {
        if (ctx.req().getContentLengthLong() > WebSettings.MAX_JSON_BYTES) {
            throw jsonTooLarge();
        }
    }

    /**
     * Copies the raw body to a new temporary file in the upload folder, up to the upload limit;
     * the caller deletes the file.
     */
    public static Path spool(Context ctx, WebSettings settings) throws IOException {
        Files.createDirectories(settings.uploadDir());
        Path file = Files.createTempFile(settings.uploadDir(), "upload-", ".part");
        boolean done = false;
        try (InputStream in = ctx.req().getInputStream();
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > settings.maxUploadBytes()) {
                    throw uploadTooLarge(settings);
                }
                out.write(buffer, 0, n);
            }
            done = true;
            return file;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** An instance's own folder's name starts with this; its lock file is held while the instance runs. */
    static final String INSTANCE_PREFIX = "instance-";

    static final String LOCK_FILE = ".lock";
    /** The locks of this JVM's instances' folders, held until the JVM ends (a killed server's go with it). */
    private static final java.util.List<java.nio.channels.FileLock> HELD =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The upload folder of one running instance, and how many left-over files were removed making it. */
    record UploadFolder(Path dir, int removed, java.nio.channels.FileLock lock) {
        /** On a clean stop: the lock is let go and the folder (empty by then) deleted. */
        void release() {
            try {
                HELD.remove(lock);
                lock.release();
                lock.channel().close();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // removed at the next start instead
            }
        }
    }

    /**
     * Makes this instance's own folder for temporary uploads inside {@code base} and holds a lock
     * on it while the JVM runs. At start-up every other instance folder whose lock nobody holds was
     * left by a server that was killed (kill -9, a crash, a power cut) and is deleted at once, with
     * its half uploads; folders of instances still running (sharing the data folder) are left
     * alone. Loose files of the earlier layout are removed once older than {@link #STALE_UPLOAD}.
     */
    static UploadFolder prepareUploadFolder(Path base, Instant now) {
        try {
            Files.createDirectories(base);
            int removed = 0;
            try (Stream<Path> entries = Files.list(base)) {
                for (Path p : entries.toList()) {
                    String name = p.getFileName().toString();
                    if (Files.isDirectory(p) && name.startsWith(INSTANCE_PREFIX)) {
                        removed += removeIfAbandoned(p);
                    } else if (Files.isRegularFile(p)) {
                        try {
                            if (Files.getLastModifiedTime(p).toInstant().isBefore(now.minus(STALE_UPLOAD))) {
                                Files.deleteIfExists(p);
                                removed++;
                            }
                        } catch (IOException e) {
                            // gone meanwhile, or not ours to delete: leave it
                        }
                    }
                }
            }
            Path own = Files.createTempDirectory(base, INSTANCE_PREFIX);
            java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                    own.resolve(LOCK_FILE),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
            java.nio.channels.FileLock lock = channel.lock();
            HELD.add(lock);
            return new UploadFolder(own, removed, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the upload folder " + base, e);
        }
    }

    /** Deletes an instance folder nobody holds the lock of; returns how many uploads were in it. */
    private static int removeIfAbandoned(Path folder) {
        Path lockFile = folder.resolve(LOCK_FILE);
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                lockFile, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return 0; // another process runs an instance on it
            }
            try {
                int removed = 0;
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        if (!f.getFileName().toString().equals(LOCK_FILE)) {
                            Files.deleteIfExists(f);
                            removed++;
                        }
                    }
                }
                Files.deleteIfExists(lockFile);
                Files.deleteIfExists(folder);
                return removed;
            } finally {
                if (lock.isValid()) {
                    lock.release();
                }
            }
        } catch (java.nio.channels.OverlappingFileLockException held) {
            return 0; // an instance in this JVM holds it
        } catch (IOException e) {
            return 0; // not ours to delete: leave it
        }
    }
}

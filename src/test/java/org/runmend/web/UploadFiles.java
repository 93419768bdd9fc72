package org.runmend.web;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** The temporary uploads under an upload folder, in every instance's own folder, without their lock files. */
final class UploadFiles {
    private UploadFiles() {}

    /**
     * The files there now. Jetty deletes a request's multipart files while a test looks, so a file
     * (or folder) gone between being listed and being read is simply not there: {@code Files.walk}
     * would throw {@link NoSuchFileException} for it instead.
     */
    static List<Path> in(Path uploads) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(uploads, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().equals(RequestBodies.LOCK_FILE)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return found;
    }
}

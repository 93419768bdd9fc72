package org.runmend.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The temporary uploads under an upload folder, in every instance's own folder, without their lock files. */
final class UploadFiles {
    private UploadFiles() {}

    @SuppressWarnings("StreamResourceLeak") // returned open: the caller closes it (try-with-resources)
    static Stream<Path> in(Path uploads) throws IOException {
        return Files.walk(uploads)
                .filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().equals(RequestBodies.LOCK_FILE));
    }
}

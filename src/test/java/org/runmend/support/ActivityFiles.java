package org.runmend.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real activity files under src/test/resources/activities (copied from the shared folder, sources in its SOURCES.md). */
public final class ActivityFiles {
    private ActivityFiles() {}

    public static Path dir(String folder) {
        return Shared.activities().resolve(folder);
    }

    public static Path file(String folderAndName) {
        return Shared.activities().resolve(folderAndName);
    }

    /** Activity files (.gpx, .tcx, .fit) in the folders, sorted by name. */
    public static List<Path> in(String... folders) {
        return Stream.of(folders)
                .flatMap(f -> {
                    try (Stream<Path> s = Files.list(dir(f))) {
                        return s.filter(p -> p.toString().matches(".*\\.(gpx|tcx|fit)$")).sorted().toList().stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}

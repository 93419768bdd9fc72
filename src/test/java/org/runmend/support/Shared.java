package org.runmend.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths into ../shared, which sits beside the project in every checkout and in CI. */
public final class Shared {
    private Shared() {
    }

    public static Path root() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("../shared is missing next to the project: " + p);
        }
        return p;
    }

    public static Path devCases() {
        return root().resolve("vignettes/dev/cases.jsonl");
    }

    public static Path contract(String file) {
        return root().resolve("contract").resolve(file);
    }
}

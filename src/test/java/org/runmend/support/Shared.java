package org.runmend.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the tests' data lives. Everything a test reads is in the repository, so a clone alone
 * passes the suite: the real device files under {@code src/test/resources/activities} (copied
 * unchanged from the team's shared folder, with their SOURCES.md), fingerprints of the five
 * source articles under {@code src/test/resources/seeds} (see {@link SeedFingerprints}), and the contract with its worked cases and stories under
 * {@code src/main/resources/knowledge/contract}.
 *
 * <p>{@link #upstream()} is the team's {@code ../shared} folder, present in a developer's
 * checkout and in CI but not in a plain clone: a test may compare a copy with it, and skips only
 * that comparison when it is absent.
 */
public final class Shared {
    private static final Path TEST_RESOURCES =
            Path.of("src", "test", "resources").toAbsolutePath();
    private static final Path CONTRACT =
            Path.of("src", "main", "resources", "knowledge", "contract").toAbsolutePath();

    private Shared() {}

    /** The real activity files (fit/, gpx/, tcx/, broken/, perf/) and their SOURCES.md. */
    public static Path activities() {
        return present(TEST_RESOURCES.resolve("activities"));
    }

    /** Fingerprints of the five source articles the guides and self-care entries are drawn from (no text: see {@link SeedFingerprints}). */
    public static Path seeds() {
        return present(TEST_RESOURCES.resolve("seeds"));
    }

    /** The contract's worked cases, {@code contract/dev/cases.jsonl}. */
    public static Path devCases() {
        return present(CONTRACT.resolve("dev").resolve("cases.jsonl"));
    }

    /** The contract's runners' stories, {@code contract/dev/stories.jsonl}. */
    public static Path devStories() {
        return present(CONTRACT.resolve("dev").resolve("stories.jsonl"));
    }

    /** A file of the bundled contract copy. */
    public static Path contract(String file) {
        return present(CONTRACT.resolve(file));
    }

    /** The team's ../shared folder, when this checkout has one beside it. */
    public static Optional<Path> upstream() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    private static Path present(Path p) {
        if (!Files.exists(p)) {
            throw new IllegalStateException("test data missing from the repository: " + p);
        }
        return p;
    }
}

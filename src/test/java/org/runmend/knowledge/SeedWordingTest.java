package org.runmend.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.runmend.support.SeedFingerprints;
import org.runmend.support.Shared;

/**
 * Facts from the five seed articles carry over, their sentences do not: no text of the project
 * repeats ten words of a seed in a row, as {@code ../shared/tools/seed-overlap} checks, here on the
 * fingerprints the repository keeps instead of the articles.
 */
class SeedWordingTest {
    /** The same file kinds seed-overlap reads, and the same folders it skips. */
    private static final List<String> TEXT = List.of(
            ".java",
            ".yaml",
            ".yml",
            ".json",
            ".md",
            ".jte",
            ".html",
            ".txt",
            ".properties",
            ".sql",
            ".js",
            ".css",
            ".csv",
            ".jsonl");

    private static final Set<String> SKIP = Set.of(".git", "target", "node_modules", "build", ".mvn");

    @Test
    void no_text_in_the_repository_repeats_ten_words_of_a_seed_in_a_row() throws IOException {
        Set<String> seeds = new HashSet<>();
        SeedFingerprints.bundled().values().forEach(seeds::addAll);
        assertThat(seeds).as("fingerprints of the five articles").hasSizeGreaterThan(3000);
        List<String> copied = new ArrayList<>();
        int read = 0;
        for (Path file : texts(Path.of("."))) {
            read++;
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String run : SeedFingerprints.copiedRuns(text, seeds)) {
                copied.add(file + ": \"" + run + "\"");
            }
        }
        assertThat(read).as("files read").isGreaterThan(300);
        assertThat(copied)
                .as("passages that repeat a seed word for word; write them in our own words")
                .isEmpty();
    }

    @Test
    void a_sentence_from_a_seed_is_found_when_a_text_copies_it() throws IOException {
        Path upstream = Shared.upstream()
                .map(p -> p.resolve("seeds"))
                .filter(Files::isDirectory)
                .orElse(null);
        assumeTrue(upstream != null, "the team's ../shared folder is not beside this clone");
        Set<String> seeds = new HashSet<>();
        SeedFingerprints.bundled().values().forEach(seeds::addAll);
        try (Stream<Path> articles = Files.list(upstream)) {
            for (Path article :
                    articles.filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<String> words = SeedFingerprints.words(Files.readString(article));
                String copy =
                        "As the article puts it, " + String.join(" ", words.subList(40, 60)) + ", which we copied.";
                // the 11 runs inside the copied 20 words, and perhaps one more where the next word happens to follow
                assertThat(SeedFingerprints.copiedRuns(copy, seeds))
                        .as(article.getFileName().toString())
                        .contains(String.join(" ", words.subList(40, 50)), String.join(" ", words.subList(50, 60)))
                        .hasSizeBetween(11, 13);
            }
        }
    }

    @Test
    void the_fingerprints_are_those_of_the_articles_in_the_team_folder() throws IOException {
        Path upstream = Shared.upstream()
                .map(p -> p.resolve("seeds"))
                .filter(Files::isDirectory)
                .orElse(null);
        assumeTrue(upstream != null, "the team's ../shared folder is not beside this clone");
        Map<String, Set<String>> fresh = new TreeMap<>();
        try (Stream<Path> articles = Files.list(upstream)) {
            for (Path article :
                    articles.filter(p -> p.toString().endsWith(".txt")).toList()) {
                fresh.put(article.getFileName().toString(), SeedFingerprints.of(Files.readString(article)));
            }
        }
        assertThat(SeedFingerprints.bundled()).isEqualTo(fresh);
    }

    private static List<Path> texts(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile)
                    .filter(p -> TEXT.stream()
                            .anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            if (SKIP.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .forEach(out::add);
        }
        return out;
    }
}

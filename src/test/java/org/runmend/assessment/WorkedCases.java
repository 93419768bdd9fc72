package org.runmend.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.support.Shared;

/**
 * Every worked case the tests can read: the contract's dev cases and the held-out regression
 * vignettes. A line that names an id the bundled knowledge does not know (a newer contract's
 * finding, say) is counted as skipped, never silently dropped; any other bad line fails.
 */
record WorkedCases(List<Case> cases, int lines, List<String> skipped) {
    static final List<Path> FILES = List.of(
            Shared.devCases(),
            Path.of("src/test/resources/vignettes/independent.jsonl"),
            Path.of("src/test/resources/vignettes/sparse-redflag.jsonl"));

    static WorkedCases read(KnowledgeBase kb) {
        CaseReader reader = new CaseReader(kb);
        List<Case> cases = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int lines = 0;
        for (Path file : FILES) {
            List<String> text;
            try {
                text = Files.readAllLines(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String line : text) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                try {
                    cases.add(reader.read(line));
                } catch (InvalidCaseException e) {
                    if (!e.getMessage().contains("unknown")) {
                        throw new AssertionError(file.getFileName() + ": " + e.getMessage(), e);
                    }
                    skipped.add(file.getFileName() + " " + e.getMessage());
                }
            }
        }
        return new WorkedCases(List.copyOf(cases), lines, List.copyOf(skipped));
    }

    String summary() {
        return cases.size() + " of " + lines + " worked cases read; " + skipped.size()
                + " skipped because they name ids this knowledge base does not know";
    }
}

package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmend.knowledge.KnowledgeBase;

/**
 * Held-out sets written from public patient pages by sessions that saw neither the dev vignettes
 * nor the knowledge base: {@code independent.jsonl} (typical and harder cases) and
 * {@code sparse-redflag.jsonl} (2 to 4 findings, ordinary cases with one red flag, atypical
 * presentations). A check that the knowledge generalises rather than fits the dev set; never
 * tune to them either.
 */
class IndependentVignettesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"independent.jsonl, 60", "sparse-redflag.jsonl, 50"})
    void held_out_cases_are_never_dangerously_under_triaged_and_mostly_ranked_right(String file, int cases)
            throws IOException {
        Evaluation.Report report = new Evaluation(new PainCheck(KnowledgeBase.bundled()))
                .run(Files.readAllLines(Path.of("src/test/resources/vignettes", file)));
        System.out.println("[pain check on held-out " + file + "] " + report.summary());
        assertThat(report.cases()).isEqualTo(cases);
        assertThat(report.errors()).isZero();
        assertThat(report.dangerousUnderTriage()).isZero();
        assertThat(report.top3()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.top1()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.exactTriage()).isGreaterThanOrEqualTo(0.85);
    }
}

package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.runmend.knowledge.KnowledgeBase;

/**
 * A second, held-out set (src/test/resources/vignettes/independent.jsonl) written from public
 * patient pages by someone who saw neither the dev vignettes nor the knowledge base: a check
 * that the knowledge generalises rather than fits the dev set. Never tune to it either.
 */
class IndependentVignettesTest {
    @Test
    void held_out_cases_are_never_dangerously_under_triaged_and_mostly_ranked_right() throws IOException {
        Evaluation.Report report = new Evaluation(new PainCheck(KnowledgeBase.bundled()))
                .run(Files.readAllLines(Path.of("src/test/resources/vignettes/independent.jsonl")));
        System.out.println("[pain check on independent vignettes] " + report.summary());
        assertThat(report.cases()).isEqualTo(60);
        assertThat(report.errors()).isZero();
        assertThat(report.dangerousUnderTriage()).isZero();
        assertThat(report.top3()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.top1()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.exactTriage()).isGreaterThanOrEqualTo(0.85);
    }
}

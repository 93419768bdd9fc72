package org.runmend.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.runmend.knowledge.KnowledgeBase;
import org.runmend.knowledge.SelfCareItem;
import org.runmend.knowledge.SelfCareKind;

class FlagMappingTest {
    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    @ParameterizedTest
    @EnumSource(FlagKind.class)
    void every_flag_kind_maps_to_a_cause_that_lists_its_context_finding(FlagKind kind) {
        SelfCareItem cause = KB.selfCareItem(kind.causeId()).orElseThrow();
        assertThat(cause.kind()).isEqualTo(SelfCareKind.CAUSE);
        assertThat(cause.contextFindings()).contains(kind.contextFinding());
        assertThat(KB.finding(kind.contextFinding()))
                .get()
                .satisfies(f -> assertThat(f.isContext()).isTrue());
    }

    @Test
    void flags_cannot_claim_another_cause() {
        assertThatThrownBy(() -> new Flag(FlagKind.RUN_SPIKE, "cause-doms", "load-increase", "x", List.of()))
                .hasMessageContaining("maps to cause-session-too-hard");
    }
}

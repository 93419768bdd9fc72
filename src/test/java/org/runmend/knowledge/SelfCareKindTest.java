package org.runmend.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SelfCareKindTest {
    @ParameterizedTest
    @EnumSource(SelfCareKind.class)
    void every_kind_reads_back_from_its_id(SelfCareKind kind) {
        assertThat(SelfCareKind.ofId(kind.id())).isSameAs(kind);
        assertThat(kind.toString()).isEqualTo(kind.id());
    }

    @Test
    void an_unknown_or_differently_written_kind_is_refused_naming_the_value_and_the_kinds() {
        assertThatThrownBy(() -> SelfCareKind.ofId("stretch"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "kind 'stretch' is not one of [see-doctor, remedy, exercise, return-to-running, prevention, cause]");
        assertThatThrownBy(() -> SelfCareKind.ofId("SEE_DOCTOR")).hasMessageContaining("'SEE_DOCTOR'");
        assertThatThrownBy(() -> SelfCareKind.ofId(null)).hasMessageContaining("kind 'null'");
    }

    @Test
    void only_remedies_exercises_and_the_return_to_running_are_self_treatment() {
        assertThat(SelfCareKind.values())
                .filteredOn(SelfCareKind::isSelfTreatment)
                .containsExactly(SelfCareKind.REMEDY, SelfCareKind.EXERCISE, SelfCareKind.RETURN_TO_RUNNING);
        assertThat(SelfCareKind.values())
                .filteredOn(SelfCareKind::isTip)
                .containsExactly(SelfCareKind.PREVENTION, SelfCareKind.CAUSE);
    }
}

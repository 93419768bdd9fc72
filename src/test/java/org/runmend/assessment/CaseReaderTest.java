package org.runmend.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runmend.knowledge.KnowledgeBase;

class CaseReaderTest {
    private static final CaseReader READER = new CaseReader(KnowledgeBase.bundled());

    @Test
    void reads_a_contract_case_and_ignores_expected_source_and_note() {
        Case c = READER.read("{\"id\":\"D1\",\"age\":33,\"sex\":\"female\",\"region\":\"foot-top\",\"durationDays\":6,"
                + "\"painScore\":3,\"findings\":{\"new-shoes\":true,\"swelling\":false},"
                + "\"expected\":{\"condition\":\"x\"},\"source\":\"https://example.org\",\"note\":\"n\"}");
        assertThat(c.id()).isEqualTo("D1");
        assertThat(c.findings())
                .containsEntry("new-shoes", true)
                .containsEntry("swelling", false)
                .hasSize(2);
    }

    @Test
    void age_sex_duration_and_pain_are_optional() {
        Case c = READER.read("{\"id\":\"x\",\"region\":\"knee\",\"sex\":null,\"findings\":{}}");
        assertThat(c.age()).isNull();
        assertThat(c.sex()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not JSON                     | {\"id\": \"x\", region              | case          | not valid JSON",
                "not an object                | [1, 2]                                | case          | expected a JSON object",
                "missing id                   | {\"region\":\"knee\",\"findings\":{}}  | id            | is missing",
                "missing region               | {\"id\":\"x\",\"findings\":{}}         | region        | is missing",
                "unknown region               | {\"id\":\"x\",\"region\":\"elbow\",\"findings\":{}} | region | 'elbow': unknown region",
                "missing findings             | {\"id\":\"x\",\"region\":\"knee\"}     | findings      | is missing",
                "unknown finding              | {\"id\":\"x\",\"region\":\"knee\",\"findings\":{\"sore-elbow\":true}} | findings | 'sore-elbow': unknown finding id",
                "finding not boolean          | {\"id\":\"x\",\"region\":\"knee\",\"findings\":{\"swelling\":\"yes\"}} | findings.swelling | must be true, false or null",
                "age too low                  | {\"id\":\"x\",\"age\":4,\"region\":\"knee\",\"findings\":{}} | age | 4: must be between 5 and 100",
                "age too high                 | {\"id\":\"x\",\"age\":101,\"region\":\"knee\",\"findings\":{}} | age | 101: must be between 5 and 100",
                "age not a number             | {\"id\":\"x\",\"age\":\"forty\",\"region\":\"knee\",\"findings\":{}} | age | 'forty': must be a whole number",
                "pain score too high          | {\"id\":\"x\",\"painScore\":11,\"region\":\"knee\",\"findings\":{}} | painScore | 11: must be between 0 and 10",
                "pain score negative          | {\"id\":\"x\",\"painScore\":-1,\"region\":\"knee\",\"findings\":{}} | painScore | -1: must be between 0 and 10",
                "pain score a fraction        | {\"id\":\"x\",\"painScore\":4.5,\"region\":\"knee\",\"findings\":{}} | painScore | 4.5: must be a whole number",
                "negative duration            | {\"id\":\"x\",\"durationDays\":-3,\"region\":\"knee\",\"findings\":{}} | durationDays | -3: must be 0 or more",
                "unknown sex                  | {\"id\":\"x\",\"sex\":\"other\",\"region\":\"knee\",\"findings\":{}} | sex | 'other': must be female, male or null",
            })
    void a_bad_case_is_refused_naming_the_field_and_value(String what, String json, String field, String message) {
        assertThatThrownBy(() -> READER.read(json))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidCaseException) e).field()).isEqualTo(field));
    }
}

package org.runmend.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runmend.support.TestClock;

class InterviewTokenTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final InterviewState STATE = new InterviewState(
            "i1",
            40,
            "female",
            "knee",
            "left",
            10,
            4,
            List.of(
                    new InterviewState.Asked("outer-knee-pain", Answer.YES),
                    new InterviewState.Asked("swelling", Answer.UNKNOWN)),
            List.of(),
            List.of());

    @Test
    void a_signed_state_round_trips_on_any_instance_with_the_same_secret() {
        String token = new InterviewToken(SECRET, TestClock.FIXED).sign(STATE);
        assertThat(new InterviewToken(SECRET.clone(), TestClock.FIXED).verify(token))
                .isEqualTo(STATE);
    }

    @Test
    void a_changed_token_is_refused() {
        InterviewToken tokens = new InterviewToken(SECRET, TestClock.FIXED);
        String token = tokens.sign(STATE);
        String other = tokens.sign(STATE.answer("outer-knee-pain", Answer.NO));
        String forged = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThatThrownBy(() -> tokens.verify(forged))
                .isInstanceOf(InterviewToken.InvalidTokenException.class)
                .hasMessageContaining("changed");
        assertThatThrownBy(() -> tokens.verify("garbage")).isInstanceOf(InterviewToken.InvalidTokenException.class);
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() {
        String token = new InterviewToken(SECRET, TestClock.FIXED).sign(STATE);
        byte[] other = "another-secret-another-secret-!!".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new InterviewToken(other, TestClock.FIXED).verify(token))
                .isInstanceOf(InterviewToken.InvalidTokenException.class);
    }

    @Test
    void an_old_token_has_expired() {
        Clock then = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.parse("2026-01-02T00:00:01Z"), ZoneOffset.UTC);
        String token = new InterviewToken(SECRET, then).sign(STATE);
        assertThatThrownBy(() -> new InterviewToken(SECRET, later).verify(token))
                .isInstanceOf(InterviewToken.InvalidTokenException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void answers_from_the_training_log_are_marked_not_counted_and_changing_one_makes_it_the_runners() {
        InterviewState s = InterviewState.start(
                new org.runmend.assessment.Case("i2", 30, "male", "shin", 10, 4, java.util.Map.of()),
                java.util.Map.of("load-increase", true));
        assertThat(s.isFromLog("load-increase")).isTrue();
        assertThat(s.questionsAnswered()).isZero();
        assertThat(s.toCase().findings()).containsEntry("load-increase", true);
        assertThat(s.back()).isEqualTo(s);
        InterviewState changed = s.answer("load-increase", Answer.NO);
        assertThat(changed.isFromLog("load-increase")).isFalse();
        assertThat(changed.questionsAnswered()).isEqualTo(1);
    }

    @Test
    void answering_again_changes_the_answer_in_place_and_back_takes_the_last_one_back() {
        InterviewState changed = STATE.answer("outer-knee-pain", Answer.NO);
        assertThat(changed.answers()).hasSize(2);
        assertThat(changed.answers().get(0).answer()).isEqualTo(Answer.NO);
        assertThat(changed.toCase().findings())
                .containsEntry("outer-knee-pain", false)
                .doesNotContainKey("swelling");
        assertThat(STATE.back().answers()).hasSize(1);
    }

    @Test
    void a_handle_reveals_neither_the_age_nor_the_answers() {
        InterviewState state = STATE.answer("outer-knee-pain", Answer.NO);
        String token = new InterviewToken(SECRET, TestClock.FIXED).sign(state);
        StringBuilder seen = new StringBuilder(token);
        for (String part : token.split("\\.", 0)) {
            seen.append(new String(java.util.Base64.getUrlDecoder().decode(part), StandardCharsets.ISO_8859_1));
        }
        assertThat(seen.toString())
                .doesNotContain("outer-knee-pain")
                .doesNotContain("age")
                .doesNotContain("answers");
        assertThat(new InterviewToken(SECRET, TestClock.FIXED).sign(state))
                .as("a new nonce each time")
                .isNotEqualTo(token);
    }
}

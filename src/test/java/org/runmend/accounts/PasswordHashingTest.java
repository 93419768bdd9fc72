package org.runmend.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {
    @Test
    void the_app_hashes_at_full_strength_unless_the_test_suite_asks_for_cheap_hashes() {
        String before = System.getProperty(PasswordHashing.PROPERTY);
        try {
            System.clearProperty(PasswordHashing.PROPERTY);
            assertThat(PasswordHashing.fromSystemProperty()).isEqualTo(PasswordHashing.STRONG);
            System.setProperty(PasswordHashing.PROPERTY, "weak");
            assertThat(PasswordHashing.fromSystemProperty()).isEqualTo(PasswordHashing.STRONG);
            System.setProperty(PasswordHashing.PROPERTY, "test");
            assertThat(PasswordHashing.fromSystemProperty()).isEqualTo(PasswordHashing.TEST_ONLY);
        } finally {
            if (before == null) {
                System.clearProperty(PasswordHashing.PROPERTY);
            } else {
                System.setProperty(PasswordHashing.PROPERTY, before);
            }
        }
    }

    @Test
    void strong_is_the_owasp_argon2id_setting() {
        assertThat(PasswordHashing.STRONG).isEqualTo(new PasswordHashing(19_456, 2, 1));
    }
}

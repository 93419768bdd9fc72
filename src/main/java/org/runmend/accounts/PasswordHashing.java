package org.runmend.accounts;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * The Argon2id cost of password hashes. The app always uses {@link #STRONG}; only the test suite
 * sets the system property {@value #PROPERTY} to {@code test} to get {@link #TEST_ONLY}, so that
 * the hundreds of sign-ups and log-ins in the tests do not each take a full-strength hash.
 *
 * @param memoryKiB   memory per hash in KiB
 * @param iterations  passes over that memory
 * @param parallelism lanes
 */
public record PasswordHashing(int memoryKiB, int iterations, int parallelism) {
    /** The system property that selects {@link #TEST_ONLY} when set to {@code test}. */
    public static final String PROPERTY = "runmend.passwordHashing";
    /** The OWASP Password Storage Cheat Sheet's first recommended setting: 19 MiB, 2 iterations, 1 lane. */
    public static final PasswordHashing STRONG = new PasswordHashing(19_456, 2, 1);
    /** Far too cheap for real passwords: for tests only. */
    public static final PasswordHashing TEST_ONLY = new PasswordHashing(64, 1, 1);

    /** {@link #TEST_ONLY} when the system property {@value #PROPERTY} is {@code test}, else {@link #STRONG}. */
    public static PasswordHashing fromSystemProperty() {
        return "test".equals(System.getProperty(PROPERTY)) ? TEST_ONLY : STRONG;
    }

    Argon2Function function() {
        return Argon2Function.getInstance(memoryKiB, iterations, parallelism, 32, Argon2.ID);
    }
}

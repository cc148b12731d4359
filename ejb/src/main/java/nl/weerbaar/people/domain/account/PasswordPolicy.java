package nl.weerbaar.people.domain.account;

import java.util.Optional;

/**
 * Which passwords are accepted — {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, none from
 * the lists attackers try first (ASVS 2.1.1, 2.1.7) — and how they are hashed: PBKDF2-HMAC-SHA512
 * with 210,000 iterations (OWASP's figure for SHA-512). Compile-time constants, because the
 * identity store definition is an annotation.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public static final String ALGORITHM_NAME = "PBKDF2WithHmacSHA512";
    public static final int ITERATION_COUNT = 210_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 64;

    /** The same, in the parameter form of Jakarta Security's {@code Pbkdf2PasswordHash}. */
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=" + ALGORITHM_NAME;
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATION_COUNT;
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=" + SALT_BYTES;
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=" + KEY_BYTES;

    private PasswordPolicy() {
    }

    /** The message key of what is wrong with a new password; empty when it is acceptable. */
    public static Optional<String> objectionTo(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of("weerbaar.account.wachtwoord.lengte");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("weerbaar.account.wachtwoord.bekend");
        }
        return Optional.empty();
    }
}

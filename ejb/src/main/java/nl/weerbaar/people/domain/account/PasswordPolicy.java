package nl.weerbaar.people.domain.account;

/**
 * How passwords are hashed: PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's figure for
 * SHA-512). Compile-time constants, because the identity store definition is an annotation.
 */
public final class PasswordPolicy {
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
}

package nl.weerbaar.people.infrastructure;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import nl.weerbaar.people.domain.account.PasswordPolicy;

/**
 * Hashes passwords for new accounts in the encoding the server's Jakarta Security PBKDF2
 * implementation verifies ({@code algorithm:iterations:salt:hash}, Base64), with the parameters
 * of {@link PasswordPolicy}. Lives here so account creation does not
 * depend on a CDI bean of the security implementation being visible in this module.
 */
public final class Pbkdf2Hasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pbkdf2Hasher() {
    }

    /** Whether the password matches a stored hash of this encoding (in constant time for the comparison). */
    public static boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4) {
            return false;
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] salt = base64.decode(parts[2]);
            byte[] expected = base64.decode(parts[3]);
            PBEKeySpec spec = new PBEKeySpec(password, salt, Integer.parseInt(parts[1]), expected.length * 8);
            byte[] actual = SecretKeyFactory.getInstance(parts[0]).generateSecret(spec).getEncoded();
            spec.clearPassword();
            return java.security.MessageDigest.isEqual(expected, actual);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[PasswordPolicy.SALT_BYTES];
        RANDOM.nextBytes(salt);
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, PasswordPolicy.ITERATION_COUNT, PasswordPolicy.KEY_BYTES * 8);
            byte[] key = SecretKeyFactory.getInstance(PasswordPolicy.ALGORITHM_NAME).generateSecret(spec).getEncoded();
            spec.clearPassword();
            Base64.Encoder base64 = Base64.getEncoder();
            return PasswordPolicy.ALGORITHM_NAME + ":" + PasswordPolicy.ITERATION_COUNT + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java 17 runtime", e);
        }
    }
}

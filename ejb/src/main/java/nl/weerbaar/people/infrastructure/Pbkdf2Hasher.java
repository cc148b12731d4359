package nl.weerbaar.people.infrastructure;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import nl.weerbaar.people.domain.PasswordPolicy;

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

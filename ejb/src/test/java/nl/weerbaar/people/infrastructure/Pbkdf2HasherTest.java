package nl.weerbaar.people.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import nl.weerbaar.people.domain.account.PasswordPolicy;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** Our hashes must be verifiable by the server's own Jakarta Security implementation (Soteria). */
class Pbkdf2HasherTest {

    private static Pbkdf2PasswordHashImpl soteria() {
        Map<String, String> parameters = new HashMap<>();
        for (String setting : new String[] {PasswordPolicy.ALGORITHM, PasswordPolicy.ITERATIONS,
                PasswordPolicy.SALT_SIZE, PasswordPolicy.KEY_SIZE}) {
            String[] pair = setting.split("=", 2);
            parameters.put(pair[0], pair[1]);
        }
        Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
        hash.initialize(parameters);
        return hash;
    }

    @Test
    void theIdentityStoreVerifiesOurHashOfTheRightPassword() {
        String stored = Pbkdf2Hasher.hash("demo-weerbaar".toCharArray());
        Pbkdf2PasswordHashImpl soteria = soteria();
        assertTrue(soteria.verify("demo-weerbaar".toCharArray(), stored));
        assertFalse(soteria.verify("demo-weerbaaR".toCharArray(), stored));
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertNotEquals(Pbkdf2Hasher.hash("same".toCharArray()), Pbkdf2Hasher.hash("same".toCharArray()));
    }
}

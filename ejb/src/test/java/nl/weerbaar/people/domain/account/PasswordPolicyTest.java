package nl.weerbaar.people.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for every new password, whether chosen at invitation, changed or reset. */
class PasswordPolicyTest {

    @Test
    void aNewPasswordHasTwelveToOneHundredTwentyEightCharactersAndIsNoCommonOne() {
        assertEquals(Optional.of("weerbaar.account.wachtwoord.lengte"), PasswordPolicy.objectionTo(null));
        assertEquals(Optional.of("weerbaar.account.wachtwoord.lengte"), PasswordPolicy.objectionTo("elf-tekens!"));
        assertEquals(Optional.of("weerbaar.account.wachtwoord.lengte"), PasswordPolicy.objectionTo("x".repeat(129)));
        assertEquals(Optional.of("weerbaar.account.wachtwoord.bekend"), PasswordPolicy.objectionTo("qazwsxedcrfv"));
        assertEquals(Optional.empty(), PasswordPolicy.objectionTo("twaalf-tekens"));
        assertEquals(Optional.empty(), PasswordPolicy.objectionTo("een-nieuw-lang-wachtwoord"));
    }
}

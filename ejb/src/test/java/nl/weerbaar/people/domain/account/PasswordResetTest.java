package nl.weerbaar.people.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import nl.weerbaar.platform.Sha256;
import org.junit.jupiter.api.Test;

/** The rules of a reset link: 256 random bits, kept as SHA-256, valid one hour, once. */
class PasswordResetTest {

    private static final Instant ASKED = Instant.parse("2027-10-31T00:30:00Z");

    @Test
    void aTokenHasAtLeast128RandomBitsAndOnlyItsHashIsKept() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            PasswordReset.Issued issued = PasswordReset.issue("deelnemer", ASKED);
            assertTrue(Base64.getUrlDecoder().decode(issued.token()).length * 8 >= 128, issued.token());
            assertTrue(tokens.add(issued.token()), "never the same token twice");
        }
        String token = PasswordReset.issue("deelnemer", ASKED).token();
        assertEquals(Sha256.hex(token), PasswordReset.hash(token));
        assertNotEquals(token, PasswordReset.hash(token));
        assertTrue(PasswordReset.hash(token).matches("[0-9a-f]{64}"));
    }

    @Test
    void aLinkIsUsableForAnHourAndNotAMomentLonger() {
        PasswordReset reset = PasswordReset.issue("deelnemer", ASKED).reset();
        assertEquals(ASKED.plus(Duration.ofHours(1)), reset.getExpiresAt());
        assertEquals(PasswordReset.State.USABLE, reset.stateAt(ASKED));
        assertEquals(PasswordReset.State.USABLE, reset.stateAt(ASKED.plus(Duration.ofMinutes(59).plusSeconds(59))));
        assertEquals(PasswordReset.State.EXPIRED, reset.stateAt(ASKED.plus(Duration.ofHours(1))));
        assertEquals(PasswordReset.State.EXPIRED, reset.stateAt(ASKED.plus(Duration.ofDays(2))));
        assertThrows(IllegalStateException.class, () -> reset.use(ASKED.plus(Duration.ofMinutes(61))));
    }

    @Test
    void anHourIsAnHourAcrossTheChangeToWinterTime() {
        // 31 October 2027, 01:00 UTC: Amsterdam's clocks go from 03:00 back to 02:00.
        Instant beforeTheChange = Instant.parse("2027-10-31T00:45:00Z");
        PasswordReset reset = PasswordReset.issue("deelnemer", beforeTheChange).reset();
        assertEquals(PasswordReset.State.EXPIRED, reset.stateAt(beforeTheChange.plus(Duration.ofMinutes(61))));
    }

    @Test
    void aLinkWorksOnce() {
        PasswordReset reset = PasswordReset.issue("deelnemer", ASKED).reset();
        reset.use(ASKED.plus(Duration.ofMinutes(10)));
        assertEquals(PasswordReset.State.USED, reset.stateAt(ASKED.plus(Duration.ofMinutes(11))));
        assertEquals(PasswordReset.State.USED, reset.stateAt(ASKED.plus(Duration.ofHours(3))), "used stays used, not expired");
        assertThrows(IllegalStateException.class, () -> reset.use(ASKED.plus(Duration.ofMinutes(12))));
    }
}

package nl.weerbaar.web.platform.security.throttle;

import nl.weerbaar.web.platform.HandClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresAreFreeAndTheSixthAttemptWaitsASecond() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.check("ngb", "10.0.0.1").isEmpty(), "attempt " + (i + 1));
            throttle.failed("ngb", "10.0.0.1");
        }
        assertTrue(throttle.check("ngb", "10.0.0.1").isEmpty(), "the sixth attempt itself is allowed");
        throttle.failed("ngb", "10.0.0.1");
        LoginThrottle.Refusal refusal = throttle.check("ngb", "10.0.0.1").orElseThrow();
        assertFalse(refusal.locked());
        assertEquals(1, refusal.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(throttle.check("ngb", "10.0.0.1").isEmpty());
    }

    @Test
    void eachFailureBeyondFiveAddsASecondOfWaiting() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("trainer", "10.0.0.2");
        }
        assertEquals(3, throttle.check("trainer", "10.0.0.2").orElseThrow().retryAfterSeconds());
    }

    @Test
    void tenFailuresInFifteenMinutesLockTheNameForFifteenMinutes() {
        LoginThrottle.Consequence last = null;
        for (int i = 0; i < 10; i++) {
            last = throttle.failed("bzk", "10.0.0.3");
            clock.advance(Duration.ofSeconds(60));
        }
        assertEquals(LoginThrottle.Consequence.NAME_LOCKED, last);
        LoginThrottle.Refusal refusal = throttle.check("BZK ", "10.0.0.9").orElseThrow();
        assertTrue(refusal.locked(), "the lock holds for the name in any case and from any address");
        assertEquals(Duration.ofMinutes(14), refusal.retryAfter());
        assertEquals(java.util.List.of("bzk"), throttle.lockedNames());
        clock.advance(Duration.ofMinutes(14));
        assertTrue(throttle.check("bzk", "10.0.0.3").isEmpty(), "the lock has run out, and so have most failures");
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("admin", "10.0.0.4");
        }
        clock.advance(Duration.ofMinutes(16));
        assertEquals(LoginThrottle.Consequence.NONE, throttle.failed("admin", "10.0.0.4"));
        assertTrue(throttle.check("admin", "10.0.0.4").isEmpty());
    }

    @Test
    void anAdministratorReleasesALockedName() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("deelnemer", "10.0.0.5");
        }
        assertTrue(throttle.release("deelnemer"));
        assertTrue(throttle.check("deelnemer", "10.0.0.5").isEmpty());
        assertFalse(throttle.release("deelnemer"), "nothing left to release");
    }

    @Test
    void aCorrectPasswordForgivesTheNamesFailures() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("ngb", "10.0.0.6");
        }
        throttle.succeeded("ngb");
        assertTrue(throttle.check("ngb", "10.0.0.6").isEmpty());
    }

    @Test
    void fiftyFailuresFromOneAddressBlockItForEveryName() {
        LoginThrottle.Consequence last = null;
        for (int i = 0; i < 50; i++) {
            last = throttle.failed("name-" + i, "10.0.0.7");
        }
        assertEquals(LoginThrottle.Consequence.ADDRESS_BLOCKED, last);
        assertTrue(throttle.check("someone-else", "10.0.0.7").orElseThrow().locked());
        assertTrue(throttle.check("someone-else", "10.0.0.8").isEmpty(), "other addresses are not affected");
    }
}

package nl.weerbaar.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(15), 8);

    @Test
    void theFirstRetryComesWithinAMinuteAndEachNextWaitsTwiceAsLong() {
        assertEquals(Duration.ofSeconds(30), DEFAULT.delayAfter(1));
        assertEquals(Duration.ofMinutes(1), DEFAULT.delayAfter(2));
        assertEquals(Duration.ofMinutes(2), DEFAULT.delayAfter(3));
        assertEquals(Duration.ofMinutes(4), DEFAULT.delayAfter(4));
        assertEquals(Duration.ofMinutes(8), DEFAULT.delayAfter(5));
    }

    @Test
    void theDelayNeverExceedsTheCapHoweverOftenItFailed() {
        assertEquals(Duration.ofMinutes(15), DEFAULT.delayAfter(6));
        assertEquals(Duration.ofMinutes(15), DEFAULT.delayAfter(7));
        assertEquals(Duration.ofMinutes(15), DEFAULT.delayAfter(1_000));
    }

    @Test
    void aMailDiesAtTheEighthFailureAndNotBefore() {
        OutboxMail mail = new OutboxMail("a@example.nl", "Onderwerp", "Tekst", null, LocalDateTime.of(2027, 3, 1, 9, 0));
        LocalDateTime now = LocalDateTime.of(2027, 3, 1, 9, 0);
        for (int i = 1; i < 8; i++) {
            mail.failed("421 try later", now, DEFAULT);
            assertFalse(mail.isDead(), "alive after " + i + " failures");
            assertFalse(mail.isDueAt(now), "not due again straight away");
            assertTrue(mail.isDueAt(now.plus(DEFAULT.delayAfter(i))), "due after its back-off");
        }
        mail.failed("421 try later", now, DEFAULT);
        assertTrue(mail.isDead());
        assertEquals(8, mail.getAttempts());
        assertFalse(mail.isDueAt(now.plusDays(1)), "a dead mail waits for an administrator");
    }

    @Test
    void aResentDeadMailIsDueNowWithAFreshCountButASentOneCannotBeResent() {
        LocalDateTime now = LocalDateTime.of(2027, 3, 1, 9, 0);
        OutboxMail mail = new OutboxMail("a@example.nl", "Onderwerp", "Tekst", null, now);
        RetryPolicy once = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1);
        mail.failed("refused", now, once);
        assertTrue(mail.isDead());
        mail.resend(now.plusHours(1));
        assertTrue(mail.isDueAt(now.plusHours(1)));
        assertEquals(0, mail.getAttempts());
        mail.sent(now.plusHours(1));
        assertThrows(IllegalStateException.class, () -> mail.resend(now.plusHours(2)));
    }

    @Test
    void aPolicyWithoutAttemptsOrWithACapBelowTheFirstDelayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(1), 0));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 8));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 8));
    }
}

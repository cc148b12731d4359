package nl.weerbaar.notification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxWorkerHeartbeatTest {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

    @Test
    void aWorkerWhoseTimerCalledWithinAMinuteIsAliveEvenWithAShortInterval() {
        assertTrue(new OutboxWorker.Heartbeat(NOW.minusSeconds(59), false, Duration.ofSeconds(1)).alive(NOW));
        assertFalse(new OutboxWorker.Heartbeat(NOW.minusSeconds(61), false, Duration.ofSeconds(1)).alive(NOW));
    }

    @Test
    void aLongIntervalAllowsTenIntervalsBetweenCalls() {
        assertTrue(new OutboxWorker.Heartbeat(NOW.minusSeconds(290), false, Duration.ofSeconds(30)).alive(NOW));
        assertFalse(new OutboxWorker.Heartbeat(NOW.minusSeconds(301), false, Duration.ofSeconds(30)).alive(NOW));
    }

    @Test
    void aRoundUnderWayIsAliveHoweverLongTheTimerWasHeldBack() {
        assertTrue(new OutboxWorker.Heartbeat(NOW.minus(Duration.ofMinutes(20)), true, Duration.ofSeconds(5)).alive(NOW));
    }
}

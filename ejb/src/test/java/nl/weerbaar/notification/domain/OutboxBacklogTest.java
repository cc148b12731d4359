package nl.weerbaar.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxBacklogTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 9, 0);

    @Test
    void theOldestWaitingMailsAgeIsCountedFromWhenItWasMade() {
        OutboxBacklog backlog = new OutboxBacklog(3, 1, Optional.of(NOW.minusMinutes(42)));
        assertEquals(Duration.ofMinutes(42), backlog.oldestPendingAge(NOW));
    }

    @Test
    void anEmptyOutboxHasNoAgeAndDeadMailsAloneGiveNone() {
        assertEquals(Duration.ZERO, new OutboxBacklog(0, 5, Optional.empty()).oldestPendingAge(NOW));
    }

    @Test
    void aMailStampedAfterTheClockReadingIsNotNegativelyOld() {
        assertEquals(Duration.ZERO, new OutboxBacklog(1, 0, Optional.of(NOW.plusSeconds(2))).oldestPendingAge(NOW));
    }
}

package nl.weerbaar.web.platform.security.throttle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.weerbaar.web.platform.HandClock;
import org.junit.jupiter.api.Test;

class ResetRequestLimitTest {

    private final HandClock clock = new HandClock();
    private final ResetRequestLimit limit = new ResetRequestLimit(clock);

    @Test
    void oneAddressGetsThreeRequestsAnHourHoweverItIsTyped() {
        assertTrue(limit.take("wethouder@example.nl", "10.0.0.1").isEmpty());
        assertTrue(limit.take(" Wethouder@Example.NL ", "10.0.0.2").isEmpty());
        assertTrue(limit.take("wethouder@example.nl", "10.0.0.3").isEmpty());
        long wait = limit.take("wethouder@example.nl", "10.0.0.4").orElseThrow();
        assertTrue(wait > 3500 && wait <= 3601, "about an hour: " + wait);
        assertTrue(limit.take("burgemeester@example.nl", "10.0.0.4").isEmpty(), "another address is not held up");
        clock.advance(ResetRequestLimit.WINDOW.plus(Duration.ofSeconds(1)));
        assertTrue(limit.take("wethouder@example.nl", "10.0.0.1").isEmpty(), "an hour later it may again");
    }

    @Test
    void oneClientGetsThirtyRequestsAnHourForAnyAddresses() {
        for (int i = 0; i < ResetRequestLimit.PER_CLIENT; i++) {
            assertTrue(limit.take("adres-" + i + "@example.nl", "10.0.0.9").isEmpty());
        }
        assertTrue(limit.take("nog-een@example.nl", "10.0.0.9").isPresent());
        assertTrue(limit.take("nog-een@example.nl", "10.0.0.10").isEmpty(), "another client is not held up");
    }
}

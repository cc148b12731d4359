package nl.weerbaar.web.platform.security;

import nl.weerbaar.web.platform.HandClock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWellFormedHeaderGivesUserAndPasswordWhichMayContainColons() {
        assertArrayEquals(new String[] {"ngb", "a:b:c"},
                WeerbaarAuthenticationMechanism.basicCredentials(basic("ngb:a:b:c")).orElseThrow());
    }

    @Test
    void malformedHeadersAreNoCredentials() {
        assertEquals(Optional.empty(), WeerbaarAuthenticationMechanism.basicCredentials(null));
        assertEquals(Optional.empty(), WeerbaarAuthenticationMechanism.basicCredentials("Bearer x"));
        assertEquals(Optional.empty(), WeerbaarAuthenticationMechanism.basicCredentials("Basic !!!"));
        assertEquals(Optional.empty(), WeerbaarAuthenticationMechanism.basicCredentials(basic(":password")));
        assertEquals(Optional.empty(), WeerbaarAuthenticationMechanism.basicCredentials(basic("no-colon")));
    }

    @Test
    void aVerifiedCredentialIsRememberedForFiveMinutesAndOnlyWithTheSamePassword() {
        HandClock clock = new HandClock();
        VerifiedCredentials verified = new VerifiedCredentials(clock);
        verified.remember("ngb", "geheim", "ngb", Set.of("ngb"));
        assertEquals(Set.of("ngb"), verified.lookup("ngb", "geheim").orElseThrow().groups());
        assertTrue(verified.lookup("ngb", "Geheim").isEmpty());
        assertTrue(verified.lookup("bzk", "geheim").isEmpty());
        clock.advance(VerifiedCredentials.TIME_TO_LIVE.plus(Duration.ofSeconds(1)));
        assertTrue(verified.lookup("ngb", "geheim").isEmpty());
    }
}

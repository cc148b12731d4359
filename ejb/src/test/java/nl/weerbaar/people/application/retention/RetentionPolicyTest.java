package nl.weerbaar.people.application.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    @Test
    void theDefaultsAreTheReadmesAndTheHorizonsLieThatFarBack() {
        RetentionPolicy policy = RetentionPolicy.configured();
        assertEquals(new RetentionPolicy(Period.ofYears(6), Period.ofYears(6), Period.ofYears(7)), policy);
        LocalDateTime now = LocalDateTime.of(2026, 12, 2, 3, 50);
        assertEquals(new RetentionPolicy.Horizons(LocalDateTime.of(2020, 12, 2, 3, 50), LocalDateTime.of(2020, 12, 2, 3, 50),
                LocalDateTime.of(2019, 12, 2, 3, 50)), policy.horizons(now));
    }

    @Test
    void auditRowsAreKeptAtLeastAYearInWhateverUnit() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(Period.ofYears(6), Period.ofYears(6),
                Period.ofMonths(11)));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(Period.ofYears(6), Period.ofYears(6),
                Period.ofDays(364)));
        assertEquals(Period.ofDays(400), new RetentionPolicy(Period.ofYears(6), Period.ofYears(6), Period.ofDays(400)).audit());
    }

    @Test
    void periodsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(Period.ZERO, Period.ofYears(6), Period.ofYears(7)));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(Period.ofYears(6), Period.ofDays(-1),
                Period.ofYears(7)));
    }
}

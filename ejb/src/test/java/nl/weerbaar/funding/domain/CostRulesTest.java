package nl.weerbaar.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import org.junit.jupiter.api.Test;

class CostRulesTest {

    private static final LocalDateTime DEADLINE = LocalDateTime.of(2027, 3, 1, 9, 0);

    @Test
    void usedPlacesAndLateCancellationsCostAndTimelyCancellationsDoNot() {
        assertTrue(CostRules.costs(EnrolmentStatus.ATTENDED, DEADLINE.minusDays(9), DEADLINE));
        assertTrue(CostRules.costs(EnrolmentStatus.PARTIALLY_ATTENDED, DEADLINE, DEADLINE));
        assertTrue(CostRules.costs(EnrolmentStatus.NO_SHOW, DEADLINE, DEADLINE), "a no-show still costs");
        assertTrue(CostRules.costs(EnrolmentStatus.CANCELLED, DEADLINE.plusMinutes(1), DEADLINE), "too late");
        assertFalse(CostRules.costs(EnrolmentStatus.CANCELLED, DEADLINE, DEADLINE), "on the deadline is in time");
        assertFalse(CostRules.costs(EnrolmentStatus.BOOKED, DEADLINE, DEADLINE), "not yet spent");
        assertFalse(CostRules.costs(EnrolmentStatus.WAITLISTED, DEADLINE, DEADLINE));
    }

    @Test
    void bzkFundsMayorsUnlessNgbMarksOtherwise() {
        assertTrue(CostRules.funded(null, Ambt.BURGEMEESTER));
        assertFalse(CostRules.funded(null, Ambt.WETHOUDER));
        assertTrue(CostRules.funded(true, Ambt.WETHOUDER));
        assertFalse(CostRules.funded(null, Ambt.RAADSLID));
        assertFalse(CostRules.funded(false, Ambt.BURGEMEESTER));
        assertTrue(CostRules.funded(true, Ambt.STATENLID));
    }

    @Test
    void theTariffValidOnTheSessionDayApplies() {
        Tariff old = new Tariff(TariffKind.PARTICIPANT, new BigDecimal("450.00"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "ngb", LocalDateTime.now());
        Tariff current = new Tariff(TariffKind.PARTICIPANT, new BigDecimal("475.00"), LocalDate.of(2027, 1, 1), null, "ngb",
                LocalDateTime.now());
        Tariff trainers = new Tariff(TariffKind.SESSION_TRAINERS, new BigDecimal("1800.00"), LocalDate.of(2026, 1, 1), null,
                "ngb", LocalDateTime.now());
        Tariffs tariffs = new Tariffs(List.of(old, current, trainers));
        assertEquals(new BigDecimal("450.00"), tariffs.on(TariffKind.PARTICIPANT, LocalDate.of(2026, 12, 31)));
        assertEquals(new BigDecimal("475.00"), tariffs.on(TariffKind.PARTICIPANT, LocalDate.of(2027, 6, 1)));
        assertEquals(BigDecimal.ZERO, tariffs.on(TariffKind.PARTICIPANT, LocalDate.of(2025, 6, 1)));
        assertEquals(new BigDecimal("1800.00"), tariffs.sessionOn(LocalDate.of(2027, 6, 1)), "no location tariff: zero");
    }
}

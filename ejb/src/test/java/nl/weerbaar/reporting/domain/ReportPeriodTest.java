package nl.weerbaar.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void aQuarterRunsFromItsFirstDayForThreeMonths() {
        ReportPeriod k2 = ReportPeriod.parse("2024", "2");
        assertEquals(LocalDateTime.of(2024, 4, 1, 0, 0), k2.from());
        assertEquals(LocalDateTime.of(2024, 7, 1, 0, 0), k2.until());
        assertEquals("2024-K2", k2.label());
        assertEquals(List.of(2), k2.quarters());
    }

    @Test
    void anEmptyQuarterIsTheWholeYear() {
        ReportPeriod year = ReportPeriod.parse(" 2024 ", "");
        assertEquals(ReportPeriod.ofYear(2024), year);
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), year.from());
        assertEquals(LocalDateTime.of(2025, 1, 1, 0, 0), year.until());
        assertEquals("2024", year.label());
        assertEquals(List.of(1, 2, 3, 4), year.quarters());
    }

    @Test
    void badYearsAndQuartersAreRefusedOnTheirField() {
        int next = Amsterdam.now().getYear() + 1;
        assertRefused("year", "rapport.jaar.ongeldig", () -> ReportPeriod.parse("abc", null));
        assertRefused("year", "rapport.jaar.ongeldig", () -> ReportPeriod.parse(null, null));
        assertRefused("year", "rapport.jaar.ongeldig", () -> ReportPeriod.parse("2019", null));
        assertRefused("year", "rapport.jaar.ongeldig", () -> ReportPeriod.of(next + 1, null));
        assertRefused("year", "rapport.jaar.ongeldig", () -> ReportPeriod.of(null, 1));
        assertRefused("quarter", "rapport.kwartaal.ongeldig", () -> ReportPeriod.parse("2024", "5"));
        assertRefused("quarter", "rapport.kwartaal.ongeldig", () -> ReportPeriod.parse("1999", "x"));
        assertEquals(next, ReportPeriod.ofYear(next).year());
    }

    private static void assertRefused(String field, String key, Runnable make) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, make::run);
        assertEquals(Map.of(field, key), refused.messageKeysByField());
    }
}

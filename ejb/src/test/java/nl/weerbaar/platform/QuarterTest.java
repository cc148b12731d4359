package nl.weerbaar.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void eachDateFallsInTheQuarterOfItsMonth() {
        assertEquals(new Quarter(2027, 1), Quarter.of(LocalDate.of(2027, 1, 1)));
        assertEquals(new Quarter(2027, 1), Quarter.of(LocalDate.of(2027, 3, 31)));
        assertEquals(new Quarter(2027, 2), Quarter.of(LocalDateTime.of(2027, 4, 1, 0, 0)));
        assertEquals(new Quarter(2027, 3), Quarter.of(LocalDate.of(2027, 9, 30)));
        assertEquals(new Quarter(2027, 4), Quarter.of(LocalDateTime.of(2027, 12, 31, 23, 59)));
    }

    @Test
    void aQuarterBeginsOnTheFirstOfItsFirstMonthAndIsLabelledWithK() {
        assertEquals(LocalDate.of(2027, 10, 1), new Quarter(2027, 4).firstDay());
        assertEquals("K2", new Quarter(2027, 2).shortLabel());
        assertEquals("2027-K2", new Quarter(2027, 2).label());
    }

    @Test
    void thereIsNoFifthQuarter() {
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2027, 5));
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2027, 0));
    }
}

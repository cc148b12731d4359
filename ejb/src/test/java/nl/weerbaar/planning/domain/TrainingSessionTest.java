package nl.weerbaar.planning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import nl.weerbaar.people.domain.Provincie;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 1, 9, 0);

    @Test
    void aSessionMaySpanTwoDays() {
        TrainingSession session = new TrainingSession("Training", NINE, NINE.plusDays(1).plusHours(8), "Zwolle",
                Provincie.OVERIJSSEL, 8, SessionStatus.OPEN, NINE.minusMonths(1));
        assertEquals(NINE.plusDays(1).plusHours(8), session.getEnd());
        assertEquals(SessionStatus.OPEN, session.getStatus());
    }

    @Test
    void theDomainRefusesAnEndBeforeTheStartEvenWhenValidationWasSkipped() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingSession("Training", NINE, NINE, "Zwolle",
                Provincie.OVERIJSSEL, 8, SessionStatus.OPEN, NINE));
    }

    @Test
    void aNewSessionCannotStartHeld() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingSession("Training", NINE, NINE.plusHours(1),
                "Zwolle", Provincie.OVERIJSSEL, 8, SessionStatus.HELD, NINE));
    }

    @Test
    void provincesAreFoundByTheirOfficialNameOnly() {
        assertEquals(Provincie.FRYSLAN, Provincie.metNaam("Fryslân").orElseThrow());
        assertEquals(Provincie.NOORD_BRABANT, Provincie.metNaam("Noord-Brabant").orElseThrow());
        assertEquals(java.util.Optional.empty(), Provincie.metNaam("noord-brabant"));
    }

    @Test
    void savingWithoutAChangeOfDateTimeOrPlaceIsNoMove() {
        TrainingSession session = new TrainingSession("Training", NINE.plusNanos(123_000), NINE.plusHours(7), "Zwolle",
                Provincie.OVERIJSSEL, 8, SessionStatus.OPEN, NINE.minusMonths(1));

        assertEquals(false, session.reschedule("Andere titel", NINE, NINE.plusHours(7), " Zwolle ", Provincie.OVERIJSSEL, 10),
                "the same minute, the same place: nobody is told of a new date");
        assertEquals(NINE.plusNanos(123_000), session.getStart(), "and the stored time stays as it was");
        assertEquals(true, session.reschedule("Andere titel", NINE.plusMinutes(30), NINE.plusHours(7), "Zwolle",
                Provincie.OVERIJSSEL, 10));
        assertEquals(true, session.reschedule("Andere titel", NINE.plusMinutes(30), NINE.plusHours(7), "Deventer",
                Provincie.OVERIJSSEL, 10));
    }
}

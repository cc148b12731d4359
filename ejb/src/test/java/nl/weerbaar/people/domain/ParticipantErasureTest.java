package nl.weerbaar.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ParticipantErasureTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 1, 0);

    private static Participant mayor() {
        Gemeente utrecht = new Gemeente("GM0344", "Utrecht", "VR09", "Utrecht", Provincie.metNaam("Utrecht").orElseThrow());
        Participant p = new Participant("Wilhelmina Wisvliet", "W.Wisvliet@Raadhuis.example", "030 123 45 67",
                Ambt.BURGEMEESTER, utrecht, null, LocalDate.of(2021, 3, 1), NOW.minusYears(1));
        p.linkAccount("wisvliet");
        return p;
    }

    @Test
    void erasureLeavesOfficeAndProvinceButNothingThatPointsToTheOneMayorOfHerGemeente() {
        Participant p = mayor();
        assertFalse(p.isErased());

        assertEquals("wisvliet", p.erase(NOW), "the login to delete");

        assertTrue(p.isErased());
        assertEquals("Verwijderde deelnemer", p.getNaam());
        assertFalse(p.getEmail().contains("wisvliet"), p.getEmail());
        assertTrue(p.getEmail().endsWith("@weerbaar.invalid"), "never a deliverable address: " + p.getEmail());
        assertNull(p.getTelefoon());
        assertNull(p.getAccountUsername());
        assertNull(p.getGemeente(), "one mayor per gemeente");
        assertNull(p.getInFunctieSinds(), "the date her office began");
        assertEquals(Ambt.BURGEMEESTER, p.getAmbt(), "kept for the figures");
        assertEquals("Utrecht", p.getProvincie().naam(), "kept for the figures");
    }

    @Test
    void aSecondErasureHasNoLoginLeftToDelete() {
        Participant p = mayor();
        p.erase(NOW);
        assertNull(p.erase(NOW.plusDays(1)));
        assertEquals("Utrecht", p.getProvincie().naam());
    }
}

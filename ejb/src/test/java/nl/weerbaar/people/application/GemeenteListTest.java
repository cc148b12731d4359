package nl.weerbaar.people.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.weerbaar.people.application.GemeenteListImport.GemeenteListRejected;
import nl.weerbaar.people.application.GemeenteListImport.Problem;
import nl.weerbaar.people.domain.Provincie;
import org.junit.jupiter.api.Test;

class GemeenteListTest {

    private static final String HEADER = GemeenteListImport.HEADER + "\n";

    @Test
    void aQuotedFieldMayHoldACommaAQuoteAndANewline() {
        List<GemeenteList.Entry> entries = GemeenteList.read("\uFEFF" + HEADER
                + "GM0820,\"Nuenen, Gerwen en Nederwetten\",VR22,Brabant-Zuidoost,Noord-Brabant\r\n"
                + "\n"
                + "GM9001,\"Nieuw \"\"Oost\"\"\nen West\",VR03, Drenthe ,Drenthe\n");
        assertEquals(List.of(
                new GemeenteList.Entry("GM0820", "Nuenen, Gerwen en Nederwetten", "VR22", "Brabant-Zuidoost",
                        Provincie.NOORD_BRABANT),
                new GemeenteList.Entry("GM9001", "Nieuw \"Oost\"\nen West", "VR03", "Drenthe", Provincie.DRENTHE)),
                entries);
    }

    @Test
    void everyBadRecordIsNamedByItsNumberAfterAQuotedNewline() {
        GemeenteListRejected rejected = assertThrows(GemeenteListRejected.class, () -> GemeenteList.read(HEADER
                + "GM9001,\"Twee\nregels\",VR03,Drenthe,Drenthe\n"
                + "GM9002,Ergens,VR03,Drenthe,Holland\n"
                + "XX12,Fout,VR03,Drenthe,Drenthe\n"
                + "GM9001,Weer,VR03,Drenthe,Drenthe\n"
                + "GM9003,Kort,VR03\n"));
        assertEquals(List.of(new Problem(3, "provincie"), new Problem(4, "code"), new Problem(5, "dubbel"),
                new Problem(6, "velden")), rejected.problems());
    }

    @Test
    void aWrongHeaderAnEmptyListAndAnUnclosedQuoteAreRefused() {
        assertEquals(List.of(new Problem(1, "kop")),
                assertThrows(GemeenteListRejected.class, () -> GemeenteList.read("code,naam\nGM0001,X\n")).problems());
        assertEquals(List.of(new Problem(1, "kop")),
                assertThrows(GemeenteListRejected.class, () -> GemeenteList.read(null)).problems());
        assertEquals(List.of(new Problem(2, "leeg")),
                assertThrows(GemeenteListRejected.class, () -> GemeenteList.read(HEADER + "\n  \n")).problems());
        assertEquals(List.of(new Problem(2, "velden")), assertThrows(GemeenteListRejected.class,
                () -> GemeenteList.read(HEADER + "GM9001,\"Open,VR03,Drenthe,Drenthe\n")).problems());
    }
}

package nl.weerbaar.people.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() {
        assertEquals(List.of("GM0820", "Nuenen, Gerwen en Nederwetten", "VR22", "Brabant-Zuidoost", "Noord-Brabant"),
                Csv.fields("GM0820,\"Nuenen, Gerwen en Nederwetten\",VR22,Brabant-Zuidoost,Noord-Brabant"));
        assertEquals(List.of("a \"b\"", "", "c"), Csv.fields("\"a \"\"b\"\"\",,c"));
    }
}

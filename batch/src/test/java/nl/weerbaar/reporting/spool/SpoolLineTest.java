package nl.weerbaar.reporting.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpoolLineTest {

    @Test
    void fieldsWithTabsNewlinesAndBackslashesComeBackAsTheyWere() {
        List<String> fields = List.of("a\tb", "regel 1\nregel 2", "C:\\pad\\", "", "gewoon");
        String line = SpoolLine.join(fields.toArray());
        assertEquals(-1, line.indexOf('\n'), "one line per row");
        assertEquals(fields, SpoolLine.split(line));
    }

    @Test
    void rowsSurviveTheSpool() {
        ParticipationRow row = new ParticipationRow(7, "Noord-Holland", "BURGEMEESTER", 2, "NO_SHOW", true, 47500, 1, false);
        assertEquals(row, ParticipationRow.fromLine(row.toLine()));
        OperationalRow named = new OperationalRow(8, 3, "Sessie\tA", LocalDateTime.of(2027, 3, 1, 9, 30), "Zoë de Vries",
                "zoe@example.nl", "WETHOUDER", null, "Utrecht", "ATTENDED", LocalDate.of(2027, 4, 1));
        assertEquals(named, OperationalRow.fromLine(named.toLine()));
    }
}

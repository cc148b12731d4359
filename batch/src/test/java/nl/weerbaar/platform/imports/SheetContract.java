package nl.weerbaar.platform.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;

/**
 * What any uploaded .xlsx, however broken, must get from an importer's reading of it: a refusal whose
 * problems each say what is wrong, or rows whose cells read as text and as the importer's dates (an
 * unreadable date is a {@link DateTimeParseException}, which the importer turns into a row problem).
 * Anything else thrown is a finding. Shared by the Jazzer fuzz tests and their regression replays.
 */
public final class SheetContract {

    /** How an importer reads a column. */
    public enum Column { TEXT, DATE, DATE_TIME }

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private SheetContract() {
    }

    public static void holdsFor(byte[] file, List<String> header, List<Column> columns) {
        Sheet sheet;
        try {
            sheet = Sheet.open(file, header, DUTCH);
        } catch (ImportRejected refused) {
            assertFalse(refused.problems().isEmpty(), "a refusal says why");
            refused.problems().forEach(p -> assertFalse(p.message() == null || p.message().isBlank(), "a problem has words"));
            return;
        }
        assertNotNull(sheet.rows());
        for (Row row : sheet.rows()) {
            Sheet.number(row);
            for (int c = 0; c < columns.size(); c++) {
                Sheet.text(row, c);
                try {
                    switch (columns.get(c)) {
                        case DATE -> Sheet.date(row, c);
                        case DATE_TIME -> Sheet.dateTime(row, c);
                        case TEXT -> { }
                    }
                } catch (DateTimeParseException unreadable) {
                    assertNotNull(unreadable.getParsedString(), "the importer names the text it could not read");
                }
            }
        }
    }
}

package nl.weerbaar.platform.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.platform.poi.PoiSettings;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an uploaded .xlsx, checked as a file: at most {@value #MAX_BYTES} bytes, really
 * an xlsx that does not inflate beyond POI's limits ({@link PoiSettings}), the expected header, at
 * least one data row. Reads cells as text or dates.
 */
public final class Sheet {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final DataFormatter TEXT = new DataFormatter(Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final DateTimeFormatter DUTCH_DATE_TIME = DateTimeFormatter.ofPattern("d-M-uuuu H:mm");

    private final List<Row> rows;

    private Sheet(List<Row> rows) {
        this.rows = rows;
    }

    /** Opens the file or refuses it with one file-level problem. */
    public static Sheet open(byte[] content, List<String> header, Locale locale) {
        if (content == null || content.length == 0) {
            throw refused(locale, "bestand.leeg");
        }
        if (content.length > MAX_BYTES) {
            throw refused(locale, "bestand.te.groot", MAX_BYTES / (1024 * 1024));
        }
        PoiSettings.apply();
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException notXlsx) {
            if (PoiSettings.refusedAsHostile(notXlsx)) {
                throw refused(locale, "bestand.geweigerd");
            }
            // POI throws NotOfficeXmlFileException, OLE2NotOfficeXmlFileException or a ZIP error here.
            throw refused(locale, "bestand.geen.xlsx");
        } catch (NoClassDefFoundError unsupportedCompression) {
            // Found by fuzzing: a ZIP entry that claims Zstandard, XZ... makes commons-compress load an
            // optional codec we do not ship. An xlsx only uses stored or deflated entries (OPC).
            throw refused(locale, "bestand.geen.xlsx");
        }
        try (workbook) {
            if (workbook.getNumberOfSheets() == 0) {
                throw refused(locale, "bestand.leeg");
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first == null || sheet.getPhysicalNumberOfRows() == 0) {
                throw refused(locale, "bestand.leeg");
            }
            List<String> found = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                found.add(text(first, c).toLowerCase(Locale.ROOT));
            }
            if (!found.equals(header)) {
                throw refused(locale, "bestand.kop", String.join(", ", header));
            }
            List<Row> data = new ArrayList<>();
            for (int r = first.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !blank(row, header.size())) {
                    data.add(row);
                }
            }
            if (data.isEmpty()) {
                throw refused(locale, "bestand.geen.regels");
            }
            data.forEach(row -> readable(row, header.size()));
            return new Sheet(data);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof ImportRejected rejected) {
                throw rejected;
            }
            // Found by fuzzing: POI parses cells lazily, so a cell that breaks the schema (t="2", a style
            // that is not there) only fails when read. Every cell is read here once, so it fails as the file.
            throw refused(locale, "bestand.geen.xlsx");
        }
    }

    /** Reads each cell of the importer's columns as the importers will, so a broken one fails here. */
    private static void readable(Row row, int columns) {
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            if (cell != null) {
                TEXT.formatCellValue(cell);
                if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    cell.getLocalDateTimeCellValue();
                }
            }
        }
    }

    private static ImportRejected refused(Locale locale, String key, Object... arguments) {
        return new ImportRejected(List.of(new RowProblem(null, null, ImportTexts.get(locale, key, arguments))));
    }

    private static boolean blank(Row row, int columns) {
        for (int c = 0; c < columns; c++) {
            if (!text(row, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row number as Excel shows it. */
    public static int number(Row row) {
        return row.getRowNum() + 1;
    }

    public static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        // POI's formatter answers null for some cells of a broken file (a fuzz finding): that reads as empty.
        String shown = cell == null ? null : TEXT.formatCellValue(cell);
        return shown == null ? "" : shown.strip();
    }

    /** A date cell, or text as d-m-jjjj or jjjj-mm-dd; null when empty; throws when unreadable. */
    public static LocalDate date(Row row, int column) {
        LocalDateTime dateTime = dateTime(row, column, true);
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    /** A date-time cell, or text as d-m-jjjj u:mm or ISO; null when empty; throws when unreadable. */
    public static LocalDateTime dateTime(Row row, int column) {
        return dateTime(row, column, false);
    }

    private static LocalDateTime dateTime(Row row, int column, boolean dateOnly) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue();
        }
        String text = text(row, column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DUTCH_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME}) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DUTCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                LocalDate date = LocalDate.parse(text, format);
                if (dateOnly) {
                    return date.atStartOfDay();
                }
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        throw new DateTimeParseException("unreadable date", text, 0);
    }
}

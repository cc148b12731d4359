package nl.weerbaar.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What a reader of a generated workbook sees, checked cell by cell as POI reads the file back: numbers
 * stored as numbers, percentages as fractions, dates as dates, every value fits its column (no ###),
 * words instead of codes, and a print set-up of A4 landscape one page wide with the header repeated.
 */
final class ReportLayout {

    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.forLanguageTag("nl-NL"));

    /** The words a workbook of one language uses for what these checks look up. */
    record Words(String summary, String offices, String quarters, String held, String evaluations, String total,
            List<String> someOffices, String namedList) {
    }

    static final Words DUTCH = new Words("Samenvatting", "Per ambt", "Per kwartaal", "Sessies gehouden", "Evaluaties",
            "Totaal", List.of("Burgemeester", "Commissaris van de Koning"), "Deelnemerslijst");
    static final Words ENGLISH = new Words("Summary", "By office", "By quarter", "Sessions held", "Evaluations",
            "Total", List.of("Mayor", "King\u2019s Commissioner"), "Participants");

    private ReportLayout() {
    }

    static void assertReadsAndPrintsWell(Workbook report) {
        assertReadsAndPrintsWell(report, DUTCH);
    }

    static void assertReadsAndPrintsWell(Workbook report, Words words) {
        for (Sheet sheet : report) {
            assertPrintsOnOnePageWide(sheet);
            assertEveryValueFitsItsColumn(sheet);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String format = cell.getCellStyle().getDataFormatString();
                    assertFalse(format.contains("\"%\""), "a percentage as a number with a % sign: " + where(sheet, cell));
                    if (cell.getCellType() == CellType.NUMERIC && format.equals("0%")) {
                        double v = cell.getNumericCellValue();
                        assertTrue(v >= 0 && v <= 1, "a percentage as its fraction: " + v + " at " + where(sheet, cell));
                    }
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        assertFalse(text.matches("[A-Z][A-Z_]{3,}"), "a code instead of a word: " + text + " at " + where(sheet, cell));
                        assertFalse(text.matches("-?\\d+([.,]\\d+)?"), "a number stored as text: " + text + " at " + where(sheet, cell));
                    }
                }
            }
        }
        Sheet summary = report.getSheet(words.summary());
        assertTrue(summary.getRow(0).getHeightInPoints() >= 20, "the title has the height of its font");
        assertTrue(summary.getMergedRegions().stream().anyMatch(m -> m.isInRange(0, 0) && m.isInRange(0, 1)),
                "the title spans the columns instead of running over the next");
        Sheet offices = report.getSheet(words.offices());
        List<String> labels = new java.util.ArrayList<>();
        offices.forEach(r -> labels.add(SHOWN.formatCellValue(r.getCell(0))));
        assertTrue(labels.containsAll(words.someOffices()), labels.toString());
        Sheet quarters = report.getSheet(words.quarters());
        Row header = quarters.getRow(0);
        int held = column(header, words.held());
        int evaluations = column(header, words.evaluations());
        Row total = quarters.getRow(quarters.getLastRowNum());
        assertEquals(words.total(), total.getCell(0).getStringCellValue());
        assertNotNull(total.getCell(held), "the total row has the sessions held");
        assertEquals(CellType.NUMERIC, total.getCell(held).getCellType());
        for (Row row : quarters) {
            Cell cell = row.getCell(evaluations);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING) {
                assertEquals("<3", cell.getStringCellValue(), "evaluations are a number or suppressed");
            }
        }
    }

    static void assertNamedListReadsAndPrintsWell(Workbook list) {
        assertNamedListReadsAndPrintsWell(list, DUTCH);
    }

    static void assertNamedListReadsAndPrintsWell(Workbook list, Words words) {
        Sheet sheet = list.getSheet(words.namedList());
        assertPrintsOnOnePageWide(sheet);
        assertEveryValueFitsItsColumn(sheet);
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Cell date = row.getCell(1);
            assertEquals(CellType.NUMERIC, date.getCellType(), "the session date is a date");
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertTrue(SHOWN.formatCellValue(date).matches("\\d{2}-\\d{2}-\\d{4}"), SHOWN.formatCellValue(date));
            Cell completed = row.getCell(8);
            if (completed != null && completed.getCellType() != CellType.BLANK) {
                assertTrue(DateUtil.isCellDateFormatted(completed), "completion date is a date");
            }
            for (int c : new int[] {4, 7}) {
                String word = row.getCell(c).getStringCellValue();
                assertFalse(word.matches("[A-Z][A-Z_]{3,}"), "a code instead of a word: " + word);
            }
        }
    }

    private static void assertPrintsOnOnePageWide(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        assertTrue(print.getLandscape(), sheet.getSheetName() + " prints landscape");
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), sheet.getSheetName() + " on A4");
        assertTrue(sheet.getFitToPage(), sheet.getSheetName() + " fits to the page");
        assertEquals(1, print.getFitWidth(), sheet.getSheetName() + " one page wide");
        assertEquals(0, print.getFitHeight(), sheet.getSheetName() + " as many pages long as it needs");
        Row first = sheet.getRow(0);
        boolean hasHeader = first != null && first.getCell(0) != null
                && first.getCell(0).getCellStyle().getFillPattern() != org.apache.poi.ss.usermodel.FillPatternType.NO_FILL;
        if (hasHeader) {
            assertNotNull(sheet.getRepeatingRows(), sheet.getSheetName() + " repeats its header on every page");
        }
    }

    /** A value wider than its column prints as ### (numbers, dates) or is cut off: every shown value must fit. */
    private static void assertEveryValueFitsItsColumn(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                boolean wraps = cell.getCellStyle().getWrapText();
                boolean merged = sheet.getMergedRegions().stream().anyMatch(m -> m.isInRange(cell.getRowIndex(), cell.getColumnIndex()));
                if (wraps || merged || cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                int chars = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                String shown = SHOWN.formatCellValue(cell);
                assertTrue(shown.length() <= chars, "\"" + shown + "\" does not fit its column (" + chars + " characters) at "
                        + where(sheet, cell));
            }
        }
    }

    private static int column(Row header, String title) {
        for (Cell cell : header) {
            if (title.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static String where(Sheet sheet, Cell cell) {
        return sheet.getSheetName() + "!" + cell.getAddress();
    }
}

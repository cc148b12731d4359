package nl.weerbaar.platform.poi;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet looks on screen and on paper: every column as wide as its widest value (so a date never
 * prints as ###, nor an id as 1E+12), A4 landscape fitted to one page wide, the header rows repeated on
 * every printed page and frozen on screen. Widths are counted from the values as they are written:
 * a streaming sheet cannot measure its columns afterwards.
 */
public final class SheetLayout {

    /** Excel measures widths in 1/256 of a character; a little room for the filter button and padding. */
    private static final int UNIT = 256;
    private static final int PADDING = 2;
    private static final int MIN = 6;
    private static final int MAX = 60;

    private final Sheet sheet;
    private final int[] widths;

    private SheetLayout(Sheet sheet, int columns) {
        this.sheet = sheet;
        this.widths = new int[columns];
    }

    public static SheetLayout of(Sheet sheet, int columns) {
        return new SheetLayout(sheet, columns);
    }

    /** Notes a value's printed width in a column (text as written, numbers and dates as their format shows them). */
    public void fit(int column, String shown) {
        if (column < widths.length && shown != null) {
            int longest = 0;
            for (String line : shown.split("\n")) {
                longest = Math.max(longest, line.length());
            }
            widths[column] = Math.max(widths[column], longest);
        }
    }

    /** Notes a header: it may wrap over two lines, so it asks for half its length (but at least its longest word). */
    public void fitHeader(int column, String header) {
        int word = 0;
        for (String w : header.split(" ")) {
            word = Math.max(word, w.length());
        }
        fit(column, "x".repeat(Math.max(word, (header.length() + 1) / 2)));
    }

    /** Sets the widths and the page: landscape A4, one page wide, the first {@code headerRows} rows on every page. */
    public void finish(int headerRows, boolean freezeFirstColumn) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX, Math.max(MIN, widths[c] + PADDING)) * UNIT);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
            sheet.createFreezePane(freezeFirstColumn ? 1 : 0, headerRows);
        }
    }
}

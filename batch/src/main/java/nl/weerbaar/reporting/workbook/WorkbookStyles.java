package nl.weerbaar.reporting.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The report's cell styles: headers, whole numbers, euros, percentages (as fractions), dates, suppressed cells, titles. */
final class WorkbookStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle count;
    final CellStyle euro;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle suppressed;
    final CellStyle totalLabel;
    final CellStyle text;
    final CellStyle date;
    /** Whole numbers that are not counts of people (sessions, respondents): "0", so they are told apart from counts. */
    final CellStyle number;

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        var format = workbook.createDataFormat();
        count = workbook.createCellStyle();
        count.setDataFormat(format.getFormat("#,##0"));
        euro = workbook.createCellStyle();
        euro.setDataFormat(format.getFormat("\"€\" #,##0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0%"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.0"));
        suppressed = workbook.createCellStyle();
        suppressed.setAlignment(HorizontalAlignment.RIGHT);
        totalLabel = workbook.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        number = workbook.createCellStyle();
        number.setDataFormat(format.getFormat("0"));
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("dd-mm-yyyy"));
    }
}

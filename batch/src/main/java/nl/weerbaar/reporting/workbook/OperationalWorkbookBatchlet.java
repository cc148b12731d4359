package nl.weerbaar.reporting.workbook;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import nl.weerbaar.platform.poi.PoiSettings;
import nl.weerbaar.platform.poi.SheetLayout;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import nl.weerbaar.reporting.spool.ReportFiles;
import nl.weerbaar.reporting.spool.OperationalRow;

/** Second step of NGB's operational report: the named list per session, sorted by session and name, in the report's language. */
@Named
@Dependent
public class OperationalWorkbookBatchlet extends WorkbookStep {

    /** The keys of the column headers. */
    static final String[] HEADERS = {"lijst.sessie", "lijst.datum", "lijst.naam", "lijst.email", "lijst.ambt",
        "lijst.gemeente", "lijst.provincie", "lijst.status", "lijst.afgerond"};

    /** A date as a date (sortable, filterable), shown the Dutch way; nothing for none. */
    private static void date(Row row, int column, java.time.LocalDate day, WorkbookStyles styles, SheetLayout layout) {
        if (day != null) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
            layout.fit(column, "00-00-0000");
        }
    }

    @Override
    boolean write(Path spoolFile, Path target) throws Exception {
        List<OperationalRow> rows = new ArrayList<>();
        ReportFiles.eachLine(spoolFile, line -> rows.add(OperationalRow.fromLine(line)));
        rows.sort(Comparator.comparing(OperationalRow::sessionStart).thenComparing(OperationalRow::sessionId)
                .thenComparing(OperationalRow::name).thenComparing(OperationalRow::enrolmentId));
        ReportTexts words = texts();
        ReportFiles.publish(target, out -> {
            try (SXSSFWorkbook workbook = PoiSettings.streamingWorkbook(200)) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                Sheet sheet = workbook.createSheet(words.text("blad.deelnemerslijst"));
                SheetLayout layout = SheetLayout.of(sheet, HEADERS.length);
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADERS.length; c++) {
                    String title = words.text(HEADERS[c]);
                    header.createCell(c).setCellValue(title);
                    header.getCell(c).setCellStyle(styles.header);
                    layout.fitHeader(c, title);
                }
                int r = 1;
                for (OperationalRow o : rows) {
                    Row row = sheet.createRow(r++);
                    String[] texts = {o.sessionTitle(), null, o.name(), o.email(), words.labels().office(o.office()),
                        o.gemeente() == null ? "" : o.gemeente(), o.province() == null ? "" : o.province(),
                        words.labels().enrolmentStatus(o.status()), null};
                    for (int c = 0; c < texts.length; c++) {
                        if (texts[c] != null) {
                            row.createCell(c).setCellValue(texts[c]);
                            layout.fit(c, texts[c]);
                        }
                    }
                    date(row, 1, o.sessionStart().toLocalDate(), styles, layout);
                    date(row, 8, o.completedOn(), styles, layout);
                }
                if (rows.isEmpty()) {
                    sheet.createRow(1).createCell(0).setCellValue(words.text("leeg"));
                }
                layout.finish(1, false);
                workbook.write(out);
            }
        });
        return !rows.isEmpty();
    }
}

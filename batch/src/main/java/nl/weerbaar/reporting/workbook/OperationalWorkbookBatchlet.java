package nl.weerbaar.reporting.workbook;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import nl.weerbaar.platform.poi.PoiSettings;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import nl.weerbaar.reporting.spool.ReportFiles;
import nl.weerbaar.reporting.spool.OperationalRow;

/** Second step of NGB's operational report: the named list per session, sorted by session and name. */
@Named
@Dependent
public class OperationalWorkbookBatchlet extends WorkbookStep {

    static final String[] HEADERS = {"Sessie", "Datum", "Naam", "E-mail", "Ambt", "Gemeente", "Provincie", "Status",
        "Training afgerond op"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Override
    boolean write(Path spoolFile, Path target) throws Exception {
        List<OperationalRow> rows = new ArrayList<>();
        ReportFiles.eachLine(spoolFile, line -> rows.add(OperationalRow.fromLine(line)));
        rows.sort(Comparator.comparing(OperationalRow::sessionStart).thenComparing(OperationalRow::sessionId)
                .thenComparing(OperationalRow::name).thenComparing(OperationalRow::enrolmentId));
        ReportFiles.publish(target, out -> {
            try (SXSSFWorkbook workbook = PoiSettings.streamingWorkbook(200)) {
                WorkbookStyles styles = new WorkbookStyles(workbook);
                Sheet sheet = workbook.createSheet("Deelnemerslijst");
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADERS.length; c++) {
                    header.createCell(c).setCellValue(HEADERS[c]);
                    header.getCell(c).setCellStyle(styles.header);
                    sheet.setColumnWidth(c, (c == 0 || c == 3 ? 40 : 18) * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (OperationalRow o : rows) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(o.sessionTitle());
                    row.createCell(1).setCellValue(o.sessionStart().format(DAY));
                    row.createCell(2).setCellValue(o.name());
                    row.createCell(3).setCellValue(o.email());
                    row.createCell(4).setCellValue(o.office());
                    row.createCell(5).setCellValue(o.gemeente() == null ? "" : o.gemeente());
                    row.createCell(6).setCellValue(o.province() == null ? "" : o.province());
                    row.createCell(7).setCellValue(o.status());
                    row.createCell(8).setCellValue(o.completedOn() == null ? "" : o.completedOn().format(DAY));
                }
                if (rows.isEmpty()) {
                    sheet.createRow(1).createCell(0).setCellValue("Er zijn geen inschrijvingen in deze periode.");
                }
                workbook.write(out);
            }
        });
        return !rows.isEmpty();
    }
}

package nl.weerbaar.planning.export;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import nl.weerbaar.platform.poi.Labels;
import nl.weerbaar.platform.poi.NormalStyle;
import nl.weerbaar.platform.poi.PoiSettings;
import nl.weerbaar.platform.poi.SheetLayout;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams the rows into an SXSSF workbook (only a window of rows in memory) and moves the finished
 * file into place at the end, so a half-written export is never offered for download.
 */
@Named
@Dependent
public class SessionWorkbookWriter extends AbstractItemWriter {

    static final List<String> HEADERS = List.of("Nummer", "Titel", "Begin", "Einde", "Locatie", "Provincie",
            "Plaatsen", "Status");

    @Inject
    @BatchProperty
    private String file;

    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private CellStyle dateTime;
    private SheetLayout layout;
    private int nextRow;

    @Override
    public void open(Serializable checkpoint) {
        workbook = PoiSettings.streamingWorkbook(100);
        sheet = workbook.createSheet("Sessies");
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy hh:mm"));
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        layout = SheetLayout.of(sheet, HEADERS.size());
        Row row = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(HEADERS.get(i));
            cell.setCellStyle(header);
            layout.fit(i, HEADERS.get(i));
        }
        layout.fit(2, "00-00-0000 00:00");
        layout.fit(3, "00-00-0000 00:00");
        nextRow = 1;
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            SessionRow s = (SessionRow) item;
            Row row = sheet.createRow(nextRow++);
            row.createCell(0).setCellValue(s.id());
            row.createCell(1).setCellValue(s.title());
            dateCell(row, 2).setCellValue(s.start());
            dateCell(row, 3).setCellValue(s.end());
            row.createCell(4).setCellValue(s.location());
            row.createCell(5).setCellValue(s.province());
            row.createCell(6).setCellValue(s.capacity());
            row.createCell(7).setCellValue(Labels.DUTCH.sessionStatus(s.status()));
            layout.fit(0, Long.toString(s.id()));
            layout.fit(1, s.title());
            layout.fit(4, s.location());
            layout.fit(5, s.province());
            layout.fit(7, Labels.DUTCH.sessionStatus(s.status()));
        }
    }

    private Cell dateCell(Row row, int column) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(dateTime);
        return cell;
    }

    @Override
    public void close() throws IOException {
        if (workbook == null) {
            return;
        }
        layout.finish(1, false);
        Path target = Path.of(file);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            workbook.write(out);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(partial);
            throw failed;
        } finally {
            // close() also disposes of SXSSF's temp files
            workbook.close();
            workbook = null;
        }
        NormalStyle.addTo(partial);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

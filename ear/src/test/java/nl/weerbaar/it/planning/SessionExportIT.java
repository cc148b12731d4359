package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.SessionJsonFixture;

/** The Jakarta Batch export job runs on the server and its workbook holds the sessions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionExportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theExportJobCompletesAndTheWorkbookHasEverySession() throws Exception {
        Http ngb = Http.api("ngb");
        String title = SessionJsonFixture.uniqueTitle("Export");
        assertEquals(201, ngb.postJson("api/sessions", SessionJsonFixture.valid(title)).statusCode());
        int sessions = Http.array(ngb.get("api/sessions").body()).size();

        HttpResponse<String> started = ngb.postJson("api/exports/sessions", "");
        assertEquals(202, started.statusCode(), started.body());
        long jobId = Http.object(started.body()).getJsonNumber("jobId").longValue();

        String status = awaitEnd(ngb, jobId);
        assertEquals("COMPLETED", status);

        HttpResponse<byte[]> file = ngb.getBytes("api/exports/sessions/" + jobId + "/file");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheet("Sessies");
            Row header = sheet.getRow(0);
            assertEquals("Titel", header.getCell(1).getStringCellValue());
            assertEquals(sessions, sheet.getLastRowNum(), "one row per session below the header");
            Row row = rowWithTitle(sheet, title);
            assertEquals(LocalDateTime.of(2027, 3, 1, 9, 0), row.getCell(2).getLocalDateTimeCellValue());
            assertEquals("Utrecht", row.getCell(5).getStringCellValue());
            assertEquals(8, (int) row.getCell(6).getNumericCellValue());
            assertEquals("Open", row.getCell(7).getStringCellValue(), "the status in words, not its code");
        }
    }

    @Test
    void onlyNgbMayExport() {
        for (String user : new String[] {"deelnemer", "trainer", "bzk", "admin"}) {
            assertEquals(403, Http.api(user).postJson("api/exports/sessions", "").statusCode(), user);
        }
    }

    @Test
    void anUnknownExportIsNotFound() {
        assertEquals(404, Http.api("ngb").get("api/exports/sessions/987654321").statusCode());
        assertEquals(404, Http.api("ngb").getBytes("api/exports/sessions/987654321/file").statusCode());
    }

    private static String awaitEnd(Http ngb, long jobId) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String status = Http.object(ngb.get("api/exports/sessions/" + jobId).body()).getString("status");
            seen.add(status);
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return status;
            }
            Thread.sleep(500);
        }
        return fail("export did not finish in 60 s; statuses seen: " + seen);
    }

    private static Row rowWithTitle(Sheet sheet, String title) throws IOException {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && title.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        return fail("no row for " + title);
    }
}

package nl.weerbaar.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/**
 * The report jobs over generated participation: BZK's figures against NGB's named list of the same
 * period, suppression, bad input, roles, an empty year, and a stopped run restarted to the same file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ReportIT {

    /** The named list shows statuses in words (ATTENDED, PARTIALLY_ATTENDED, NO_SHOW, BOOKED). */
    static final List<String> OUTCOMES = List.of("Aanwezig", "Deels aanwezig", "Niet verschenen", "Ingeschreven");

    /** The offices in English words, as the pages say them. */
    static final Set<String> ENGLISH_OFFICES = Set.of("Mayor", "Alderman", "Municipal councillor",
            "Member of the Provincial Council", "Member of the Provincial Executive", "King\u2019s Commissioner",
            "Water authority board member");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Generated participation would crowd the other tests' session lists: it goes again. */
    @org.junit.jupiter.api.AfterAll
    static void removeGenerated() {
        assertEquals(200, Http.api("admin").delete("api/admin/synthetic").statusCode());
    }

    public static void generate(int year, int participants) {
        HttpResponse<String> made = Http.api("admin").postJson("api/admin/synthetic?year=" + year + "&participants=" + participants, "");
        assertEquals(201, made.statusCode(), made.body());
    }

    public static long start(String user, String report, String query) {
        HttpResponse<String> started = Http.api(user).postJson("api/reports/" + report + "?" + query, "");
        assertEquals(202, started.statusCode(), started.body());
        return Http.object(started.body()).getJsonNumber("jobId").longValue();
    }

    public static JsonObject await(String user, long jobId, Set<String> statuses) throws InterruptedException {
        return await(user, jobId, statuses, Duration.ofMinutes(5));
    }

    public static JsonObject await(String user, long jobId, Set<String> statuses, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            JsonObject status = Http.object(Http.api(user).get("api/reports/" + jobId).body());
            if (statuses.contains(status.getString("status"))) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not reach " + statuses);
    }

    public static Workbook download(String user, long jobId, String expectedName) throws IOException {
        HttpResponse<byte[]> file = Http.api(user).getBytes("api/reports/" + jobId + "/file");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains(expectedName),
                file.headers().firstValue("Content-Disposition").orElse(""));
        return new XSSFWorkbook(new ByteArrayInputStream(file.body()));
    }

    @Test
    void bzkFiguresMatchTheNamedListAndNoSmallCountIsVisible() throws Exception {
        generate(2021, 400);
        long bzk = start("bzk", "participation", "year=2021");
        long named = start("ngb", "operational", "year=2021");
        JsonObject done = await("bzk", bzk, Set.of("COMPLETED", "FAILED"));
        assertEquals("COMPLETED", done.getString("status"), done.toString());
        assertEquals(100, done.getInt("progress"));
        assertEquals("COMPLETED", await("ngb", named, Set.of("COMPLETED", "FAILED")).getString("status"));

        Map<String, int[]> expected = new HashMap<>();
        try (Workbook list = download("ngb", named, "ngb-deelnemerslijst-2021.xlsx")) {
            Sheet sheet = list.getSheet("Deelnemerslijst");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int outcome = OUTCOMES.indexOf(row.getCell(7).getStringCellValue());
                if (outcome >= 0) {
                    expected.computeIfAbsent(row.getCell(6).getStringCellValue(), p -> new int[4])[outcome]++;
                }
            }
        }
        assertFalse(expected.isEmpty());
        DataFormatter text = new DataFormatter();
        try (Workbook report = download("bzk", bzk, "bzk-deelname-2021.xlsx")) {
            assertEquals(List.of("Samenvatting", "Per provincie", "Per ambt", "Per kwartaal", "Kosten", "Toelichting"),
                    sheetNames(report));
            Sheet provinces = report.getSheet("Per provincie");
            int shown = 0;
            for (int r = 1; r < provinces.getLastRowNum(); r++) {
                Row row = provinces.getRow(r);
                int[] counts = expected.getOrDefault(row.getCell(0).getStringCellValue(), new int[4]);
                for (int c = 0; c < 4; c++) {
                    Cell cell = row.getCell(c + 1);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertEquals(counts[c], (int) cell.getNumericCellValue(), row.getCell(0) + " " + OUTCOMES.get(c));
                        shown++;
                    } else {
                        assertEquals("<5", cell.getStringCellValue());
                        assertTrue(counts[c] > 0, "zero is never hidden: " + row.getCell(0));
                    }
                }
            }
            assertTrue(shown > 0, "some figures are shown");
            for (Sheet sheet : report) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = text.formatCellValue(cell);
                        assertFalse(value.contains("@") || value.contains("Synthetisch"), "no personal data: " + value);
                        if (!sheet.getSheetName().equals("Toelichting") && cell.getCellType() == CellType.NUMERIC
                                && cell.getCellStyle().getDataFormatString().equals("#,##0")) {
                            double n = cell.getNumericCellValue();
                            assertFalse(n >= 1 && n <= 4, sheet.getSheetName() + " shows a small count " + n + " at " + cell.getAddress());
                        }
                    }
                }
            }
            String notes = text.formatCellValue(report.getSheet("Toelichting").getRow(7).getCell(0));
            assertTrue(notes.contains("<5") && notes.contains("secundaire"), notes);
            ReportLayout.assertReadsAndPrintsWell(report);
        }
        try (Workbook list = download("ngb", named, "ngb-deelnemerslijst-2021.xlsx")) {
            ReportLayout.assertNamedListReadsAndPrintsWell(list);
        }
    }

    /** The same period asked for in English (Accept-Language, as the API's messages) and then in Dutch. */
    @Test
    void aReportAskedForInEnglishIsInEnglishWithTheSameFiguresAndTheDutchOneStaysDutch() throws Exception {
        generate(2025, 400);
        long english = startIn("en", "bzk", "participation", "year=2025");
        long englishList = startIn("en", "ngb", "operational", "year=2025");
        assertEquals("COMPLETED", await("bzk", english, Set.of("COMPLETED", "FAILED")).getString("status"));
        assertEquals("COMPLETED", await("ngb", englishList, Set.of("COMPLETED", "FAILED")).getString("status"));
        long dutch = start("bzk", "participation", "year=2025");
        long dutchList = startIn("nl", "ngb", "operational", "year=2025");
        assertEquals("COMPLETED", await("bzk", dutch, Set.of("COMPLETED", "FAILED")).getString("status"));
        assertEquals("COMPLETED", await("ngb", dutchList, Set.of("COMPLETED", "FAILED")).getString("status"));

        try (Workbook en = download("bzk", english, "bzk-deelname-2025.xlsx");
                Workbook nl = download("bzk", dutch, "bzk-deelname-2025.xlsx")) {
            assertEquals(List.of("Summary", "By province", "By office", "By quarter", "Costs", "Notes"), sheetNames(en));
            assertEquals(List.of("Samenvatting", "Per provincie", "Per ambt", "Per kwartaal", "Kosten", "Toelichting"),
                    sheetNames(nl));
            assertEquals(List.of("Quarter", "Attended", "Partially attended", "No-show", "Still to attend", "Enrolled",
                    "All modules completed", "Training completed", "Completion rate", "Waiting list", "Paid places",
                    "Cost of places", "Places paid by BZK", "Cost to BZK", "Sessions held", "Avg. occupancy", "Evaluations",
                    "Rating of the training", "Usefulness", "Rating of the trainers"), texts(en.getSheet("By quarter").getRow(0)));
            assertEquals(List.of("Kwartaal", "Bijgewoond", "Deels bijgewoond", "Niet verschenen", "Nog te volgen",
                    "Ingeschreven", "Alle modules afgerond", "Training afgerond", "Afrondingspercentage", "Wachtlijst",
                    "Betaalde plaatsen", "Kosten plaatsen", "Door BZK betaalde plaatsen", "Kosten BZK", "Sessies gehouden",
                    "Gem. bezetting", "Evaluaties", "Oordeel training", "Bruikbaarheid", "Oordeel trainers"),
                    texts(nl.getSheet("Per kwartaal").getRow(0)));
            assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Total"), firstColumn(en.getSheet("By quarter")));
            assertEquals(List.of("K1", "K2", "K3", "K4", "Totaal"), firstColumn(nl.getSheet("Per kwartaal")));
            List<String> offices = firstColumn(en.getSheet("By office"));
            assertEquals("Total", offices.get(offices.size() - 1));
            assertTrue(ENGLISH_OFFICES.containsAll(offices.subList(0, offices.size() - 1)), offices.toString());
            assertEquals(ENGLISH_OFFICES.size() + 1, firstColumn(en.getSheet("By office")).size(), "every office, in English, and the total");
            assertTrue(firstColumn(nl.getSheet("Per ambt")).containsAll(List.of("Burgemeester", "Wethouder", "Raadslid",
                    "Statenlid", "Gedeputeerde", "Commissaris van de Koning", "Waterschapsbestuurder", "Totaal")));
            assertTrue(new DataFormatter().formatCellValue(en.getSheet("Notes").getRow(7).getCell(0)).contains("secondary suppression"));
            assertTrue(new DataFormatter().formatCellValue(nl.getSheet("Toelichting").getRow(7).getCell(0)).contains("secundaire"));
            assertTrue(new DataFormatter().formatCellValue(en.getSheet("Summary").getRow(0).getCell(0)).contains("participation 2025"));
            assertEquals(numbers(nl), numbers(en), "the same figures in both languages");
            ReportLayout.assertReadsAndPrintsWell(en, ReportLayout.ENGLISH);
            ReportLayout.assertReadsAndPrintsWell(nl, ReportLayout.DUTCH);
        }
        try (Workbook en = download("ngb", englishList, "ngb-deelnemerslijst-2025.xlsx");
                Workbook nl = download("ngb", dutchList, "ngb-deelnemerslijst-2025.xlsx")) {
            assertEquals(List.of("Participants"), sheetNames(en));
            assertEquals(List.of("Session", "Date", "Name", "E-mail", "Office", "Municipality", "Province", "Status",
                    "Training completed on"), texts(en.getSheet("Participants").getRow(0)));
            assertEquals(List.of("Sessie", "Datum", "Naam", "E-mail", "Ambt", "Gemeente", "Provincie", "Status",
                    "Training afgerond op"), texts(nl.getSheet("Deelnemerslijst").getRow(0)));
            Set<String> statuses = new java.util.TreeSet<>();
            Set<String> offices = new java.util.TreeSet<>();
            Sheet sheet = en.getSheet("Participants");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                offices.add(sheet.getRow(r).getCell(4).getStringCellValue());
                statuses.add(sheet.getRow(r).getCell(7).getStringCellValue());
            }
            assertTrue(Set.of("Enrolled", "On the waiting list", "Cancelled", "Attended", "Partially attended", "No-show")
                    .containsAll(statuses), statuses.toString());
            assertTrue(statuses.containsAll(List.of("Attended", "No-show")), statuses.toString());
            assertTrue(ENGLISH_OFFICES.containsAll(offices), offices.toString());
            Sheet dutchSheet = nl.getSheet("Deelnemerslijst");
            assertEquals(dutchSheet.getLastRowNum(), sheet.getLastRowNum(), "the same people");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertEquals(dutchSheet.getRow(r).getCell(2).getStringCellValue(), sheet.getRow(r).getCell(2).getStringCellValue());
            }
            Set<String> dutchStatuses = new java.util.TreeSet<>();
            for (int r = 1; r <= dutchSheet.getLastRowNum(); r++) {
                assertEquals(sheet.getRow(r).getCell(5).getStringCellValue(), dutchSheet.getRow(r).getCell(5).getStringCellValue(),
                        "gemeenten keep their names");
                dutchStatuses.add(dutchSheet.getRow(r).getCell(7).getStringCellValue());
            }
            assertTrue(Set.of("Ingeschreven", "Op de wachtlijst", "Geannuleerd", "Aanwezig", "Deels aanwezig", "Niet verschenen")
                    .containsAll(dutchStatuses), "the Dutch list in Dutch: " + dutchStatuses);
            ReportLayout.assertNamedListReadsAndPrintsWell(en, ReportLayout.ENGLISH);
            ReportLayout.assertNamedListReadsAndPrintsWell(nl, ReportLayout.DUTCH);
        }
    }

    /** Starts a report with this Accept-Language. */
    public static long startIn(String language, String user, String report, String query) {
        HttpResponse<String> started = Http.api(user).inLanguage(language).postJson("api/reports/" + report + "?" + query, "");
        assertEquals(202, started.statusCode(), started.body());
        return Http.object(started.body()).getJsonNumber("jobId").longValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static List<String> firstColumn(Sheet sheet) {
        List<String> labels = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            labels.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        return labels;
    }

    /** Every number by sheet position and cell: what must not change with the language. */
    private static List<String> numbers(Workbook workbook) {
        List<String> numbers = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            for (Row row : workbook.getSheetAt(s)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(s + "!" + cell.getAddress() + "=" + cell.getNumericCellValue());
                    }
                }
            }
        }
        return numbers;
    }

    @Test
    void badInputIsRefusedClearlyAndAnEmptyYearGivesAReportThatSaysSo() throws Exception {
        assertEquals(400, Http.api("bzk").postJson("api/reports/participation?year=abc", "").statusCode());
        assertEquals(400, Http.api("bzk").postJson("api/reports/participation", "").statusCode());
        HttpResponse<String> old = Http.api("bzk").postJson("api/reports/participation?year=1999", "");
        assertEquals(400, old.statusCode());
        assertEquals("year", Http.object(old.body()).getString("field"));
        HttpResponse<String> quarter = Http.api("bzk").postJson("api/reports/participation?year=2021&quarter=5", "");
        assertEquals(400, quarter.statusCode());
        assertEquals("quarter", Http.object(quarter.body()).getString("field"));
        assertEquals(404, Http.api("bzk").get("api/reports/999999999").statusCode());

        long empty = start("ngb", "participation", "year=2020&quarter=2");
        JsonObject done = await("ngb", empty, Set.of("COMPLETED", "FAILED"));
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("EMPTY", done.getString("exitStatus"));
        try (Workbook report = download("ngb", empty, "bzk-deelname-2020-K2.xlsx")) {
            assertTrue(new DataFormatter().formatCellValue(report.getSheet("Samenvatting").getRow(3).getCell(0))
                    .contains("geen inschrijvingen"));
        }
    }

    @Test
    void bzkNeverReachesTheNamedListAndOnlyBzkAndNgbReachReports() throws Exception {
        assertEquals(403, Http.api("bzk").postJson("api/reports/operational?year=2021", "").statusCode());
        long named = start("ngb", "operational", "year=2020");
        assertEquals(404, Http.api("bzk").get("api/reports/" + named).statusCode());
        assertEquals(404, Http.api("bzk").getBytes("api/reports/" + named + "/file").statusCode());
        assertTrue(Http.array(Http.api("bzk").get("api/reports").body()).getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("report").equals("OPERATIONAL")));
        for (String user : List.of("deelnemer", "trainer", "admin")) {
            assertEquals(403, Http.api(user).postJson("api/reports/participation?year=2021", "").statusCode(), user);
            assertEquals(403, Http.api(user).get("api/reports").statusCode(), user);
        }
        assertEquals(403, Http.api("ngb").postJson("api/admin/synthetic?year=2021&participants=8", "").statusCode());
    }

    @Test
    void aStoppedRunRestartsFromItsCheckpointAndGivesTheSameFileAsAnUninterruptedRun() throws Exception {
        generate(2022, 60_000);
        long first = start("ngb", "participation", "year=2022");
        HttpResponse<String> twice = Http.api("bzk").postJson("api/reports/participation?year=2022", "");
        assertEquals(409, twice.statusCode(), "the same report while it runs: " + twice.body());
        assertEquals(409, Http.api("ngb").getBytes("api/reports/" + first + "/file").statusCode(), "not finished yet");
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            JsonObject status = Http.object(Http.api("ngb").get("api/reports/" + first).body());
            if (status.getInt("progress") > 0) {
                break;
            }
            Thread.sleep(20);
        }
        assertEquals(202, Http.api("ngb").postJson("api/reports/" + first + "/stop", "").statusCode());
        JsonObject stopped = await("ngb", first, Set.of("STOPPED", "COMPLETED", "FAILED"));
        assertEquals("STOPPED", stopped.getString("status"), "stopped halfway: " + stopped);
        assertTrue(stopped.getInt("progress") < 95, stopped.toString());

        HttpResponse<String> restarted = Http.api("ngb").postJson("api/reports/" + first + "/restart", "");
        assertEquals(202, restarted.statusCode(), restarted.body());
        long second = Http.object(restarted.body()).getJsonNumber("jobId").longValue();
        assertEquals("COMPLETED", await("ngb", second, Set.of("COMPLETED", "FAILED")).getString("status"));
        long uninterrupted = start("ngb", "participation", "year=2022");
        assertEquals("COMPLETED", await("ngb", uninterrupted, Set.of("COMPLETED", "FAILED")).getString("status"));
        try (Workbook a = download("ngb", second, "bzk-deelname-2022.xlsx");
                Workbook b = download("ngb", uninterrupted, "bzk-deelname-2022.xlsx")) {
            assertEquals(cells(b), cells(a), "a restarted run gives the same figures");
        }
        assertEquals(409, Http.api("ngb").postJson("api/reports/" + second + "/restart", "").statusCode());
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** Every cell as text, but the generation time. */
    public static List<String> cells(Workbook workbook) {
        DataFormatter text = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                if (sheet.getSheetName().equals("Samenvatting") && row.getRowNum() == 1) {
                    continue;
                }
                for (Cell cell : row) {
                    cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text.formatCellValue(cell));
                }
            }
        }
        return cells;
    }
}

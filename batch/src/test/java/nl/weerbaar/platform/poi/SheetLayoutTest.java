package nl.weerbaar.platform.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import nl.weerbaar.platform.TemporaryDataDirectory;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SheetLayoutTest {

    @RegisterExtension
    final TemporaryDataDirectory dataDirectory = new TemporaryDataDirectory();

    @Test
    void columnsAreAsWideAsTheirWidestValueAndTheSheetPrintsLandscapeOnePageWideWithItsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = PoiSettings.streamingWorkbook(10)) {
            Sheet sheet = workbook.createSheet("Lijst");
            SheetLayout layout = SheetLayout.of(sheet, 3);
            sheet.createRow(0).createCell(0).setCellValue("Naam");
            layout.fitHeader(0, "Naam");
            layout.fitHeader(1, "Training afgerond op");
            layout.fit(0, "Marieke de Burgemeester-van Oosterhout");
            layout.fit(1, "00-00-0000");
            layout.fit(2, "x".repeat(500));
            layout.finish(1, false);
            workbook.write(out);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("Lijst");
            assertEquals(("Marieke de Burgemeester-van Oosterhout".length() + 2) * 256, sheet.getColumnWidth(0));
            assertEquals(12 * 256, sheet.getColumnWidth(1), "a header wraps: half its length, at least its longest word");
            assertEquals(60 * 256, sheet.getColumnWidth(2), "no column wider than 60 characters");
            PrintSetup print = sheet.getPrintSetup();
            assertTrue(print.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(sheet.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertNotNull(sheet.getRepeatingRows());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void codesBecomeWordsAndUnknownCodesStayVisible() {
        assertEquals("Commissaris van de Koning", Labels.DUTCH.office("COMMISSARIS_VAN_DE_KONING"));
        assertEquals("Aanwezig", Labels.DUTCH.enrolmentStatus("ATTENDED"));
        assertEquals("Gehouden", Labels.DUTCH.sessionStatus("HELD"));
        assertEquals("IETS_NIEUWS", Labels.DUTCH.sessionStatus("IETS_NIEUWS"));
        assertEquals("", Labels.DUTCH.office(null));
    }

    @Test
    void aReportAskedForInEnglishGetsEnglishWordsAndOtherLanguagesDutch() {
        Labels english = Labels.in(java.util.Locale.ENGLISH);
        assertEquals("King\u2019s Commissioner", english.office("COMMISSARIS_VAN_DE_KONING"));
        assertEquals("Attended", english.enrolmentStatus("ATTENDED"));
        assertEquals("Held", english.sessionStatus("HELD"));
        assertEquals("IETS_NIEUWS", english.sessionStatus("IETS_NIEUWS"));
        assertEquals("Burgemeester", Labels.in(java.util.Locale.GERMAN).office("BURGEMEESTER"));
    }

    /** Every code the domain has gets a word in both languages; English has exactly the Dutch keys. */
    @Test
    void everyCodeHasAWordInDutchAndEnglish() throws java.io.IOException {
        java.util.Properties dutch = properties("labels.properties");
        java.util.Properties english = properties("labels_en.properties");
        assertEquals(new java.util.TreeSet<>(dutch.stringPropertyNames()), new java.util.TreeSet<>(english.stringPropertyNames()));
        java.util.List<String> codes = new java.util.ArrayList<>();
        java.util.stream.Stream.of(nl.weerbaar.people.domain.Ambt.values()).forEach(c -> codes.add("ambt." + c.name()));
        java.util.stream.Stream.of(nl.weerbaar.planning.domain.EnrolmentStatus.values()).forEach(c -> codes.add("inschrijving." + c.name()));
        java.util.stream.Stream.of(nl.weerbaar.planning.domain.SessionStatus.values()).forEach(c -> codes.add("sessie." + c.name()));
        assertTrue(dutch.stringPropertyNames().containsAll(codes), "missing: " + codes.stream().filter(c -> !dutch.containsKey(c)).toList());
        assertTrue(properties("labels_nl.properties").isEmpty(), "Dutch comes from the base bundle");
    }

    private static java.util.Properties properties(String file) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = SheetLayoutTest.class.getResourceAsStream("/nl/weerbaar/platform/poi/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theWrittenWorkbookGetsTheNormalCellStyleAndGray125AndStillOpens() throws Exception {
        java.nio.file.Path file = dataDirectory.root().resolve("opmaak.xlsx");
        try (SXSSFWorkbook workbook = PoiSettings.streamingWorkbook(10); var out = java.nio.file.Files.newOutputStream(file)) {
            workbook.createSheet("Blad").createRow(0).createCell(0).setCellValue(0.53);
            workbook.write(out);
        }

        NormalStyle.addTo(file);

        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(styles.contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"), styles);
            assertTrue(styles.contains("<patternFill patternType=\"gray125\"/>"), styles);
            assertTrue(styles.indexOf("</cellXfs>") < styles.indexOf("<cellStyles"), "in the order of the schema");
        }
        try (XSSFWorkbook read = new XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            assertEquals(0.53, read.getSheet("Blad").getRow(0).getCell(0).getNumericCellValue());
            assertEquals(1, read.getStylesSource().getCTStylesheet().getCellXfs().sizeOfXfArray());
        }
    }
}

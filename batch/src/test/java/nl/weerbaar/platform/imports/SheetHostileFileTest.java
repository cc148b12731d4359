package nl.weerbaar.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.weerbaar.platform.DataDirectory;
import nl.weerbaar.platform.poi.PoiSettings;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.platform.TemporaryDataDirectory;

class SheetHostileFileTest {

    private static final List<String> HEADER = List.of("titel", "begin");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @RegisterExtension
    final TemporaryDataDirectory dataDirectory = new TemporaryDataDirectory();

    @Test
    void aSheetThatInflatesAThousandfoldIsRefusedWithACleanDutchMessage() throws IOException {
        byte[] bomb = withRunInSheet(ordinary(), 20_000_000);
        assertTrue(bomb.length < Sheet.MAX_BYTES, "small enough to pass the size check: " + bomb.length);

        ImportRejected refused = assertThrows(ImportRejected.class, () -> Sheet.open(bomb, HEADER, DUTCH));

        assertEquals(1, refused.problems().size());
        RowProblem problem = refused.problems().get(0);
        assertNull(problem.row(), "a problem of the file, not of a row");
        assertEquals(ImportTexts.get(DUTCH, "bestand.geweigerd"), problem.message());
        assertTrue(problem.message().startsWith("Dit bestand is geweigerd"), problem.message());
        assertTrue(!problem.message().contains("ZipSecureFile") && !problem.message().contains("Zip bomb"),
                "POI's own text stays out of the message: " + problem.message());
    }

    @Test
    void theLimitsAreSetExplicitlyAndAnOrdinarySheetStillOpens() throws IOException {
        Sheet sheet = Sheet.open(ordinary(), HEADER, DUTCH);

        assertEquals(1, sheet.rows().size());
        assertEquals(PoiSettings.MIN_INFLATE_RATIO, ZipSecureFile.getMinInflateRatio());
        assertEquals(PoiSettings.MAX_ENTRY_SIZE, ZipSecureFile.getMaxEntrySize());
        assertEquals(PoiSettings.MAX_TEXT_SIZE, ZipSecureFile.getMaxTextSize());
    }

    @Test
    void somethingElseBrokenIsStillCalledNoExcelFile() {
        ImportRejected refused = assertThrows(ImportRejected.class,
                () -> Sheet.open("geen zip".getBytes(StandardCharsets.UTF_8), HEADER, DUTCH));

        assertEquals(ImportTexts.get(DUTCH, "bestand.geen.xlsx"), refused.problems().get(0).message());
    }

    @Test
    void aZipEntryCompressedWithACodecThatXlsxDoesNotUseIsCalledNoExcelFile() throws IOException {
        // Found by the Jazzer fuzz test: commons-compress loads the optional zstd codec and threw NoClassDefFoundError.
        byte[] zstd;
        try (var in = SheetHostileFileTest.class.getResourceAsStream(
                "/nl/weerbaar/planning/imports/session-import-fuzz-found/zstd-compressed-entry-07f979f1.xlsx")) {
            zstd = in.readAllBytes();
        }

        ImportRejected refused = assertThrows(ImportRejected.class, () -> Sheet.open(zstd, HEADER, DUTCH));

        assertEquals(List.of(ImportTexts.get(DUTCH, "bestand.geen.xlsx")),
                refused.problems().stream().map(RowProblem::message).toList());
    }

    @Test
    void aCellThatBreaksTheSchemaIsCalledNoExcelFileNotAServerError() throws IOException {
        // Found by the Jazzer fuzz test: a cell with t="2" threw XmlValueOutOfRangeException when the importer read it.
        byte[] brokenCell;
        try (var in = SheetHostileFileTest.class.getResourceAsStream(
                "/nl/weerbaar/people/imports/participant-import-fuzz-found/cell-type-out-of-range-e37493e2.xlsx")) {
            brokenCell = in.readAllBytes();
        }
        List<String> participantHeader = List.of("naam", "e-mail", "telefoon", "ambt", "gemeentecode", "provincie",
                "in functie sinds");

        ImportRejected refused = assertThrows(ImportRejected.class, () -> Sheet.open(brokenCell, participantHeader, DUTCH));

        assertEquals(List.of(ImportTexts.get(DUTCH, "bestand.geen.xlsx")),
                refused.problems().stream().map(RowProblem::message).toList());
    }

    private static byte[] ordinary() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Sessies");
            sheet.createRow(0).createCell(0).setCellValue("Titel");
            sheet.getRow(0).createCell(1).setCellValue("Begin");
            sheet.createRow(1).createCell(0).setCellValue("Training Utrecht");
            sheet.getRow(1).createCell(1).setCellValue("01-03-2027 09:00");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with a comment of {@code length} identical characters at the top of the first sheet. */
    private static byte[] withRunInSheet(byte[] xlsx, int length) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(result)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(StandardCharsets.UTF_8));
                    byte[] run = new byte[1 << 20];
                    java.util.Arrays.fill(run, (byte) 'A');
                    for (int written = 0; written < length; written += run.length) {
                        out.write(run, 0, Math.min(run.length, length - written));
                    }
                    out.write("-->".getBytes(StandardCharsets.UTF_8));
                    out.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }
}

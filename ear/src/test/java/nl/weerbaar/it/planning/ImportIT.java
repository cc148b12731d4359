package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** Excel imports of participants and sessions: all or nothing, every problem with row and column. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

    private static final String[] PARTICIPANT_HEADER = {"naam", "e-mail", "telefoon", "ambt", "gemeentecode", "provincie",
        "in functie sinds"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static byte[] workbook(String[] header, List<String[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Import");
            List<String[]> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).length; c++) {
                    row.createCell(c).setCellValue(all.get(r)[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String[] mayor(String email) {
        return new String[] {"P. Jansen", email, "", "burgemeester", "GM0344", "", "01-09-2022"};
    }

    private static String email() {
        return "import-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    private static HttpResponse<String> upload(String kind, byte[] file) {
        return Http.api("ngb").postBytes("api/imports/" + kind, file);
    }

    private static Set<String> registeredEmails() {
        return Http.array(Http.api("ngb").get("api/participants").body()).getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("email")).collect(Collectors.toSet());
    }

    @Test
    void aGoodFileIsStoredCompletely() throws IOException {
        String a = email();
        String b = email();
        String[] statenlid = {"Q. de Boer", b, "06-12345678", "Statenlid", "", "Zeeland", "2023-03-30"};
        HttpResponse<String> response = upload("participants", workbook(PARTICIPANT_HEADER, List.of(mayor(a), statenlid)));
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(2, Http.object(response.body()).getInt("imported"));
        assertTrue(registeredEmails().containsAll(Set.of(a, b)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown gemeente       | 4 | GM9999        | gemeentecode     | Onbekende of opgeheven gemeente.",
        "malformed e-mail       | 1 | geen-adres    | e-mail           | Dit is geen geldig e-mailadres.",
        "missing name           | 0 | ''            | naam             | Vul de naam in.",
        "unknown office         | 3 | koning        | ambt             | Onbekend ambt",
        "date in the future     | 6 | 01-01-2099    | in functie sinds | Deze datum mag niet in de toekomst liggen.",
        "malformed date         | 6 | 1 september   | in functie sinds | Ongeldige datum",
        "e-mail already registered | 1 | REGISTERED | e-mail           | Er staat al iemand met dit e-mailadres in het register."
    })
    void aBadRowRefusesTheWholeFileAndNamesRowAndColumn(String name, int column, String value, String expectedColumn,
            String expectedMessage) throws IOException {
        String good = email();
        String[] bad = mayor(email());
        bad[column] = value.equals("REGISTERED") ? registered() : value;
        HttpResponse<String> response = upload("participants", workbook(PARTICIPANT_HEADER, List.of(mayor(good), bad)));
        assertEquals(400, response.statusCode(), response.body());
        List<JsonObject> errors = Http.object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(1, errors.size(), response.body());
        assertEquals(3, errors.get(0).getInt("row"), "the bad row is Excel row 3");
        assertEquals(expectedColumn, errors.get(0).getString("column"));
        assertTrue(errors.get(0).getString("message").startsWith(expectedMessage), errors.get(0).getString("message"));
        assertFalse(registeredEmails().contains(good), "nothing from a refused file is stored");
    }

    private static String registered() throws IOException {
        String email = email();
        assertEquals(201, upload("participants", workbook(PARTICIPANT_HEADER, List.<String[]>of(mayor(email)))).statusCode());
        return email;
    }

    @Test
    void aDuplicateWithinTheFileNamesTheEarlierRow() throws IOException {
        String same = email();
        HttpResponse<String> response = upload("participants", workbook(PARTICIPANT_HEADER, List.of(mayor(same), mayor(same.toUpperCase()))));
        assertEquals(400, response.statusCode());
        JsonObject error = Http.object(response.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals(3, error.getInt("row"));
        assertEquals("Dit e-mailadres staat ook op regel 2.", error.getString("message"));
    }

    @Test
    void everyBadRowIsReportedNotJustTheFirst() throws IOException {
        String[] noName = mayor(email());
        noName[0] = "";
        String[] badMail = mayor("fout");
        HttpResponse<String> response = upload("participants", workbook(PARTICIPANT_HEADER, List.of(noName, mayor(email()), badMail)));
        assertEquals(400, response.statusCode());
        Set<String> cells = Http.object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + ":" + e.getString("column")).collect(Collectors.toSet());
        assertEquals(Set.of("2:naam", "4:e-mail"), cells);
    }

    @Test
    void filesThatAreNotUsableAreRefusedWithAClearMessage() throws IOException {
        assertFileRefused(upload("participants", "naam;e-mail\nJan;jan@example.nl".getBytes()), "Dit is geen Excel-bestand (.xlsx).");
        assertFileRefused(upload("participants", new byte[0]), "Het bestand is leeg.");
        assertFileRefused(upload("participants", workbook(PARTICIPANT_HEADER, List.of())), "Het bestand heeft geen regels onder de kop.");
        assertFileRefused(upload("participants", workbook(new String[] {"name", "email"}, List.<String[]>of(new String[] {"a", "b"}))),
                "De eerste regel moet precies deze kolommen hebben: naam, e-mail, telefoon, ambt, gemeentecode, provincie, in functie sinds.");
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        assertFileRefused(upload("participants", big), "Het bestand is groter dan 5 MB.");
    }

    @Test
    void aFileThatInflatesLikeAZipBombIsRefusedWholeWithAPlainMessage() throws IOException {
        String email = email();
        byte[] bomb = withRunInFirstSheet(workbook(PARTICIPANT_HEADER, List.<String[]>of(mayor(email))), 20_000_000);

        HttpResponse<String> response = upload("participants", bomb);

        assertFileRefused(response, "Dit bestand is geweigerd: het pakt uit tot veel meer dan het groot is, zoals een "
                + "zip-bom. Sla het blad opnieuw op in Excel als .xlsx en probeer het nog eens.");
        assertFalse(registeredEmails().contains(email), "nothing from a refused file is stored");
    }

    /** The same .xlsx with a comment of {@code length} identical characters at the top of its first sheet. */
    private static byte[] withRunInFirstSheet(byte[] xlsx, int length) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(result)) {
            out.setLevel(9);
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("?>") + 2;
                    out.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    byte[] run = "A".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    for (int written = 0; written < length; written += run.length) {
                        out.write(run, 0, Math.min(run.length, length - written));
                    }
                    out.write("-->".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    private static void assertFileRefused(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject body = Http.object(response.body());
        assertEquals(message, body.getString("error"));
        assertTrue(body.getJsonArray("errors").getJsonObject(0).isNull("row"));
    }

    @Test
    void sessionsImportAllOrNothingAndRefuseAStartInThePast() throws IOException {
        String[] header = {"titel", "begin", "einde", "locatie", "provincie", "plaatsen"};
        String title = "Import " + UUID.randomUUID().toString().substring(0, 8);
        String[] good = {title, "01-03-2027 09:00", "01-03-2027 17:00", "Leeuwarden", "Fryslân", "8"};
        String[] past = {title + " oud", "01-03-2020 09:00", "01-03-2020 17:00", "Leeuwarden", "Fryslân", "8"};
        String[] badCapacity = {title + " groot", "02-03-2027 09:00", "02-03-2027 17:00", "Sneek", "Fryslân", "40"};
        String[] badDate = {title + " datum", "morgen", "02-03-2027 17:00", "Sneek", "Fryslân", "acht"};
        HttpResponse<String> refused = upload("sessions", workbook(header, List.of(good, past, badCapacity, badDate)));
        assertEquals(400, refused.statusCode(), refused.body());
        Set<String> cells = Http.object(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + ":" + e.getString("column")).collect(Collectors.toSet());
        assertEquals(Set.of("3:begin", "4:plaatsen", "5:begin", "5:plaatsen"), cells);
        assertFalse(Http.api("ngb").get("api/sessions").body().contains(title), "nothing stored");

        HttpResponse<String> stored = upload("sessions", workbook(header, List.<String[]>of(good)));
        assertEquals(201, stored.statusCode(), stored.body());
        assertTrue(Http.api("ngb").get("api/sessions").body().contains(title));
    }

    @Test
    void onlyNgbImports() throws IOException {
        byte[] file = workbook(PARTICIPANT_HEADER, List.<String[]>of(mayor(email())));
        for (String user : new String[] {"deelnemer", "trainer", "bzk", "admin"}) {
            assertEquals(403, Http.api(user).postBytes("api/imports/participants", file).statusCode(), user);
        }
    }
}

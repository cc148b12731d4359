package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.reporting.ReportIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.scenarios.LearningModule;
import org.apache.poi.ss.usermodel.Workbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Erasure leaves nothing that identifies her: after a whole training — invitation, account, log-ins,
 * enrolment, both modules, attendance, certificate, mails, a named list, a session export — no table
 * of the application's database and no file under the data directory holds her name, address or user
 * name, her certificate no longer verifies, her login is gone, and BZK's figures are what they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErasureIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void afterErasureNoTableNoFileAndNoStatementNamesHerAndTheFiguresStayTheSame() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Wilhelmina Wisvliet-" + tag;
        String email = "w.wisvliet." + tag + "@raadhuis.example";
        String username = "wisvliet_" + tag;
        List<String> her = List.of(name, email, username);

        Learner mayor = Learners.create(SMTP, name, email, username);
        Http browser = Http.pages();
        assertEquals(302, browser.login(username, mayor.password(), null).statusCode());
        LocalDateTime start = LocalDateTime.now(AMSTERDAM).plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        long session = EnrolmentIT.sessionStartingAt(start);
        assertEquals(201, mayor.api().postJson("api/sessions/" + session + "/enrolments", "").statusCode());
        passAllRequired(mayor, "voorbereiding");
        passAllRequired(mayor, "nazorg");
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(AMSTERDAM), start).toMillis()) + 500);
        assertEquals(200, Http.api("trainer").putJson("api/sessions/" + session + "/enrolments/" + mayor.participantId()
                + "/attendance", "{\"attendance\":\"ATTENDED\"}").statusCode());
        JsonObject completion = Http.object(mayor.api().get("api/me/completion").body());
        String code = completion.getString("certificateCode");
        assertEquals(200, Http.api(null).get("api/certificates/" + code).statusCode());
        assertEquals(200, mayor.api().getBytes("api/me/certificate").statusCode());
        Mailbox.await(SMTP, email, 2); // the invitation and the booking: sent, so in the outbox as sent rows

        int year = start.getYear();
        long named = ReportIT.start("ngb", "operational", "year=" + year);
        assertEquals("COMPLETED", ReportIT.await("ngb", named, Set.of("COMPLETED", "FAILED")).getString("status"));
        long export = Http.object(Http.api("ngb").postJson("api/exports/sessions", "").body()).getJsonNumber("jobId").longValue();
        awaitExport(export);
        List<String> figuresBefore = participationFigures(year);

        Path dataDir = Path.of(System.getProperty("weerbaar.it.data.dir"));
        JsonObject before = residue(her);
        Set<String> columnsBefore = hitColumns(before);
        assertTrue(columnsBefore.containsAll(Set.of("participant.naam", "participant.email", "account.username",
                "outbox_mail.recipient", "audit_actor.username")), "the search finds her while she is there: " + columnsBefore);
        assertFalse(filesHolding(dataDir, her).isEmpty(), "the named list holds her before the erasure");

        assertEquals(204, Http.api("ngb").delete("api/participants/" + mayor.participantId()).statusCode());

        JsonObject after = residue(her);
        assertEquals(List.of(), after.getJsonArray("hits").getValuesAs(JsonObject.class), "database residue: " + after);
        assertTrue(after.getInt("tables") >= 20, "every table was searched: " + after);
        assertEquals(before.getInt("columns"), after.getInt("columns"), "the same columns as before");
        TreeMap<String, List<String>> files = filesHolding(dataDir, her);
        assertEquals(new TreeMap<>(), files, "files under " + dataDir + " that still name her");
        System.out.printf("Erasure search: %d tables, %d text and binary columns, %d files under the data directory"
                + " (the database's own files in db/ excepted): 0 hits%n", after.getInt("tables"), after.getInt("columns"),
                countFiles(dataDir));

        assertEquals(404, Http.api(null).get("api/certificates/" + code).statusCode(), "her certificate is withdrawn");
        assertEquals(401, mayor.api().get("api/account").statusCode(), "her login is gone, not even remembered");
        HttpResponse<String> page = browser.get("index.xhtml");
        assertEquals(302, page.statusCode(), "her page session has ended");
        assertEquals(0, Http.array(Http.api("ngb").get("api/participants/" + mayor.participantId() + "/statements").body()).size());
        JsonObject record = Http.object(Http.api("ngb").get("api/participants/" + mayor.participantId()).body());
        assertTrue(record.isNull("gemeentecode") && record.isNull("inOfficeSince"), "one mayor per gemeente: " + record);
        assertEquals("Utrecht", record.getString("province"), "the province stays for the figures");
        assertEquals("burgemeester", record.getString("office"));

        assertEquals(figuresBefore, participationFigures(year), "BZK's figures do not change");

        JsonObject erasure = Http.object(Http.api("admin").get("api/audit?action=PARTICIPANT_ERASED&participantId="
                + mayor.participantId()).body());
        assertEquals(1, erasure.getJsonArray("items").size(), erasure.toString());
        assertEquals("ngb", erasure.getJsonArray("items").getJsonObject(0).getString("actor"), "the erasure is audited, by NGB");
        JsonObject hers = Http.object(Http.api("admin").get("api/audit?actor=" + username).body());
        assertTrue(hers.getJsonArray("items").isEmpty(), "no audit line resolves to her user name: " + hers);
        JsonObject aboutHer = Http.object(Http.api("admin").get("api/audit?participantId=" + mayor.participantId()).body());
        assertTrue(aboutHer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("action").equals("ENROLMENT_CREATED") && i.getString("actor").matches("#\\d+")),
                "her own lines keep a number that resolves to nobody: " + aboutHer);
    }

    @Test
    void theResidueSearchIsForAdministratorsAndNeedsTexts() {
        String question = Json.createObjectBuilder().add("texts", Json.createArrayBuilder().add("Wisvliet")).build().toString();
        assertEquals(403, Http.api("ngb").postJson("api/admin/residue", question).statusCode());
        assertEquals(400, Http.api("admin").postJson("api/admin/residue", "{\"texts\":[\"ab\"]}").statusCode());
        assertEquals(200, Http.api("admin").postJson("api/admin/residue", question).statusCode());
    }

    private static JsonObject residue(List<String> texts) {
        var array = Json.createArrayBuilder();
        texts.forEach(array::add);
        HttpResponse<String> found = Http.api("admin").postJson("api/admin/residue",
                Json.createObjectBuilder().add("texts", array).build().toString());
        assertEquals(200, found.statusCode(), found.body());
        return Http.object(found.body());
    }

    private static Set<String> hitColumns(JsonObject residue) {
        return residue.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> (h.getString("table") + "." + h.getString("column")).toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The participation report's cells for the year (but its generation time), read back with POI. */
    private static List<String> participationFigures(int year) throws Exception {
        long job = ReportIT.start("bzk", "participation", "year=" + year);
        assertEquals("COMPLETED", ReportIT.await("bzk", job, Set.of("COMPLETED", "FAILED")).getString("status"));
        try (Workbook workbook = ReportIT.download("bzk", job, "bzk-deelname-" + year + ".xlsx")) {
            return ReportIT.cells(workbook);
        }
    }

    private static void awaitExport(long jobId) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            String status = Http.object(Http.api("ngb").get("api/exports/sessions/" + jobId).body()).getString("status");
            if (status.equals("COMPLETED")) {
                return;
            }
            assertFalse(status.equals("FAILED"), "the export failed");
            Thread.sleep(200);
        }
        throw new AssertionError("export " + jobId + " did not finish");
    }

    /**
     * Every file under the data directory that holds one of the texts (any case), with the texts it
     * holds; zip files (the .xlsx workbooks) entry by entry, since their text is compressed. The
     * database's own files (db/) are searched through SQL instead: a database file keeps freed pages
     * until it overwrites them.
     */
    private static TreeMap<String, List<String>> filesHolding(Path root, List<String> texts) throws IOException {
        TreeMap<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !root.relativize(f).startsWith("db")).toList()) {
                String content = readable(file);
                List<String> held = new ArrayList<>();
                for (String text : texts) {
                    if (content.contains(text.toLowerCase(Locale.ROOT))) {
                        held.add(text);
                    }
                }
                if (!held.isEmpty()) {
                    found.put(root.relativize(file).toString(), held);
                }
            }
        }
        return found;
    }

    private static long countFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !root.relativize(f).startsWith("db")).count();
        }
    }

    /** The file's text in lower case: a zip's entries inflated, anything else as UTF-8 and as bytes. */
    private static String readable(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException goneMeanwhile) {
            return "";
        }
        StringBuilder text = new StringBuilder(new String(bytes, StandardCharsets.UTF_8))
                .append('\n').append(new String(bytes, StandardCharsets.ISO_8859_1));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            // By the central directory: a workbook written with data descriptors defeats a streaming read.
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        text.append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static void passAllRequired(Learner learner, String module) {
        for (String scenario : LearningModule.shipped(module).orElseThrow().requiredScenarios()) {
            long attempt = Learners.start(learner, module, scenario).getJsonNumber("attemptId").longValue();
            assertTrue(Learners.play(learner, attempt, Learners.bestPath(scenario)).getBoolean("passed"), scenario);
        }
    }
}

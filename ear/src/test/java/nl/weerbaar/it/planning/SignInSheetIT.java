package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** The sign-in sheet: for the session's trainers and NGB, with the booked participants, and audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInSheetIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theTrainerAndNgbPrintItWithEveryoneBookedAndNobodyElseSeesIt() throws Exception {
        long session = EnrolmentIT.newSession(1);
        long booked = EnrolmentIT.newParticipant();
        long waiting = EnrolmentIT.newParticipant();
        Http ngb = Http.api("ngb");
        ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + booked + "}");
        ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + waiting + "}");
        String bookedName = Http.object(ngb.get("api/participants/" + booked).body()).getString("name");
        String waitingName = Http.object(ngb.get("api/participants/" + waiting).body()).getString("name");

        for (String who : new String[] {"trainer", "ngb"}) {
            HttpResponse<byte[]> pdf = Http.api(who).getBytes("api/sessions/" + session + "/sign-in-sheet");
            assertEquals(200, pdf.statusCode(), who);
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains(bookedName), text);
                assertTrue(text.contains("Wethouder"), "her office in words: " + text);
                assertTrue(!text.contains(waitingName), "the waitlist is not on the sheet");
                assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            }
        }
        assertEquals(403, Http.api("deelnemer").getBytes("api/sessions/" + session + "/sign-in-sheet").statusCode());
        assertEquals(403, Http.api("bzk").getBytes("api/sessions/" + session + "/sign-in-sheet").statusCode());
        assertEquals(404, Http.api("ngb").getBytes("api/sessions/999999999/sign-in-sheet").statusCode());

        JsonObject audit = Http.object(Http.api("admin").get("api/audit?action=SIGN_IN_SHEET_PRINTED").body());
        assertTrue(audit.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("subject"))
                .filter(s -> s.equals("session:" + session)).count() >= 2, audit.toString());
    }
}

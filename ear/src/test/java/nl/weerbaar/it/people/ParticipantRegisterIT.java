package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** NGB keeps the register of office holders; nobody else reads it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantRegisterIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String mayor(String email) {
        return "{\"name\":\"J. de Vries\",\"email\":\"" + email + "\",\"office\":\"burgemeester\","
                + "\"gemeentecode\":\"GM0518\",\"inOfficeSince\":\"2022-09-01\"}";
    }

    private static String uniqueEmail() {
        return "burgemeester-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    private static Set<String> emails() {
        HttpResponse<String> list = Http.api("ngb").get("api/participants");
        assertEquals(200, list.statusCode(), list.body());
        return Http.array(list.body()).getValuesAs(JsonObject.class).stream().map(p -> p.getString("email"))
                .collect(Collectors.toSet());
    }

    @Test
    void ngbRegistersAMayorWhoseProvinceFollowsFromTheGemeente() {
        String email = uniqueEmail();
        HttpResponse<String> created = Http.api("ngb").postJson("api/participants", mayor(email.toUpperCase()));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Http.object(created.body());
        assertEquals(email, body.getString("email"), "e-mail stored in lower case");
        assertEquals("'s-Gravenhage", body.getString("gemeente"));
        assertEquals("Zuid-Holland", body.getString("province"));
        assertEquals(body, Http.object(Http.api("ngb").get(Http.location(created).getPath().substring(1)).body()));
        assertTrue(emails().contains(email));
    }

    @Test
    void ngbCorrectsARecordValidatedAsOnRegistrationAndErasedRecordsStayErased() {
        Http ngb = Http.api("ngb");
        String email = uniqueEmail();
        long id = Http.object(ngb.postJson("api/participants", mayor(email)).body()).getJsonNumber("id").longValue();
        String other = uniqueEmail();
        ngb.postJson("api/participants", mayor(other));

        String corrected = "{\"name\":\"J. de Vries-Bakker\",\"email\":\"" + email + "\",\"phone\":\"070 123 4567\","
                + "\"office\":\"wethouder\",\"gemeentecode\":\"GM0344\",\"inOfficeSince\":\"2022-10-01\"}";
        HttpResponse<String> put = ngb.putJson("api/participants/" + id, corrected);
        assertEquals(200, put.statusCode(), put.body());
        JsonObject body = Http.object(ngb.get("api/participants/" + id).body());
        assertEquals("J. de Vries-Bakker", body.getString("name"));
        assertEquals("Utrecht", body.getString("gemeente"));
        assertEquals("Utrecht", body.getString("province"), "the province follows the new gemeente");
        assertEquals("2022-10-01", body.getString("inOfficeSince"));

        HttpResponse<String> taken = ngb.putJson("api/participants/" + id, corrected.replace(email, other));
        assertEquals(400, taken.statusCode(), "someone else's address");
        assertEquals("email", Http.object(taken.body()).getString("field"));
        HttpResponse<String> empty = ngb.putJson("api/participants/" + id, corrected.replace("J. de Vries-Bakker", ""));
        assertEquals(400, empty.statusCode());
        assertEquals("name", Http.object(empty.body()).getString("field"));
        assertEquals(404, ngb.putJson("api/participants/999999999", corrected).statusCode());
        assertEquals(403, Http.api("bzk").putJson("api/participants/" + id, corrected).statusCode());
        JsonObject audit = Http.object(Http.api("admin").get("api/audit?action=PARTICIPANT_CORRECTED").body());
        assertTrue(audit.getJsonArray("items").stream().anyMatch(i -> i.asJsonObject().getString("subject").equals("participant:" + id)),
                "the correction is audited by id");
        assertTrue(!audit.toString().contains("Vries-Bakker"), "and the audit trail holds no values");

        assertEquals(204, ngb.delete("api/participants/" + id).statusCode());
        assertEquals(409, ngb.putJson("api/participants/" + id, corrected).statusCode(), "an erased record is not filled in again");
    }

    @Test
    void aStatenlidIsRegisteredWithAProvince() {
        String json = "{\"name\":\"A. Bakker\",\"email\":\"" + uniqueEmail() + "\",\"office\":\"Statenlid\","
                + "\"province\":\"Fryslân\",\"inOfficeSince\":\"2023-03-30\"}";
        HttpResponse<String> created = Http.api("ngb").postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("Fryslân", Http.object(created.body()).getString("province"));
    }

    @Test
    void aSecondEntryWithTheSameEmailIsRefused() {
        String email = uniqueEmail();
        assertEquals(201, Http.api("ngb").postJson("api/participants", mayor(email)).statusCode());
        HttpResponse<String> again = Http.api("ngb").postJson("api/participants", mayor(" " + email.toUpperCase() + " "));
        assertEquals(400, again.statusCode(), again.body());
        assertEquals("email", Http.object(again.body()).getString("field"), again.body());
        assertTrue(again.body().contains("Er staat al iemand met dit e-mailadres in het register."), again.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown gemeente | \"GM0518\" | \"GM9999\" | gemeentecode",
        "malformed e-mail | @example.nl\" | @example\" | email",
        "unknown office | \"burgemeester\" | \"koning\" | office",
        "missing name | \"J. de Vries\" | \"\" | name",
        "date in the future | \"2022-09-01\" | \"2099-01-01\" | inOfficeSince",
        "malformed date | \"2022-09-01\" | \"1 september\" | inOfficeSince"
    })
    void badRegistrationsNameTheFieldAndStoreNothing(String name, String replace, String with, String field) {
        String email = uniqueEmail();
        String json = mayor(email).replace(replace, with);
        HttpResponse<String> response = Http.api("ngb").postJson("api/participants", json);
        assertEquals(400, response.statusCode(), response.body());
        Set<String> fields = Http.object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of(field), fields, response.body());
        assertFalse(emails().stream().anyMatch(e -> e.startsWith(email.substring(0, email.indexOf('@')))));
    }

    @Test
    void erasingRemovesWhoSheIsCancelsHerPlaceAndKeepsTheFigures() {
        String email = uniqueEmail();
        HttpResponse<String> created = Http.api("ngb").postJson("api/participants", mayor(email));
        long participant = Http.object(created.body()).getJsonNumber("id").longValue();
        long session = EnrolmentIT.newSession(1);
        long waiting = EnrolmentIT.newParticipant();
        Http ngb = Http.api("ngb");
        assertEquals(201, ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + participant + "}").statusCode());
        assertEquals(201, ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + waiting + "}").statusCode());

        assertEquals(403, Http.api("bzk").delete("api/participants/" + participant).statusCode());
        assertEquals(204, ngb.delete("api/participants/" + participant).statusCode());
        JsonObject erased = Http.object(ngb.get("api/participants/" + participant).body());
        assertEquals("Verwijderde deelnemer", erased.getString("name"));
        assertFalse(erased.getString("email").contains(email.substring(0, email.indexOf('@'))));
        assertTrue(erased.isNull("phone"));
        assertEquals("Zuid-Holland", erased.getString("province"), "the area stays for the figures");
        assertFalse(emails().contains(email));
        List<JsonObject> list = Http.array(ngb.get("api/sessions/" + session + "/enrolments").body()).getValuesAs(JsonObject.class);
        assertEquals(1, list.size());
        assertEquals(waiting, list.get(0).getJsonNumber("participantId").longValue());
        assertEquals("BOOKED", list.get(0).getString("status"), "her place went to the waitlist");
        assertEquals(404, ngb.delete("api/participants/987654321").statusCode());
    }

    @Test
    void onlyNgbReadsOrWritesTheRegister() {
        for (String user : new String[] {"deelnemer", "trainer", "bzk", "admin"}) {
            assertEquals(403, Http.api(user).get("api/participants").statusCode(), user);
            assertEquals(403, Http.api(user).postJson("api/participants", mayor(uniqueEmail())).statusCode(), user);
        }
    }
}

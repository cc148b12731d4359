package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import nl.weerbaar.it.support.SessionJsonFixture;

/** Planning and listing sessions through the JSON API, which goes through the planning service. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Set<String> titles(HttpResponse<String> list) {
        assertEquals(200, list.statusCode(), list.body());
        return Http.array(list.body()).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("title")).collect(Collectors.toSet());
    }

    @Test
    void ngbPlansASessionThatAnswersAtItsLocationAndAppearsInTheList() {
        String title = SessionJsonFixture.uniqueTitle("API");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", SessionJsonFixture.valid(title));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Http.object(created.body());
        assertEquals(title, body.getString("title"));
        assertEquals("2027-03-01T09:00:00", body.getString("start"));
        assertEquals("2027-03-02T16:00:00", body.getString("end"));
        assertEquals("Utrecht", body.getString("province"));
        assertEquals(8, body.getInt("capacity"));
        assertEquals("OPEN", body.getString("status"));

        HttpResponse<String> fetched = Http.api("deelnemer").get(Http.location(created).getPath().substring(1));
        assertEquals(200, fetched.statusCode());
        JsonObject publicPart = Json.createObjectBuilder(body).remove("notes").remove("trainers").build();
        assertEquals(publicPart, Http.object(fetched.body()));

        assertTrue(titles(Http.api("deelnemer").get("api/sessions")).contains(title));
    }

    @Test
    void participantsAndBzkGetNoNotesOrTrainersWhileNgbAndTheSessionsTrainerDo() {
        String title = SessionJsonFixture.uniqueTitle("Intern");
        String note = "Interne notitie " + title;
        String json = SessionJsonFixture.valid(title).replace("}", ",\"notes\":\"" + note + "\",\"trainers\":[\"trainer\"]}");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        String one = Http.location(created).getPath().substring(1);
        String list = "api/sessions?from=2027-03-01&to=2027-03-01&province=Utrecht";

        for (String outsider : List.of("deelnemer", "bzk")) {
            JsonObject single = Http.object(Http.api(outsider).get(one).body());
            JsonObject listed = withTitle(Http.api(outsider).get(list), title);
            for (JsonObject session : List.of(single, listed)) {
                assertEquals(PUBLIC_FIELDS, session.keySet(), outsider + " gets the public shape: " + session);
            }
            assertFalse(Http.api(outsider).get(list).body().contains(note), outsider);
        }
        for (String insider : List.of("ngb", "trainer")) {
            for (JsonObject session : List.of(Http.object(Http.api(insider).get(one).body()),
                    withTitle(Http.api(insider).get(list), title))) {
                assertEquals(note, session.getString("notes"), insider);
                assertEquals(List.of("trainer"), session.getJsonArray("trainers").getValuesAs(JsonString.class)
                        .stream().map(JsonString::getString).toList(), insider);
            }
        }
    }

    @Test
    void aTrainerGetsTheFullShapeButNoNotesOrTrainersOfASessionSheDoesNotGive() {
        String title = SessionJsonFixture.uniqueTitle("Anders");
        String json = SessionJsonFixture.valid(title).replace("}", ",\"notes\":\"Alleen NGB\"}");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());

        JsonObject seen = Http.object(Http.api("trainer").get(Http.location(created).getPath().substring(1)).body());

        assertTrue(seen.keySet().containsAll(Set.of("notes", "trainers")), "the field set of her role stays the same");
        assertTrue(seen.isNull("notes"), seen.toString());
        assertTrue(seen.getJsonArray("trainers").isEmpty(), seen.toString());
    }

    private static final Set<String> PUBLIC_FIELDS = Set.of("id", "title", "start", "end", "location", "province",
            "capacity", "status", "booked", "waitlisted", "minParticipants", "enrolmentDeadline",
            "cancellationDeadline", "enrolmentOpen");

    private static JsonObject withTitle(HttpResponse<String> list, String title) {
        assertEquals(200, list.statusCode(), list.body());
        return Http.array(list.body()).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(title));
    }

    @Test
    void capacityDefaultsToEight() {
        String title = SessionJsonFixture.uniqueTitle("Standaard");
        String json = SessionJsonFixture.valid(title).replace(",\"capacity\":8", "");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(8, Http.object(created.body()).getInt("capacity"));
    }

    @Test
    void aDraftIsHiddenFromParticipantsButNotFromNgb() {
        String title = SessionJsonFixture.uniqueTitle("Concept");
        String json = SessionJsonFixture.valid(title).replace("}", ",\"status\":\"DRAFT\"}");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("DRAFT", Http.object(created.body()).getString("status"));

        assertTrue(titles(Http.api("ngb").get("api/sessions")).contains(title));
        assertFalse(titles(Http.api("deelnemer").get("api/sessions")).contains(title));
        assertEquals(404, Http.api("deelnemer").get(Http.location(created).getPath().substring(1)).statusCode());
    }

    @Test
    void theListFiltersOnDatesAndProvince() {
        String title = SessionJsonFixture.uniqueTitle("Filter");
        assertEquals(201, Http.api("ngb").postJson("api/sessions", SessionJsonFixture.valid(title)).statusCode());
        assertTrue(titles(Http.api("ngb").get("api/sessions?from=2027-03-01&to=2027-03-01&province=Utrecht")).contains(title));
        assertFalse(titles(Http.api("ngb").get("api/sessions?from=2027-03-02")).contains(title));
        assertFalse(titles(Http.api("ngb").get("api/sessions?province=Zeeland")).contains(title));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "end before start | \"end\":\"2027-03-02T16:00:00\" | \"end\":\"2027-03-01T08:00:00\" | end",
        "capacity zero | \"capacity\":8 | \"capacity\":0 | capacity",
        "capacity 31 | \"capacity\":8 | \"capacity\":31 | capacity",
        "unknown province | \"province\":\"Utrecht\" | \"province\":\"Zuid-Brabant\" | province",
        "missing title | \"title\":\"TITLE\", | '' | title",
        "missing location | \"location\":\"Nieuwegein\", | '' | location",
        "malformed start | \"start\":\"2027-03-01T09:00:00\" | \"start\":\"1 maart\" | start",
        "unknown status | \"capacity\":8 | \"capacity\":8,\"status\":\"HELD\" | status"
    })
    void badInputIsRefusedWithTheFieldNamedAndNothingStored(String name, String replace, String with, String field) {
        String title = SessionJsonFixture.uniqueTitle("Fout");
        String json = SessionJsonFixture.valid(title).replace(replace.replace("TITLE", title), with);
        HttpResponse<String> response = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(400, response.statusCode(), response.body());
        JsonArray errors = Http.object(response.body()).getJsonArray("errors");
        Set<String> fields = errors.getValuesAs(JsonObject.class).stream()
                .map(e -> e.isNull("field") ? "" : e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of(field), fields, response.body());
        errors.getValuesAs(JsonObject.class).forEach(e -> assertFalse(e.getString("message").isBlank()));
        assertFalse(titles(Http.api("ngb").get("api/sessions")).contains(title), "a refused session was stored");
    }

    @Test
    void messagesAreDutchByDefaultAndEnglishOnRequest() {
        String json = SessionJsonFixture.valid("Taal").replace("\"capacity\":8", "\"capacity\":0");
        HttpResponse<String> dutch = Http.api("ngb").postJson("api/sessions", json);
        assertTrue(dutch.body().contains("Het aantal plaatsen moet tussen 1 en 30 liggen."), dutch.body());
        HttpResponse<String> english = Http.api("ngb").inLanguage("en-GB,en;q=0.9").postJson("api/sessions", json);
        assertTrue(english.body().contains("The number of places must be between 1 and 30."), english.body());
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        HttpResponse<String> response = Http.api("ngb").postJson("api/sessions", "{\"title\": ");
        assertEquals(400, response.statusCode(), response.body());
        JsonValue errors = Http.object(response.body()).get("errors");
        assertEquals(JsonValue.ValueType.ARRAY, errors.getValueType());
    }

    @Test
    void malformedFiltersAreNamed() {
        HttpResponse<String> response = Http.api("ngb").get("api/sessions?from=gisteren&province=Holland");
        assertEquals(400, response.statusCode());
        Set<String> fields = Http.object(response.body()).getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("from", "province"), fields);
    }
}

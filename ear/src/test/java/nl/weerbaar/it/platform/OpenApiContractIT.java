package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.weerbaar.it.support.ApiContract;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Learners.Learner;
import nl.weerbaar.it.support.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI document the running server serves is what its clients get: read with swagger-parser,
 * and every answer these tests receive (per role, the errors too) checked against the document's
 * operation and status by the Atlassian swagger-request-validator, a validator that did not write it.
 * A property the document does not name counts as an error too, so a field the server adds or
 * renames fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiContractIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Who calls: her API client and the Authorization header it sends (null: anonymous). */
    private record Caller(String name, Http http, String authorization) {
        static Caller demo(String user) {
            if (user == null) {
                return new Caller("anonymous", Http.api(null), null);
            }
            String authorization = Http.DEMO_STAFF.contains(user) ? "Bearer demo-weerbaar-" + user
                    : "Basic " + basic(user, Deployments.PASSWORD);
            return new Caller(user, Http.api(user), authorization);
        }

        static Caller of(Learner learner) {
            return new Caller(learner.username(), learner.api(), "Basic " + basic(learner.username(), learner.password()));
        }

        private static String basic(String user, String password) {
            return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theServedDocumentIsValidOpenApiWithoutASingleMessage() {
        HttpResponse<String> served = Http.api(null).get("api/openapi.yaml");
        assertEquals(200, served.statusCode());
        assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertEquals("3.0.3", parsed.getOpenAPI().getOpenapi());
    }

    @Test
    void theValidatorRefusesAnAnswerWithAFieldTheDocumentDoesNotName() {
        HttpResponse<String> account = Http.api("ngb").get("api/account");
        assertEquals(200, account.statusCode());
        String tampered = account.body().replaceFirst("\\{", "{\"extra\":1,");
        ValidationReport report = validator().validateResponse("/api/account", Request.Method.GET,
                SimpleResponse.Builder.status(200).withContentType("application/json").withBody(tampered).build());
        assertTrue(report.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.response.body.schema.additionalProperties")), "the validator let pass " + tampered + ": " + report.getMessages());
    }

    @Test
    void sessionsAsEveryRoleMatchTheirDocumentedShape() {
        for (String user : new String[] {"ngb", "trainer", "deelnemer", "bzk", "admin"}) {
            Caller caller = Caller.demo(user);
            JsonArray sessions = Http.array(get(caller, "/api/sessions", 200));
            assertTrue(!sessions.isEmpty(), "the demo data has sessions");
            get(caller, "/api/sessions?from=" + Year.now().getValue() + "-01-01&province=Noord-Brabant", 200);
            get(caller, "/api/sessions/" + sessions.getJsonObject(0).getJsonNumber("id").longValue(), 200);
            get(caller, "/api/account", 200);
            get(caller, "/api/gemeenten?province=Zuid-Holland", 200);
        }
    }

    @Test
    void enrolmentsParticipantsAndTheLearningOfAParticipantMatchTheDocument() {
        Learner learner = Learners.create(SMTP);
        Caller she = Caller.of(learner);
        Caller ngb = Caller.demo("ngb");
        long session = sessionTheTrainerGivesThatTakesEnrolments();

        exchange(she, "POST", "/api/sessions/" + session + "/enrolments", "{}", 201);
        get(ngb, "/api/sessions/" + session + "/enrolments", 200);
        get(Caller.demo("trainer"), "/api/sessions/" + session + "/enrolments", 200);
        get(Caller.demo("trainer"), "/api/sessions/" + session, 200);
        get(ngb, "/api/sessions/" + session, 200);
        get(she, "/api/sessions/" + session, 200);

        get(ngb, "/api/participants", 200);
        get(ngb, "/api/participants/" + learner.participantId(), 200);
        get(she, "/api/participants/" + learner.participantId(), 200);

        JsonArray modules = Http.array(get(she, "/api/modules", 200));
        String module = modules.getJsonObject(0).getString("id");
        String scenario = modules.getJsonObject(0).getJsonArray("scenarios").getJsonObject(0).getString("id");
        JsonObject started = Http.object(exchange(she, "POST", "/api/modules/" + module + "/attempts",
                "{\"scenarioId\":\"" + scenario + "\"}", 201));
        long attempt = started.getJsonNumber("attemptId").longValue();
        get(she, "/api/attempts/" + attempt, 200);
        for (String choice : Learners.bestPath(scenario)) {
            exchange(she, "POST", "/api/attempts/" + attempt + "/choices", "{\"choiceId\":\"" + choice + "\"}", 200);
        }
        get(she, "/api/attempts/" + attempt, 200);
        get(she, "/api/modules", 200);
        get(she, "/api/me/completion", 200);
        get(she, "/api/me/statements", 200);
        get(ngb, "/api/participants/" + learner.participantId() + "/completion", 200);
        get(ngb, "/api/participants/" + learner.participantId() + "/statements", 200);
        xapi(she, "/api/xapi/statements", 200);
        xapi(ngb, "/api/xapi/statements?limit=5", 200);
        get(Caller.demo("deelnemer"), "/api/modules", 200);
        get(Caller.demo("deelnemer"), "/api/me/completion", 200);

        Caller admin = Caller.demo("admin");
        get(admin, "/api/audit", 200);
        get(admin, "/api/audit?participantId=" + learner.participantId(), 200);
        get(admin, "/api/admin/outbox", 200);
        get(admin, "/api/admin/outbox?state=sent", 200);
        get(admin, "/api/admin/outbox?state=pending", 200);

        exchange(she, "DELETE", "/api/sessions/" + session + "/enrolments/" + learner.participantId(), null, 204);
        get(she, "/api/attempts/999999999", 404);
    }

    @Test
    void theOtherReadsOfStaffMatchTheDocument() {
        Caller ngb = Caller.demo("ngb");
        Caller bzk = Caller.demo("bzk");
        Caller trainer = Caller.demo("trainer");
        Caller admin = Caller.demo("admin");
        int year = Year.now().getValue();
        get(ngb, "/api/planning/demand", 200);
        get(ngb, "/api/funding/" + year, 200);
        get(bzk, "/api/funding/" + year, 200);
        get(ngb, "/api/funding/tariffs", 200);
        get(bzk, "/api/funding/tariffs", 200);
        get(ngb, "/api/reports", 200);
        get(bzk, "/api/reports", 200);
        get(trainer, "/api/casus", 200);
        long session = sessionTheTrainerGivesThatTakesEnrolments();
        get(trainer, "/api/casus/sessions/" + session, 200);
        get(ngb, "/api/casus/sessions/" + session, 200);
        get(ngb, "/api/sessions/" + session + "/evaluation", 200);
        JsonArray scenarios = Http.array(get(trainer, "/api/scenarios", 200));
        JsonObject published = scenarios.stream().map(JsonValue::asJsonObject)
                .filter(s -> !s.isNull("publishedVersion")).findFirst().orElseThrow();
        String id = published.getString("scenarioId");
        get(trainer, "/api/scenarios/" + id + "/distribution", 200);
        get(trainer, "/api/scenarios/" + id + "/versions/" + published.getInt("publishedVersion"), 200);
        get(trainer, "/api/scenarios/" + id + "/review", 200);
        get(Caller.demo(null), "/api/xapi/about", 200);
        get(admin, "/api/admin/locks", 200);
        get(admin, "/api/admin/memory", 200);
        get(admin, "/api/admin/platform", 200);
    }

    @Test
    void refusalsMatchTheDocumentedErrorAnswers() {
        get(Caller.demo(null), "/api/sessions", 401);
        get(new Caller("wrong token", Http.bearer("not-a-token"), "Bearer not-a-token"), "/api/account", 401);
        get(Caller.demo("deelnemer"), "/api/participants", 403);
        get(Caller.demo("bzk"), "/api/admin/outbox", 403);
        get(Caller.demo("ngb"), "/api/sessions/999999999", 404);
        get(Caller.demo("ngb"), "/api/sessions?from=gisteren", 400);
        get(Caller.demo("admin"), "/api/admin/outbox?state=lost", 400);
        get(Caller.demo("ngb"), "/api/gemeenten?province=Atlantis", 400);
        get(Caller.demo(null), "/api/certificates/WB-NOTACODE-00000000", 404);
        exchange(Caller.demo("ngb"), "POST", "/api/sessions", "{\"title\":\"\"}", 400);
        HttpResponse<String> plain = Http.api("ngb").post("api/sessions", "text/plain", "{}");
        conforms(Caller.demo("ngb"), "POST", "/api/sessions", "text/plain", "{}", plain, 415);
        exchange(Caller.demo("ngb"), "PUT", "/api/sessions/999999999/status", "{\"status\":\"HELD\"}", 404);
        exchange(Caller.demo("trainer"), "POST", "/api/casus", "", 400);
        String nobody = "niemand-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        exchange(Caller.demo("admin"), "POST", "/api/admin/locks/" + nobody + "/release", "", 404);
        exchange(Caller.demo("admin"), "DELETE", "/api/admin/second-factors/" + nobody, null, 404);
    }

    /** A session of the demo trainer that takes enrolments, from the API as ngb sees it. */
    private static long sessionTheTrainerGivesThatTakesEnrolments() {
        JsonArray sessions = Http.array(Http.api("ngb").get("api/sessions").body());
        return sessions.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getBoolean("enrolmentOpen") && s.getJsonArray("trainers").toString().contains("\"trainer\""))
                // she cancels at the end, so its cancellation deadline must still be ahead (other tests plan sessions for tomorrow)
                .filter(s -> !s.isNull("cancellationDeadline") && java.time.LocalDateTime.parse(s.getString("cancellationDeadline"))
                        .isAfter(java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Amsterdam")).plusHours(1)))
                .findFirst().orElseThrow(() -> new AssertionError("no open session of the demo trainer: " + sessions))
                .getJsonNumber("id").longValue();
    }

    /** A GET as an xAPI client sends it, with X-Experience-API-Version. */
    private static String xapi(Caller caller, String path, int expected) {
        HttpResponse<String> answer = caller.http().get(path.substring(1), "X-Experience-API-Version", "1.0.3");
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.GET, URI.create(path).getPath())
                .withHeader("X-Experience-API-Version", "1.0.3").withAuthorization(caller.authorization());
        String query = URI.create(path).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        assertEquals(expected, answer.statusCode(), caller.name() + " GET " + path + ": " + answer.body());
        List<String> errors = validator().validate(request.build(), response(answer)).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage() + " " + m.getAdditionalInfo()).toList();
        assertEquals(List.of(), errors, caller.name() + " GET " + path + " answered " + answer.body());
        return answer.body();
    }

    private static String get(Caller caller, String path, int expected) {
        return exchange(caller, "GET", path, null, expected);
    }

    /** Sends the request, checks the status, and validates request and answer against the served document. */
    private static String exchange(Caller caller, String method, String path, String json, int expected) {
        String relative = path.substring(1);
        HttpResponse<String> answer = switch (method) {
            case "GET" -> caller.http().get(relative);
            case "POST" -> caller.http().postJson(relative, json);
            case "PUT" -> caller.http().putJson(relative, json);
            case "DELETE" -> caller.http().delete(relative);
            default -> throw new IllegalArgumentException(method);
        };
        return conforms(caller, method, path, json == null ? null : "application/json", json, answer, expected);
    }

    private static String conforms(Caller caller, String method, String path, String contentType, String body,
            HttpResponse<String> answer, int expected) {
        String what = caller.name() + " " + method + " " + path;
        assertEquals(expected, answer.statusCode(), what + ": " + answer.body());
        // A request the server must refuse is one the document does not allow: then only the answer is checked.
        ValidationReport report = expected < 400
                ? validator().validate(request(caller, method, path, contentType, body), response(answer))
                : validator().validateResponse(URI.create(path).getPath(), Request.Method.valueOf(method), response(answer));
        List<String> errors = report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage() + " " + m.getAdditionalInfo()).toList();
        assertEquals(List.of(), errors, what + " answered " + answer.statusCode() + " " + answer.body());
        return answer.body();
    }

    private static SimpleRequest request(Caller caller, String method, String path, String contentType, String body) {
        URI uri = URI.create(path);
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), uri.getPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.withQueryParam(nameValue[0], URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
            }
        }
        if (caller.authorization() != null) {
            request.withAuthorization(caller.authorization());
        }
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    private static SimpleResponse response(HttpResponse<String> answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            if (!header.getKey().equals(":status")) {
                response.withHeader(header.getKey(), header.getValue());
            }
        }
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body());
        }
        return response.build();
    }

    private static OpenApiInteractionValidator validator() {
        return ApiContract.validator();
    }
}

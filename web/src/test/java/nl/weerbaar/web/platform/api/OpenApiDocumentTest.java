package nl.weerbaar.web.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document as a real OpenAPI parser (swagger-parser) reads it: without a single
 * message, with exactly the operations of the /api lines of security/authorisation.txt and their
 * roles, and with the answers every operation of its kind can give.
 */
class OpenApiDocumentTest {

    private static final String ANY = "any";
    private static final String PUBLIC = "public";

    private static OpenAPI api;

    @BeforeAll
    static void parse() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(read("/openapi/weerbaar.yaml"), null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser's messages on openapi/weerbaar.yaml");
        api = result.getOpenAPI();
        assertNotNull(api, "swagger-parser read no document");
    }

    @Test
    void theDocumentIsOpenApi303WithBearerAndBasic() {
        assertEquals("3.0.3", api.getOpenapi());
        assertEquals("bearer", api.getComponents().getSecuritySchemes().get("bearer").getScheme());
        assertEquals("basic", api.getComponents().getSecuritySchemes().get("basic").getScheme());
    }

    @Test
    void everyApiLineOfTheAuthorisationTableIsAnOperationWithItsRolesAndNothingElseIs() throws IOException {
        Map<String, String> declared = new TreeMap<>();
        for (String[] line : authorisationLines()) {
            if (line[0].equals("api")) {
                declared.put(line[1] + " " + ApiEndpoints.normalize(line[2].substring("/api".length())), line[3]);
            }
        }
        Map<String, String> documented = new TreeMap<>();
        operations().forEach((key, operation) -> documented.put(key.method() + " " + ApiEndpoints.normalize(key.path()),
                roles(operation)));
        TreeSet<String> missing = new TreeSet<>(declared.keySet());
        missing.removeAll(documented.keySet());
        TreeSet<String> extra = new TreeSet<>(documented.keySet());
        extra.removeAll(declared.keySet());
        assertTrue(missing.isEmpty(), "endpoints of authorisation.txt missing from openapi/weerbaar.yaml: " + missing);
        assertTrue(extra.isEmpty(), "operations in openapi/weerbaar.yaml without a line in authorisation.txt: " + extra);
        declared.forEach((endpoint, who) -> assertEquals(who, documented.get(endpoint), "x-roles of " + endpoint));
    }

    @Test
    void everyOperationHasAnIdRolesInItsDescriptionAndTheRightSecurity() {
        Set<String> ids = new TreeSet<>();
        operations().forEach((key, operation) -> {
            assertNotNull(operation.getOperationId(), key + " has no operationId");
            assertTrue(ids.add(operation.getOperationId()), "operationId used twice: " + operation.getOperationId());
            assertTrue(operation.getDescription() != null && operation.getDescription().startsWith("Roles: "),
                    key + " does not name its roles first in its description");
            boolean open = roles(operation).equals(PUBLIC);
            assertEquals(open, operation.getSecurity() != null && operation.getSecurity().isEmpty(),
                    key + ": public operations and only those have security []");
        });
    }

    @Test
    void everyAnswerWithABodyHasASchemaAndEveryGetAnswersWithOne() {
        operations().forEach((key, operation) -> {
            for (Map.Entry<String, ApiResponse> answer : operation.getResponses().entrySet()) {
                if (answer.getValue().getContent() != null) {
                    for (Map.Entry<String, MediaType> type : answer.getValue().getContent().entrySet()) {
                        assertNotNull(type.getValue().getSchema(), key + " " + answer.getKey() + " " + type.getKey() + " has no schema");
                    }
                }
            }
            if (key.method().equals("GET")) {
                ApiResponse ok = operation.getResponses().get("200");
                assertTrue(ok != null && ok.getContent() != null && !ok.getContent().isEmpty(), key + " has no 200 with a body");
            }
        });
    }

    @Test
    void everyOperationDocumentsTheRefusalsItsKindCanGive() {
        operations().forEach((key, operation) -> {
            Set<String> statuses = operation.getResponses().keySet();
            String who = roles(operation);
            if (!who.equals(PUBLIC)) {
                assertTrue(statuses.containsAll(List.of("401", "429")), key + " lacks 401 or 429: " + statuses);
            }
            if (!who.equals(PUBLIC) && !who.equals(ANY)) {
                assertTrue(statuses.contains("403"), key + " lacks 403: " + statuses);
            }
            if (key.path().contains("{")) {
                assertTrue(statuses.contains("404"), key + " has a path parameter but no 404: " + statuses);
            }
            if (Set.of("POST", "PUT").contains(key.method()) && !key.path().equals("/openapi.yaml")) {
                assertTrue(statuses.contains("415"), key + " lacks 415: " + statuses);
            }
            if (operation.getRequestBody() != null || hasQueryParameters(operation)) {
                assertTrue(statuses.contains("400"), key + " takes input but documents no 400: " + statuses);
            }
        });
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getIn).anyMatch("query"::equals);
    }

    /** The operation's x-roles in the table's words: public, any, or the roles joined by commas. */
    private static String roles(Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-roles");
        assertTrue(roles instanceof List<?>, operation.getOperationId() + " has no x-roles list");
        return String.join(",", ((List<?>) roles).stream().map(String::valueOf).toList());
    }

    private record Key(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Map<Key, Operation> operations() {
        Map<Key, Operation> all = new TreeMap<>(java.util.Comparator.comparing(Key::toString));
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) -> all.put(new Key(method.name(), path.getKey()), operation));
        }
        return all;
    }

    /** The lines of the authorisation table, split on white space, as AuthorisationTableTest reads them. */
    private static List<String[]> authorisationLines() throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String line : read("/security/authorisation.txt").lines().map(String::strip).toList()) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                lines.add(line.split("\\s+"));
            }
        }
        return lines;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

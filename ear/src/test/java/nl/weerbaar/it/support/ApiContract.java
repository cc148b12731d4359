package nl.weerbaar.it.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every answer of the API that any test receives through {@link Http} is checked against the
 * OpenAPI document the server serves, by the Atlassian swagger-request-validator (a reader that did
 * not write it): its status must be documented for the operation and its body must match that
 * status's schema, with no property the document does not name. A mismatch fails the test that
 * received it, so the document is proved by every call the suite makes, not by a sample.
 *
 * <p>The benchmarks turn it off ({@code -Dweerbaar.api.contract=false}): it costs client time.
 */
public final class ApiContract {

    private static final boolean ON = !"false".equals(System.getProperty("weerbaar.api.contract"));
    /** One validator per server (a test may start a server of its own), over the document that server serves. */
    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new java.util.concurrent.ConcurrentHashMap<>();

    private ApiContract() {
    }

    /** Whether this request's answer is one the document describes (the document itself is not). */
    static boolean covers(HttpRequest request) {
        String path = request.uri().getPath();
        return ON && path.startsWith("/api/") && !path.equals("/api/openapi.yaml");
    }

    /** Fails with the validator's messages when the answer does not match the document. */
    static void check(HttpRequest request, HttpResponse<?> answer) {
        if (!covers(request)) {
            return;
        }
        Object raw = answer.body();
        String body = raw == null ? "" : raw instanceof String text ? text
                : raw instanceof byte[] bytes && isJson(answer) ? new String(bytes, StandardCharsets.UTF_8) : null;
        URI server = request.uri().resolve("/");
        List<String> errors = errors(validator(server), request.method(), request.uri().getPath(), answer, body);
        if (!errors.isEmpty()) {
            throw new AssertionError(request.method() + " " + request.uri() + " answered " + answer.statusCode()
                    + " outside the OpenAPI document: " + errors + "\n" + (body == null ? "(binary body)" : body));
        }
    }

    /** The ERROR messages of the validator for this answer (a binary body is checked by status and type only). */
    public static List<String> errors(OpenApiInteractionValidator validator, String method, String path,
            HttpResponse<?> answer, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            if (!header.getKey().equals(":status")) {
                response.withHeader(header.getKey(), header.getValue());
            }
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> body != null || !m.getKey().startsWith("validation.response.body"))
                // An address or method the API does not have (a test of the 404/405 answers) has no
                // operation to compare with; AuthorisationTableTest and OpenApiDocumentTest make sure
                // every real endpoint is documented.
                .filter(m -> !m.getKey().equals("validation.request.path.missing")
                        && !m.getKey().equals("validation.request.operation.notAllowed"))
                .map(m -> m.getKey() + ": " + m.getMessage() + " " + m.getAdditionalInfo()).toList();
    }

    private static boolean isJson(HttpResponse<?> answer) {
        return answer.headers().firstValue("Content-Type").orElse("").contains("json");
    }

    /** The validator over the document the test server serves; an undocumented property is an error. */
    public static OpenApiInteractionValidator validator() {
        return validator(Deployments.BASE);
    }

    private static OpenApiInteractionValidator validator(URI server) {
        return VALIDATORS.computeIfAbsent(server, ApiContract::load);
    }

    private static OpenApiInteractionValidator load(URI server) {
        String document;
        try {
            HttpResponse<String> served = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.resolve("/api/openapi.yaml")).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new AssertionError(server + " does not serve its OpenAPI document: " + served.statusCode());
            }
            document = served.body();
        } catch (IOException e) {
            throw new AssertionError("the OpenAPI document of " + server + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .withLevel("validation.response.body.missing", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }
}

package nl.weerbaar.web.platform.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document names every endpoint the resources declare, with its method. */
class OpenApiDocumentTest {

    @Test
    void everyResourceMethodIsDocumented() throws Exception {
        List<String> yaml = document();
        List<ApiEndpoints.Endpoint> endpoints = ApiEndpoints.all();
        assertTrue(endpoints.size() >= 8, "endpoints found: " + endpoints);
        TreeSet<String> missing = new TreeSet<>();
        for (ApiEndpoints.Endpoint endpoint : endpoints) {
            if (!documented(yaml, endpoint.shape(), endpoint.method().toLowerCase())) {
                missing.add(endpoint.method() + " " + endpoint.shape());
            }
        }
        missing.remove("GET /openapi.yaml");
        assertTrue(missing.isEmpty(), "endpoints missing from openapi/weerbaar.yaml: " + missing);
    }

    private static boolean documented(List<String> yaml, String path, String verb) {
        boolean inPath = false;
        for (String line : yaml) {
            if (line.matches("  /.*:\\s*")) {
                inPath = ApiEndpoints.normalize(line.strip().replaceAll(":$", "")).equals(path);
            } else if (inPath && line.equals("    " + verb + ":")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi/weerbaar.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

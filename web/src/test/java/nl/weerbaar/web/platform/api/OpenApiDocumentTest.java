package nl.weerbaar.web.platform.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document names every endpoint the resources declare, with its method. */
class OpenApiDocumentTest {

    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    @Test
    void everyResourceMethodIsDocumented() throws Exception {
        List<String> yaml = document();
        List<Class<?>> resources = resources();
        assertTrue(resources.size() >= 8, "resources found: " + resources);
        TreeSet<String> missing = new TreeSet<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = normalize("/" + base + (sub == null ? "" : "/" + sub.value()));
                        if (!documented(yaml, path, verb.getValue())) {
                            missing.add(verb.getValue().toUpperCase() + " " + path);
                        }
                    }
                }
            }
        }
        missing.remove("GET /openapi.yaml");
        assertTrue(missing.isEmpty(), "endpoints missing from openapi/weerbaar.yaml: " + missing);
    }

    private static String normalize(String path) {
        return path.replaceAll("/+", "/").replaceAll("\\{[^}]+}", "{}").replaceAll("/$", "");
    }

    private static boolean documented(List<String> yaml, String path, String verb) {
        boolean inPath = false;
        for (String line : yaml) {
            if (line.matches("  /.*:\\s*")) {
                inPath = normalize(line.strip().replaceAll(":$", "")).equals(path);
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

    /** Every JAX-RS resource class of the web module, in whichever context package it lives. */
    private static List<Class<?>> resources() throws Exception {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("nl/weerbaar/web"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}

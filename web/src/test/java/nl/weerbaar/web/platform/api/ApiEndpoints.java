package nl.weerbaar.web.platform.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every endpoint the web module's JAX-RS resources declare, found in its compiled classes, for the tests that check them all. */
public final class ApiEndpoints {

    /** One endpoint: its HTTP method and its path below the API root, with {@code {name}} parameters. */
    public record Endpoint(String method, String path) {
        /** The path with every parameter as {@code {}}, for comparing with documents that name them differently. */
        public String shape() {
            return normalize(path);
        }
    }

    private static final Map<Class<? extends java.lang.annotation.Annotation>, String> VERBS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");

    private ApiEndpoints() {
    }

    public static List<Endpoint> all() {
        List<Endpoint> found = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = ("/" + base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                                .replaceAll("\\{([^}:]+)(:[^}]*)?}", "{$1}").replaceAll("/$", "");
                        found.add(new Endpoint(verb.getValue(), path));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return found;
    }

    public static String normalize(String path) {
        return path.replaceAll("/+", "/").replaceAll("\\{[^}]+}", "{}").replaceAll("/$", "");
    }

    /** Every JAX-RS resource class of the web module, in whichever context package it lives. */
    private static List<Class<?>> resources() {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("nl/weerbaar/web"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> type = Class.forName(classes.relativize(file).toString().replace(".class", "").replace('/', '.'));
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}

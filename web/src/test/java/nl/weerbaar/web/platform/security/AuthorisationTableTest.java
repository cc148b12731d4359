package nl.weerbaar.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.weerbaar.web.platform.api.ApiEndpoints;
import org.junit.jupiter.api.Test;

/**
 * The declared authorisation table (security/authorisation.txt) has exactly one line for every page
 * of the webapp and every endpoint of the API: a new page or endpoint without a line fails the build,
 * and so does a line for one that no longer exists. AuthorisationMatrixIT checks the lines against the server.
 */
class AuthorisationTableTest {

    private static final Set<String> ROLES = Set.of("ngb", "participant", "trainer", "bzk", "admin");

    @Test
    void everyPageAndEveryEndpointHasExactlyOneLine() throws IOException {
        List<String> declared = new ArrayList<>();
        for (String[] line : lines()) {
            declared.add(line[0] + " " + line[1] + " " + shape(line[2]));
        }
        TreeSet<String> duplicates = new TreeSet<>(declared);
        assertEquals(duplicates.size(), declared.size(), "a page or endpoint has two lines");

        TreeSet<String> actual = new TreeSet<>();
        ApiEndpoints.all().forEach(e -> actual.add("api " + e.method() + " " + shape("/api" + e.path())));
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            pages.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF"))
                    .forEach(p -> actual.add("page GET /" + Path.of("src/main/webapp").relativize(p).toString().replace('\\', '/')));
        }
        TreeSet<String> missing = new TreeSet<>(actual);
        missing.removeAll(duplicates);
        TreeSet<String> stale = new TreeSet<>(duplicates);
        stale.removeAll(actual);
        assertTrue(missing.isEmpty(), "pages or endpoints without a line in security/authorisation.txt (who may use them?): " + missing);
        assertTrue(stale.isEmpty(), "lines in security/authorisation.txt for pages or endpoints that do not exist: " + stale);
    }

    @Test
    void everyLineNamesKnownRoles() throws IOException {
        for (String[] line : lines()) {
            String who = line[3];
            if (!who.equals("public") && !who.equals("any")) {
                for (String role : who.split(",")) {
                    assertTrue(ROLES.contains(role), "unknown role " + role + " in " + String.join(" ", line));
                }
            }
            assertTrue(line.length == 4 || (line.length == 5 && line[4].equals("effect")), "a line's fifth field is 'effect' or absent: "
                    + String.join(" ", line));
        }
    }

    static List<String[]> lines() throws IOException {
        try (InputStream in = AuthorisationTableTest.class.getResourceAsStream("/security/authorisation.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+")).toList();
        }
    }

    private static String shape(String path) {
        return ApiEndpoints.normalize(path);
    }
}

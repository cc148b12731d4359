package nl.weerbaar.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every line of the declared authorisation table (web/src/main/resources/security/authorisation.txt),
 * tried as every demo role and anonymously: an allowed caller is not refused (and never gets a 500),
 * a refused one gets 403 — or, not logged in, 401 from the API and the login page for a page.
 * Path parameters are an id that does not exist, so an allowed call meets "not found" or bad input,
 * never someone's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorisationMatrixIT {

    private static final Path TABLE = Path.of("../web/src/main/resources/security/authorisation.txt");
    /** The demo user of each role; null is a caller who is not logged in. */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("ngb", "ngb");
        USERS.put("participant", "deelnemer");
        USERS.put("trainer", "trainer");
        USERS.put("bzk", "bzk");
        USERS.put("admin", "admin");
        USERS.put("anonymous", null);
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyPageAndEndpointAnswersEveryRoleAsTheTableDeclares() throws IOException {
        Map<String, Http> pages = new LinkedHashMap<>();
        Map<String, Http> apis = new LinkedHashMap<>();
        for (Map.Entry<String, String> role : USERS.entrySet()) {
            Http browser = Http.pages();
            if (role.getValue() != null) {
                assertEquals(302, browser.login(role.getValue(), Deployments.PASSWORD).statusCode(), "login of " + role.getValue());
            }
            pages.put(role.getKey(), browser);
            apis.put(role.getKey(), Http.api(role.getValue()));
        }
        List<String> wrong = new ArrayList<>();
        int checks = 0;
        List<String> lines = Files.readAllLines(TABLE).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (String line : lines) {
            String[] f = line.split("\\s+");
            String kind = f[0];
            String method = f[1];
            String path = f[2].replaceAll("\\{[^}]+}", "999999999").substring(1);
            Set<String> allowed = allowed(f[3]);
            boolean effect = f.length > 4;
            for (String role : USERS.keySet()) {
                boolean mayUse = allowed.contains(role);
                if (mayUse && effect) {
                    continue;
                }
                HttpResponse<String> answer = kind.equals("page") ? pages.get(role).get(path) : call(apis.get(role), method, path);
                checks++;
                String verdict = verdict(kind, role, answer);
                if (!verdict.equals(mayUse ? "allowed" : "refused")) {
                    wrong.add(String.format("%-6s %-60s %-11s expected %s, got %d (%s)", method, f[2], role,
                            mayUse ? "allowed" : "refused", answer.statusCode(), verdict));
                }
            }
        }
        System.out.printf("[AuthorisationMatrixIT] %d lines x %d callers: %d checks, %d wrong%n", lines.size(), USERS.size(), checks, wrong.size());
        assertTrue(wrong.isEmpty(), "answers that differ from security/authorisation.txt:\n" + String.join("\n", wrong));
    }

    private static Set<String> allowed(String who) {
        if (who.equals("public")) {
            return USERS.keySet();
        }
        if (who.equals("any")) {
            return Set.of("ngb", "participant", "trainer", "bzk", "admin");
        }
        return Set.of(who.split(","));
    }

    private static HttpResponse<String> call(Http api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "POST" -> api.postJson(path, "{}");
            case "PUT" -> api.putJson(path, "{}");
            case "DELETE" -> api.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** "allowed", "refused", or why neither (a server error, a redirect elsewhere). */
    private static String verdict(String kind, String role, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "server error";
        }
        if (status == 403) {
            return "refused";
        }
        if (kind.equals("api") && status == 401) {
            return role.equals("anonymous") ? "refused" : "unauthenticated";
        }
        if (kind.equals("page") && status == 302 && Http.location(answer).toString().contains("/login.xhtml?next=")) {
            return role.equals("anonymous") ? "refused" : "sent to the login page";
        }
        return "allowed";
    }
}

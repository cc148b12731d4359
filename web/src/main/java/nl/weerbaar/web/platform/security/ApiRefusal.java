package nl.weerbaar.web.platform.security;

import nl.weerbaar.platform.JsonP;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An API request refused before it reaches JAX-RS (not logged in, too many attempts), answered in
 * the same JSON shape as every other API error: {@code {"error","field","errors":[…]}}.
 */
final class ApiRefusal {

    private ApiRefusal() {
    }

    static AuthenticationStatus write(HttpServletResponse response, int status, String message) {
        String body = JsonP.PROVIDER.createObjectBuilder()
                .add("error", message)
                .addNull("field")
                .add("errors", JsonP.PROVIDER.createArrayBuilder().add(JsonP.PROVIDER.createObjectBuilder().addNull("field").add("message", message)))
                .build().toString();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(body);
            // Closed, so the answer is complete: the container neither puts its own HTML error page in
            // its place nor tries to (Undertow sends an error for a 4xx left open after authentication).
            response.getWriter().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The answer is complete: SEND_CONTINUE makes the container send it as it is, neither calling
        // the resource nor putting its own error page in its place (as it does for SEND_FAILURE).
        return AuthenticationStatus.SEND_CONTINUE;
    }
}

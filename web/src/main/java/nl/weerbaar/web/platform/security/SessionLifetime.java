package nl.weerbaar.web.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * An absolute limit on a page session besides the idle timeout of web.xml (30 minutes): a session,
 * however busy, ends {@link #ABSOLUTE} after it began, so a stolen session cookie does not live on.
 */
@WebFilter(filterName = "sessionLifetime", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionLifetime extends HttpFilter {

    static final Duration ABSOLUTE = Duration.ofHours(12);

    private final transient Clock clock;

    public SessionLifetime() {
        this(Clock.systemUTC());
    }

    SessionLifetime(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > ABSOLUTE.toMillis()) {
            session.invalidate();
            request.logout();
        }
        chain.doFilter(request, response);
    }
}

package nl.weerbaar.web.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;

/** Audits every page a logged-in user was refused (the container's 403, shown by the error page). */
@WebFilter(filterName = "accessDeniedAudit", urlPatterns = "/fout/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class AccessDeniedAudit extends HttpFilter {

    @Inject
    private SecurityAudit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        audit.record(request.getRemoteUser(), SecurityAction.ACCESS_DENIED, "page",
                refused == null ? null : String.valueOf(refused), request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}

package nl.weerbaar.web.platform.security;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page whose service refuses the caller's role answers 403, never 500: the EJB container's
 * refusal reaches the servlet wrapped in Faces and EL exceptions, so it is found in the cause chain.
 */
@WebFilter(filterName = "accessDeniedAsForbidden", urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class AccessDeniedAsForbidden extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!deniedAccess(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean deniedAccess(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}

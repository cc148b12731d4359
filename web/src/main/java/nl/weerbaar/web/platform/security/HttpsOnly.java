package nl.weerbaar.web.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.weerbaar.platform.Transport;

/**
 * A production server speaks HTTPS only (a demo server may stay on plain HTTP): a plain-HTTP page or
 * API read is redirected to the same address over HTTPS, anything else is refused, and the session
 * cookie is marked Secure. Behind a proxy that ends TLS, Undertow's proxy-address-forwarding makes
 * forwarded HTTPS requests count as secure (README, production).
 */
@WebFilter(filterName = "httpsOnly", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
@WebListener
public class HttpsOnly extends HttpFilter implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Transport.httpsOnly()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Transport.httpsOnly() || request.isSecure()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "https://" + request.getServerName() + ":" + Transport.httpsPort()
                    + request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        // A form or API write over plain HTTP has already shown its data to the network: refuse, never redirect it.
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "HTTPS only");
    }
}

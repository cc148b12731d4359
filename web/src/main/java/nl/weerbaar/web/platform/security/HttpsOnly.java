package nl.weerbaar.web.platform.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.weerbaar.platform.Transport;

/**
 * A production server speaks HTTPS only (a demo server may stay on plain HTTP): a plain-HTTP read is
 * redirected to the same address over HTTPS, anything else is refused, and the session cookie is
 * marked Secure. The authentication mechanism asks this first, before it looks at any credential.
 * Behind a proxy that ends TLS, Undertow's proxy-address-forwarding makes forwarded HTTPS requests
 * count as secure (README, production).
 */
@WebListener
public class HttpsOnly implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Transport.httpsOnly()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
                String query = request.getQueryString();
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", "https://" + request.getServerName() + ":" + Transport.httpsPort()
                        + request.getRequestURI() + (query == null ? "" : "?" + query));
            } else {
                // A write over plain HTTP has already shown its data to the network: refuse, never redirect it.
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain");
                response.getWriter().write("HTTPS only");
                response.getWriter().close();
            }
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}

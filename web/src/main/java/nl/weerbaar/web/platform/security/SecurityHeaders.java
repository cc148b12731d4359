package nl.weerbaar.web.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side defences on every answer: pages, API, static resources and error pages alike.
 * Pages get their Content-Security-Policy from PrimeFaces' CSP mode (web.xml), because only the
 * renderer knows the nonce of the page's scripts; everything else gets a policy that allows nothing
 * to run. HSTS is sent only over HTTPS, where a browser honours it.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** For answers that are not rendered pages: nothing may run, load or frame them. */
    static final String STRICT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose answers (401, 429, the
     * redirect to the login page) are written before any filter runs.
     */
    public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!rendersPage(request)) {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
    }

    /**
     * A Faces view or a folder whose welcome page is one (not a Faces resource): PrimeFaces writes the
     * policy with the page's nonce. Two policies would both apply, so the filter must not add one.
     */
    static boolean rendersPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/api/")) {
            return false;
        }
        return path.endsWith(".xhtml") || path.endsWith("/") || path.isEmpty();
    }
}

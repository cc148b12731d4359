package nl.weerbaar.web.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.weerbaar.web.platform.i18n.Texts;

/** Every HTTP error of the API (403 for a role, 404, 405 …) answers in the same JSON shape. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.servlet.http.HttpServletRequest request;

    @jakarta.inject.Inject
    private nl.weerbaar.audit.application.SecurityAudit audit;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() == Response.Status.FORBIDDEN.getStatusCode()) {
            audit.record(request.getRemoteUser(), nl.weerbaar.audit.application.SecurityAction.ACCESS_DENIED, "api",
                    request.getMethod() + " " + request.getRequestURI(), request.getRemoteAddr());
        }
        java.util.Locale locale = RequestLocale.of(headers);
        String key = "api.http." + status.getStatusCode();
        String message = Texts.has(locale, key) ? Texts.get(locale, key) : status.getReasonPhrase();
        return ApiError.response(status.getStatusCode(), message);
    }
}

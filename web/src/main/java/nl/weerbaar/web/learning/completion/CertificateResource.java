package nl.weerbaar.web.learning.completion;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.weerbaar.learning.completion.application.Completions;
import nl.weerbaar.web.platform.i18n.Texts;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;
import nl.weerbaar.web.platform.security.throttle.LookupLimit;

/** Public: checks a certificate's verification code; answers the name and date on it, nothing else. */
@Path("certificates/{code}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RequestScoped
public class CertificateResource {

    @Inject
    private Completions completions;

    @Inject
    private LookupLimit limit;

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.servlet.http.HttpServletRequest request;

    @GET
    public Response verify(@PathParam("code") String code) {
        java.util.OptionalLong wait = limit.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            return Response.fromResponse(ApiError.response(429, Texts.get(RequestLocale.of(headers), "certificaat.teveel")))
                    .header("Retry-After", wait.getAsLong()).build();
        }
        return completions.verify(code).map(v -> Response.ok(v).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND,
                        Texts.get(RequestLocale.of(headers), "certificaat.onbekend")));
    }
}

package nl.weerbaar.web.platform.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Refuses a POST that another site could have made the browser send. Browsers attach cached Basic
 * credentials to cross-site requests, but without a preflight (which this API never grants) such a
 * request can only carry no Content-Type or one of the three a form can send. Every client of this
 * API sends JSON or the file it imports, so those are refused with 415. PUT and DELETE need a
 * preflight anyway.
 */
@Provider
@PreMatching
public class CrossSiteWrites implements ContainerRequestFilter {

    /** The Content-Types a cross-site form or a no-cors fetch can send without asking first. */
    static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || FORM_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            request.abortWith(ApiError.response(Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode(),
                    nl.weerbaar.web.platform.i18n.Texts.get(RequestLocale.of(request.getAcceptableLanguages()), "api.json.verplicht")));
        }
    }
}

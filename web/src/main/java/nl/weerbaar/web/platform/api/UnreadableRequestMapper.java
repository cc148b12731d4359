package nl.weerbaar.web.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.weerbaar.web.platform.i18n.Texts;

/** A body that cannot be read as the JSON we expect is the client's mistake: 400, not 500. */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        return ApiError.response(Response.Status.BAD_REQUEST, Texts.get(RequestLocale.of(headers), "api.json.ongeldig"));
    }
}

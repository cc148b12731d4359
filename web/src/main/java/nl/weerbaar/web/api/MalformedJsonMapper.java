package nl.weerbaar.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.weerbaar.web.i18n.Texts;

/** A body that is not the JSON we expect is the client's mistake: 400 with a readable message. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        return ApiError.response(Response.Status.BAD_REQUEST, Texts.get(RequestLocale.of(headers), "api.json.ongeldig"));
    }
}

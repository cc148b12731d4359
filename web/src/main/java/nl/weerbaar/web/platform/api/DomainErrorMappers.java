package nl.weerbaar.web.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.i18n.Texts;

/**
 * The services' "not found", "conflict" and "invalid input" as 404, 409 and 400 with messages in
 * the client's language.
 */
final class DomainErrorMappers {

    private DomainErrorMappers() {
    }

    /** 404. */
    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(NotFound e) {
            return ApiError.response(Response.Status.NOT_FOUND, Texts.get(RequestLocale.of(headers), e.messageKey()));
        }
    }

    /** 409. */
    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Conflict e) {
            return ApiError.response(Response.Status.CONFLICT,
                    Texts.get(RequestLocale.of(headers), e.messageKey(), e.arguments()));
        }
    }

    /** 400 with a message per field. */
    @Provider
    public static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {
        @Context
        private HttpHeaders headers;

        @Inject
        private LocalizedViolations violations;

        @Override
        public Response toResponse(InvalidInputException e) {
            return ApiError.badRequest(violations.byField(e, RequestLocale.of(headers)));
        }
    }
}

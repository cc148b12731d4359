package nl.weerbaar.web.learning.records;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.weerbaar.platform.JsonP;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.weerbaar.learning.records.application.StatementQuery;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;
import nl.weerbaar.web.platform.i18n.Texts;

/**
 * The learning records as an xAPI 1.0.3 LRS offers them to a reporting client: the LRS endpoint is
 * {@code /api/xapi/}. {@code GET statements} with the filters verb, activity, since, until, limit,
 * ascending and statementId, paged by {@code more}; every request and answer carries
 * {@code X-Experience-API-Version}. Read only: statements are written by the player, not by clients.
 */
@Path("xapi")
@RequestScoped
public class XapiResource {

    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String VERSION = "1.0.3";

    @Inject
    private StatementQuery query;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    /** Which versions this LRS speaks (xAPI 1.0.3, 7.7): public, as the specification wants. */
    @GET
    @Path("about")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response about() {
        return Response.ok(JsonP.PROVIDER.createObjectBuilder().add("version", JsonP.PROVIDER.createArrayBuilder().add(VERSION)).build().toString())
                .header(VERSION_HEADER, VERSION).build();
    }

    @GET
    @Path("statements")
    @RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
    @Produces(MediaType.APPLICATION_JSON)
    public Response statements(@HeaderParam(VERSION_HEADER) String version, @QueryParam("statementId") String statementId,
            @QueryParam("verb") String verb, @QueryParam("activity") String activity, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("limit") Integer limit, @QueryParam("ascending") Boolean ascending,
            @QueryParam("cursor") Long cursor) {
        if (version == null || !version.startsWith("1.0")) {
            return versioned(ApiError.badRequest(Map.of(VERSION_HEADER, Texts.get(RequestLocale.of(headers), "xapi.versie"))));
        }
        if (statementId != null) {
            return query.one(statementId).map(s -> versioned(Response.ok(s, MediaType.APPLICATION_JSON)))
                    .orElseGet(() -> versioned(ApiError.response(Response.Status.NOT_FOUND,
                            Texts.get(RequestLocale.of(headers), "xapi.niet.gevonden"))));
        }
        Instant from;
        Instant to;
        try {
            from = instant(since);
            to = instant(until);
        } catch (DateTimeParseException e) {
            return versioned(ApiError.badRequest(Map.of(since != null && !valid(since) ? "since" : "until",
                    Texts.get(RequestLocale.of(headers), "xapi.tijd"))));
        }
        if (limit != null && limit < 0) {
            return versioned(ApiError.badRequest(Map.of("limit", Texts.get(RequestLocale.of(headers), "xapi.limiet"))));
        }
        StatementQuery.Page page = query.find(new StatementQuery.Query(verb, activity, from, to, limit == null ? 0 : limit,
                Boolean.TRUE.equals(ascending), cursor));
        String more = page.next() == null ? ""
                : UriBuilder.fromPath("/api/xapi/statements").replaceQuery(uri.getRequestUri().getRawQuery())
                        .replaceQueryParam("cursor", page.next()).build().toString();
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(page.statements()))) {
            String body = JsonP.PROVIDER.createObjectBuilder().add("statements", reader.readArray()).add("more", more).build().toString();
            return versioned(Response.ok(body, MediaType.APPLICATION_JSON)
                    .header("X-Experience-API-Consistent-Through", Instant.now().toString()));
        }
    }

    private static Response versioned(Response.ResponseBuilder response) {
        return response.header(VERSION_HEADER, VERSION).build();
    }

    private static Response versioned(Response response) {
        return versioned(Response.fromResponse(response));
    }

    private static Instant instant(String timestamp) {
        return timestamp == null || timestamp.isBlank() ? null : OffsetDateTime.parse(timestamp).toInstant();
    }

    private static boolean valid(String timestamp) {
        try {
            instant(timestamp);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

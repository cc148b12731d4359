package nl.weerbaar.web.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import nl.weerbaar.platform.imports.ImportRejected;
import nl.weerbaar.people.imports.ParticipantImport;
import nl.weerbaar.platform.imports.RowProblem;
import nl.weerbaar.planning.imports.SessionImport;
import nl.weerbaar.people.application.GemeenteListImport;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.RequestLocale;

/**
 * Bulk imports for NGB: the request body is the .xlsx itself. 201 with the number stored, or 400
 * with every problem (row, column, message) and nothing stored.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGB)
@RequestScoped
public class ImportResource {

    /** Read at most this much: one byte over the import's limit is enough to refuse the file. */
    static final int READ_LIMIT = 5 * 1024 * 1024 + 1;

    /** The answer to a refused file. */
    public record ImportError(String error, String field, List<RowProblem> errors) {
    }

    @Inject
    private ParticipantImport participants;

    @Inject
    private SessionImport sessions;

    @Inject
    private GemeenteListImport gemeenten;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("participants")
    @Consumes(MediaType.WILDCARD)
    public Response participants(InputStream body) throws IOException {
        return run(body, participants::importFile);
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.WILDCARD)
    public Response sessions(InputStream body) throws IOException {
        return run(body, sessions::importFile);
    }

    /** Replaces the list of gemeenten (CSV as the municipalities list); merged ones are retired, not deleted. */
    @POST
    @Path("gemeenten")
    @Consumes(MediaType.WILDCARD)
    public Response gemeenten(InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(READ_LIMIT);
        Locale locale = RequestLocale.of(headers);
        try {
            GemeenteListImport.Result result = gemeenten.replaceWith(new String(content, java.nio.charset.StandardCharsets.UTF_8));
            return Response.ok(result).build();
        } catch (GemeenteListImport.GemeenteListRejected rejected) {
            List<RowProblem> problems = rejected.problems().stream()
                    .map(p -> new RowProblem(p.line(), null, nl.weerbaar.web.platform.i18n.Texts.get(locale, "gemeenten." + p.message())))
                    .toList();
            return refused(problems);
        }
    }

    private Response run(InputStream body, BiFunction<byte[], Locale, Integer> importer) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(READ_LIMIT);
        try {
            int stored = importer.apply(content, RequestLocale.of(headers));
            return Response.status(Response.Status.CREATED).entity(Map.of("imported", stored)).build();
        } catch (ImportRejected rejected) {
            return refused(rejected.problems());
        }
    }

    /** 400 with every problem; the first one also as error and field, as elsewhere in the API. */
    private static Response refused(List<RowProblem> problems) {
        RowProblem first = problems.get(0);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ImportError(first.message(), first.column(), problems)).build();
    }
}

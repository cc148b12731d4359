package nl.weerbaar.web.planning.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.Map;
import nl.weerbaar.planning.export.ExportRun;
import nl.weerbaar.planning.export.SessionExport;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.i18n.Texts;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;

/** The session export for NGB: start it, follow it, download the workbook. */
@jakarta.ws.rs.Path("exports/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGB)
@RequestScoped
public class SessionExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private SessionExport export;

    @Context
    private HttpHeaders headers;

    @POST
    public Response start() {
        long id = export.start();
        return Response.accepted(Map.of("jobId", id)).build();
    }

    @GET
    @jakarta.ws.rs.Path("{id}")
    public Response status(@PathParam("id") long id) {
        return export.find(id)
                .map(run -> Response.ok(Map.of("jobId", run.executionId(), "status", run.status())).build())
                .orElseGet(this::notFound);
    }

    @GET
    @jakarta.ws.rs.Path("{id}/file")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") long id) {
        ExportRun run = export.find(id).orElse(null);
        if (run == null) {
            return notFound();
        }
        Path file = export.file(id).orElse(null);
        if (file == null) {
            return ApiError.response(Response.Status.CONFLICT,
                    Texts.get(RequestLocale.of(headers), "api.export.niet.klaar", run.status()));
        }
        return Response.ok(file.toFile(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"weerbaar-sessies-" + id + ".xlsx\"")
                .build();
    }

    private Response notFound() {
        return ApiError.response(Response.Status.NOT_FOUND, Texts.get(RequestLocale.of(headers), "api.export.onbekend"));
    }
}

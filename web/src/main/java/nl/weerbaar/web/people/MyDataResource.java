package nl.weerbaar.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.weerbaar.people.application.export.PersonalDataExport;
import nl.weerbaar.platform.security.Roles;

/** {@code GET /api/me/export}: everything held about the calling participant, as a zip of JSON files. */
@Path("me/export")
@RolesAllowed(Roles.PARTICIPANT)
@RequestScoped
public class MyDataResource {

    static final String ZIP = "application/zip";

    @Inject
    private PersonalDataExport export;

    @GET
    @Produces(ZIP)
    public Response mine() {
        return zip(export.mine(), "mijn-gegevens-weerbaar.zip");
    }

    static Response zip(byte[] zip, String fileName) {
        return Response.ok(zip, ZIP).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}

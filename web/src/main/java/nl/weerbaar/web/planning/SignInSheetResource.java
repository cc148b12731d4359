package nl.weerbaar.web.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.weerbaar.planning.application.signin.SignInSheet;
import nl.weerbaar.platform.security.Roles;

/** The sign-in sheet of a session as PDF, for its trainers and NGB. */
@Path("sessions/{sessionId}/sign-in-sheet")
@RequestScoped
public class SignInSheetResource {

    @Inject
    private SignInSheet sheets;

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public Response get(@PathParam("sessionId") long sessionId) {
        byte[] pdf = sheets.of(sessionId);
        return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"presentielijst-" + sessionId + ".pdf\"")
                // It names people: not to be kept by a shared cache or the browser's history.
                .header("Cache-Control", "no-store").build();
    }
}

package nl.weerbaar.web.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.weerbaar.casework.application.CasusForm;
import nl.weerbaar.casework.application.CasusLibrary;
import nl.weerbaar.casework.domain.Casus;
import nl.weerbaar.platform.security.Roles;

/** The trainers' casuistry: cases, and which were discussed in a session. */
@Path("casus")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINER)
@RequestScoped
public class CasusResource {

    /** A case as the API answers. */
    public record CasusJson(long id, String title, String description, String theme, String incidentType, String source,
            String tags) {
        static CasusJson of(Casus c) {
            return new CasusJson(c.getId(), c.getTitle(), c.getDescription(), c.getTheme().name(), c.getIncidentType().name(),
                    c.getSource(), c.getTags());
        }
    }

    /** The cases discussed in a session. */
    public static class Discussed {
        public List<Long> casusIds;
    }

    @Inject
    private CasusLibrary library;

    @GET
    public List<CasusJson> all() {
        return library.all().stream().map(CasusJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CasusForm form) {
        // No body is a form with nothing filled in: 400 naming every required field, not a 500.
        CasusForm filled = form == null ? new CasusForm() : form;
        filled.setId(null);
        return Response.status(Response.Status.CREATED).entity(CasusJson.of(library.save(filled))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CasusJson update(@PathParam("id") long id, CasusForm form) {
        CasusForm filled = form == null ? new CasusForm() : form;
        filled.setId(id);
        return CasusJson.of(library.save(filled));
    }

    @PUT
    @Path("sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CasusJson> discussed(@PathParam("sessionId") long sessionId, Discussed body) {
        library.discussed(sessionId, body == null || body.casusIds == null ? List.of() : body.casusIds);
        return library.discussedIn(sessionId).stream().map(CasusJson::of).toList();
    }

    @GET
    @Path("sessions/{sessionId}")
    @RolesAllowed({Roles.TRAINER, Roles.NGB})
    public List<CasusJson> discussedIn(@PathParam("sessionId") long sessionId) {
        return library.discussedIn(sessionId).stream().map(CasusJson::of).toList();
    }
}

package nl.weerbaar.web.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.notification.application.OutboxAdmin;
import nl.weerbaar.notification.application.OutboxEntry;
import nl.weerbaar.notification.domain.OutboxState;
import nl.weerbaar.platform.security.Roles;

/** For the administrator: the outgoing mails by state, and sending a dead one again. */
@Path("admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class OutboxResource {

    @Inject
    private OutboxAdmin outbox;

    @GET
    public List<OutboxEntry> list(@QueryParam("state") String state) {
        return outbox.list(state(state));
    }

    @POST
    @Path("{id}/resend")
    public Response resend(@PathParam("id") long id) {
        return Response.accepted(outbox.resend(id)).build();
    }

    private static OutboxState state(String state) {
        if (state == null || state.isBlank()) {
            return OutboxState.DEAD;
        }
        try {
            return OutboxState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state is one of dead, pending, sent, not " + state);
        }
    }
}

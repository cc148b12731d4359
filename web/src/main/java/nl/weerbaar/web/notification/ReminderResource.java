package nl.weerbaar.web.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.Reminders;

/** For the administrator: send the reminders that are due now instead of waiting for the morning run. */
@Path("admin/reminders")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ReminderResource {

    @Inject
    private Reminders reminders;

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> sendDue() {
        return Map.of("sent", reminders.sendDueNow());
    }
}

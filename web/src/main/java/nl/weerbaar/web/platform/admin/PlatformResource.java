package nl.weerbaar.web.platform.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.PlatformFacts;

/** For the administrator: which JPA provider and schema version the running application uses. */
@Path("admin/platform")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PlatformResource {

    @Inject
    private PlatformFacts platform;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public PlatformFacts.Facts facts() {
        return platform.facts();
    }
}

package nl.weerbaar.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.security.Roles;

/** Who the caller is: her user name and roles (any logged-in user), so a client can show the right things. */
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
@RequestScoped
public class AccountResource {

    @Context
    private SecurityContext security;

    @GET
    public Map<String, Object> me() {
        List<String> roles = List.of(Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN).stream()
                .filter(security::isUserInRole).toList();
        return Map.of("username", security.getUserPrincipal().getName(), "roles", roles);
    }
}

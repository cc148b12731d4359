package nl.weerbaar.web.platform.security.throttle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;
import nl.weerbaar.web.platform.i18n.Texts;

/** For the administrator: which login names are locked after too many failures, and releasing one. */
@Path("admin/locks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LoginLockResource {

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SecurityAudit audit;

    @Context
    private SecurityContext caller;

    @Context
    private HttpServletRequest request;

    @Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Map<String, List<String>> locked() {
        return Map.of("locked", throttle.lockedNames());
    }

    /** 204 when a lock was lifted, 404 when the name was not locked. */
    @POST
    @Path("{username}/release")
    @RolesAllowed(Roles.ADMIN)
    public Response release(@PathParam("username") String username) {
        if (!throttle.release(username)) {
            return ApiError.response(Response.Status.NOT_FOUND,
                    Texts.get(RequestLocale.of(headers), "api.blokkade.onbekend"));
        }
        audit.record(caller.getUserPrincipal().getName(), SecurityAction.ACCOUNT_RELEASED, username, request.getRemoteAddr());
        return Response.noContent().build();
    }
}

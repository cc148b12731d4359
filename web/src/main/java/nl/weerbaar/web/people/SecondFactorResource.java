package nl.weerbaar.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.people.application.account.SecondFactors;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;
import nl.weerbaar.web.platform.i18n.Texts;

/** For the administrator: removing someone's second factor (a lost phone); staff set up a new one at their next login. */
@Path("admin/second-factors")
@RequestScoped
public class SecondFactorResource {

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private SecurityAudit audit;

    @Context
    private SecurityContext caller;

    @Context
    private HttpServletRequest request;

    @Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    /** 204 when it was removed, 404 when the account had none. */
    @DELETE
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    public Response reset(@PathParam("username") String username) {
        if (!secondFactors.reset(username)) {
            return ApiError.response(Response.Status.NOT_FOUND,
                    Texts.get(RequestLocale.of(headers), "api.tweedefactor.geen"));
        }
        audit.record(caller.getUserPrincipal().getName(), SecurityAction.SECOND_FACTOR_RESET, username, request.getRemoteAddr());
        return Response.noContent().build();
    }
}

package nl.weerbaar.web.people;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.weerbaar.people.application.account.AccountForm;
import nl.weerbaar.people.application.Invitations;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;

/**
 * Invitations, for the invited participant (not logged in, holding the link's token): who it is
 * for, and creating her account. NGB sends them through {@link ParticipantResource}.
 */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class InvitationResource {

    /** The account an invited participant chooses. */
    public static class AccountJson {
        public String username;
        public String password;
    }

    @Inject
    private Invitations invitations;

    @Inject
    private LocalizedViolations violations;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("{token}")
    @PermitAll
    public Response invited(@PathParam("token") String token) {
        return Response.ok(Map.of("name", invitations.invitedName(token))).build();
    }

    @POST
    @Path("{token}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response accept(@PathParam("token") String token, AccountJson json) {
        AccountForm form = new AccountForm();
        if (json != null) {
            form.setUsername(json.username);
            form.setPassword(json.password);
        }
        try {
            invitations.accept(token, form);
            return Response.status(Response.Status.CREATED).entity(Map.of("username", form.getUsername())).build();
        } catch (InvalidInputException e) {
            return ApiError.badRequest(violations.byField(e, RequestLocale.of(headers)));
        }
    }
}

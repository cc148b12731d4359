package nl.weerbaar.web.learning.play;

import jakarta.annotation.security.RolesAllowed;
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
import nl.weerbaar.learning.play.application.AttemptView;
import nl.weerbaar.learning.play.application.Player;
import nl.weerbaar.learning.play.application.StepResult;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.RequestLocale;

/**
 * An attempt: take a choice, or read it so far. Only its owner sees it; for anyone else it does not
 * exist. Texts in the language {@code Accept-Language} asks for where the scenario has it, else Dutch.
 */
@Path("attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTICIPANT)
@RequestScoped
public class AttemptResource {

    /** The choice taken: an id the current node offers ({@code continue} at a situation). */
    public static class ChoiceRequest {
        public String choiceId;
    }

    @Inject
    private Player player;

    @Context
    private HttpHeaders headers;

    @GET
    public AttemptView attempt(@PathParam("id") long id) {
        return player.attempt(id, RequestLocale.of(headers));
    }

    @POST
    @Path("choices")
    @Consumes(MediaType.APPLICATION_JSON)
    public StepResult choose(@PathParam("id") long id, ChoiceRequest body) {
        return player.choose(id, body == null ? null : body.choiceId, RequestLocale.of(headers));
    }
}

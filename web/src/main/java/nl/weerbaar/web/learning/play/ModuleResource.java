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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.weerbaar.learning.play.application.AttemptView;
import nl.weerbaar.learning.play.application.ModuleProgress;
import nl.weerbaar.learning.play.application.NodeView;
import nl.weerbaar.learning.play.application.Player;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.RequestLocale;

/** The participant's modules with her progress, and starting an attempt at one of their scenarios. */
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTICIPANT)
@RequestScoped
public class ModuleResource {

    /** Which scenario of the module to start; without it, the first required one not yet passed. */
    public static class StartRequest {
        public String scenarioId;
    }

    /** The answer to a start: the attempt and its first node, in {@code language}. */
    public record Started(long attemptId, String scenarioId, int version, NodeView node, String language) {
    }

    @Inject
    private Player player;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    @GET
    public List<ModuleProgress> modules() {
        return player.modules(RequestLocale.of(headers));
    }

    @POST
    @Path("{id}/attempts")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response start(@PathParam("id") String moduleId, StartRequest body) {
        AttemptView attempt = player.start(moduleId, body == null ? null : body.scenarioId, RequestLocale.of(headers));
        return Response.created(uriInfo.getBaseUriBuilder().path("attempts").path(String.valueOf(attempt.attemptId())).build())
                .entity(new Started(attempt.attemptId(), attempt.scenarioId(), attempt.version(), attempt.node(), attempt.language())).build();
    }
}

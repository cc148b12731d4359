package nl.weerbaar.web.learning.scenario;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.weerbaar.learning.scenario.application.ChoiceDistribution;
import nl.weerbaar.learning.scenario.application.ScenarioAuthoring;
import nl.weerbaar.learning.scenario.application.ScenarioRejected;
import nl.weerbaar.learning.scenario.application.ScenarioReview;
import nl.weerbaar.learning.scenario.application.ScenarioSummary;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.scenarios.ScenarioProblem;

/**
 * Trainers' scenario files: list, import (the body is the file; refused whole with every problem),
 * publish the draft, export a version, how participants chose, and the review of the newest version
 * (sources, paths with endings and points, choice figures).
 */
@Path("scenarios")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINER)
@RequestScoped
public class ScenarioResource {

    /** Scenario files are small; one byte over is enough to refuse. */
    static final int READ_LIMIT = 1024 * 1024 + 1;

    /** A stored version. */
    public record VersionJson(String scenarioId, int version, String status, String title) {
        static VersionJson of(ScenarioVersion v) {
            return new VersionJson(v.getScenarioId(), v.getVersion(), v.getStatus().name(), v.getTitle());
        }
    }

    /** A refused file: the first problem as error, and all of them with file, line and node. */
    public record ScenarioError(String error, String field, List<ScenarioProblem> errors) {
    }

    @Inject
    private ScenarioAuthoring authoring;

    @GET
    public List<ScenarioSummary> overview() {
        return authoring.overview();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importFile(@QueryParam("name") String name, InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(READ_LIMIT);
        String file = name == null || name.isBlank() ? "scenario.json" : name;
        if (content.length == READ_LIMIT) {
            return refused(List.of(new ScenarioProblem(file, null, null, "het bestand is groter dan 1 MB")));
        }
        try {
            return Response.status(Response.Status.CREATED).entity(VersionJson.of(authoring.importFile(file, content))).build();
        } catch (ScenarioRejected rejected) {
            return refused(rejected.problems());
        }
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id) {
        try {
            return Response.ok(VersionJson.of(authoring.publish(id))).build();
        } catch (ScenarioRejected rejected) {
            return refused(rejected.problems());
        }
    }

    @GET
    @Path("{id}/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("id") String id, @PathParam("version") int version) {
        ScenarioVersion v = authoring.version(id, version);
        return Response.ok(v.getContent())
                .header("Content-Disposition", "attachment; filename=\"" + id + "-v" + version + ".json\"").build();
    }

    @GET
    @Path("{id}/distribution")
    public List<ChoiceDistribution> distribution(@PathParam("id") String id) {
        return authoring.distribution(id);
    }

    @GET
    @Path("{id}/review")
    public ScenarioReview review(@PathParam("id") String id) {
        return authoring.review(id);
    }

    private static Response refused(List<ScenarioProblem> problems) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ScenarioError(problems.get(0).toString(), null, problems)).build();
    }
}

package nl.weerbaar.web.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.demo.DemoData;
import nl.weerbaar.demo.SyntheticParticipation;
import nl.weerbaar.web.platform.api.ApiError;

/**
 * Demo and test servers only (admin): generates anonymous participation for a year, for trying
 * out and measuring the reports. In production it does not exist (404).
 */
@Path("admin/synthetic")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RequestScoped
public class SyntheticDataResource {

    /** Participants per transaction. */
    static final int BLOCK = 8000;

    @Inject
    private SyntheticParticipation generator;

    @Inject
    private nl.weerbaar.demo.Backdating backdating;

    /** Removes every generated row (tests clean up after themselves with it). */
    @jakarta.ws.rs.DELETE
    public Response purge() throws SQLException {
        if (!Boolean.getBoolean(DemoData.SWITCH)) {
            return ApiError.response(Response.Status.NOT_FOUND, "not available");
        }
        return Response.ok(Map.of("participants", generator.purge())).build();
    }

    @POST
    public Response generate(@QueryParam("year") int year, @QueryParam("participants") int participants) throws SQLException {
        if (!Boolean.getBoolean(DemoData.SWITCH)) {
            return ApiError.response(Response.Status.NOT_FOUND, "not available");
        }
        if (year < 2020 || year > 2100 || participants < 1 || participants > 2_000_000) {
            return ApiError.badRequest(Map.of("participants", "year 2020..2100, participants 1..2000000"));
        }
        int rounded = (participants + SyntheticParticipation.PER_SESSION - 1) / SyntheticParticipation.PER_SESSION
                * SyntheticParticipation.PER_SESSION;
        long from = generator.nextIndex();
        for (int done = 0; done < rounded; done += BLOCK) {
            generator.block(year, from + done, Math.min(BLOCK, rounded - done));
        }
        generator.analyze();
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("participants", rounded, "firstId", SyntheticParticipation.FIRST_ID + from)).build();
    }

    /** Moves one participant's history years back (for trying retention on old data); 201 with the old audit line's id. */
    @POST
    @Path("backdate")
    public Response backdate(@QueryParam("participant") long participant, @QueryParam("years") int years) throws SQLException {
        if (!Boolean.getBoolean(DemoData.SWITCH)) {
            return ApiError.response(Response.Status.NOT_FOUND, "not available");
        }
        if (participant < 1 || years < 1 || years > 100) {
            return ApiError.badRequest(Map.of("years", "participant an id, years 1..100"));
        }
        return Response.status(Response.Status.CREATED).entity(Map.of("auditId", backdating.age(participant, years))).build();
    }
}

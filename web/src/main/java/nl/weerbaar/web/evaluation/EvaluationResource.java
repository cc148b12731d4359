package nl.weerbaar.web.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.weerbaar.evaluation.application.EvaluationForm;
import nl.weerbaar.evaluation.application.EvaluationSummary;
import nl.weerbaar.evaluation.application.Evaluations;
import nl.weerbaar.platform.security.Roles;

/** A held session's evaluation: attendees answer once; its trainers and NGB read the aggregate. */
@Path("sessions/{sessionId}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EvaluationResource {

    @Inject
    private Evaluations evaluations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    public Response answer(@PathParam("sessionId") long sessionId, EvaluationForm form) {
        evaluations.submit(sessionId, form == null ? new EvaluationForm() : form);
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public EvaluationSummary summary(@PathParam("sessionId") long sessionId) {
        return evaluations.ofSession(sessionId);
    }
}

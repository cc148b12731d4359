package nl.weerbaar.web.learning.completion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.weerbaar.learning.completion.application.CompletionStatus;
import nl.weerbaar.learning.completion.application.Completions;
import nl.weerbaar.learning.records.application.LearningRecords;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.i18n.Texts;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;

/** The participant's own completion status, certificate and learning records. */
@Path("me")
@RolesAllowed(Roles.PARTICIPANT)
@RequestScoped
public class MyLearningResource {

    @Inject
    private Completions completions;

    @Inject
    private LearningRecords records;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("completion")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStatus completion() {
        return completions.mine(RequestLocale.of(headers));
    }

    /** The certificate PDF; 404 until the training is complete. */
    @GET
    @Path("certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response certificate() {
        return completions.myCertificate()
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"certificaat-weerbaar.pdf\"").build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND,
                        Texts.get(RequestLocale.of(headers), "certificaat.nog.niet")));
    }

    /** Her xAPI statements as a JSON array. */
    @GET
    @Path("statements")
    @Produces(MediaType.APPLICATION_JSON)
    public Response statements() {
        return Response.ok(records.mine()).header("Content-Disposition", "attachment; filename=\"leerrecords.json\"").build();
    }
}

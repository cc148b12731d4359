package nl.weerbaar.web.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.job.ReportKind;
import nl.weerbaar.reporting.job.ReportRun;
import nl.weerbaar.reporting.job.Reports;
import nl.weerbaar.web.platform.api.RequestLocale;

/**
 * Reports as batch jobs: start one (202 with its job id), follow its status and progress, download
 * the file when it is finished, stop or restart it. BZK and NGB run the participation report;
 * the named operational report is NGB's alone. The workbook is in English when the request that starts it
 * prefers English (Accept-Language, as every answer of the API), in Dutch otherwise.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BZK, Roles.NGB})
@RequestScoped
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The status of a run as the API answers. */
    public record Status(long jobId, String report, String period, String status, int progress, String exitStatus,
            String startedBy, boolean interrupted) {
        static Status of(ReportRun run) {
            return new Status(run.jobId(), run.kind().name(), run.period(), run.status(), run.progress(), run.exitStatus(),
                    run.startedBy(), run.interrupted());
        }
    }

    @Inject
    private Reports reports;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    public List<Status> recent() {
        return reports.recent(20).stream().map(Status::of).toList();
    }

    @POST
    @Path("participation")
    public Response participation(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return start(ReportKind.PARTICIPATION, year, quarter);
    }

    @POST
    @Path("operational")
    @RolesAllowed(Roles.NGB)
    public Response operational(@QueryParam("year") String year, @QueryParam("quarter") String quarter) {
        return start(ReportKind.OPERATIONAL, year, quarter);
    }

    @GET
    @Path("{jobId}")
    public Status status(@PathParam("jobId") long jobId) {
        return Status.of(reports.run(jobId));
    }

    @GET
    @Path("{jobId}/file")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response file(@PathParam("jobId") long jobId) {
        ReportRun run = reports.run(jobId);
        java.nio.file.Path file = reports.file(jobId);
        return Response.ok(file.toFile(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + run.fileName() + "\"").build();
    }

    @POST
    @Path("{jobId}/restart")
    public Response restart(@PathParam("jobId") long jobId) {
        return Response.accepted(Map.of("jobId", reports.restart(jobId))).build();
    }

    @POST
    @Path("{jobId}/stop")
    public Response stop(@PathParam("jobId") long jobId) {
        reports.stop(jobId);
        return Response.accepted(Map.of("jobId", jobId)).build();
    }

    /** A period the query cannot name is refused as 400 with the field, like every invalid input. */
    private Response start(ReportKind kind, String year, String quarter) {
        return Response.accepted(Map.of("jobId",
                reports.start(kind, ReportPeriod.parse(year, quarter), RequestLocale.of(headers)))).build();
    }
}

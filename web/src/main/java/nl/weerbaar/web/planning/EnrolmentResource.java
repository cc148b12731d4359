package nl.weerbaar.web.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.EnrolmentService;
import nl.weerbaar.planning.application.EnrolmentView;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.web.platform.i18n.Texts;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;

/** Enrolments of one session: enrol (herself or by NGB), cancel, list, attendance. */
@Path("sessions/{sessionId}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EnrolmentResource {

    /** The body NGB sends to enrol someone; a participant sends none. */
    public static class EnrolmentRequest {
        public Long participantId;
    }

    /** The body that records attendance. */
    public static class AttendanceRequest {
        public String attendance;
    }

    /** An enrolment as the API answers. */
    public record EnrolmentJson(long participantId, String name, String status, Integer waitlistPosition) {
        static EnrolmentJson of(EnrolmentView v) {
            return new EnrolmentJson(v.participantId(), v.participantName(), v.status(), v.waitlistPosition());
        }
    }

    @Inject
    private EnrolmentService enrolments;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
    public Response enrol(@PathParam("sessionId") long sessionId, EnrolmentRequest body) {
        EnrolmentView view = enrolments.enrol(sessionId, body == null ? null : body.participantId);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.participantId())).build())
                .entity(EnrolmentJson.of(view)).build();
    }

    @DELETE
    @Path("{participantId}")
    @RolesAllowed({Roles.PARTICIPANT, Roles.NGB})
    public Response cancel(@PathParam("sessionId") long sessionId, @PathParam("participantId") long participantId) {
        enrolments.cancel(sessionId, participantId);
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public Response list(@PathParam("sessionId") long sessionId) {
        return Response.ok(enrolments.ofSession(sessionId).stream().map(EnrolmentJson::of).toList()).build();
    }

    @PUT
    @Path("{participantId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public Response attendance(@PathParam("sessionId") long sessionId, @PathParam("participantId") long participantId,
            AttendanceRequest body) {
        EnrolmentStatus attendance = null;
        if (body != null && body.attendance != null) {
            try {
                attendance = EnrolmentStatus.valueOf(body.attendance);
            } catch (IllegalArgumentException unknown) {
                attendance = null;
            }
        }
        if (attendance == null || !EnrolmentStatus.ATTENDANCE.contains(attendance)) {
            return ApiError.badRequest(Map.of("attendance", Texts.get(RequestLocale.of(headers), "api.aanwezigheid.onbekend")));
        }
        return Response.ok(EnrolmentJson.of(enrolments.recordAttendance(sessionId, participantId, attendance))).build();
    }
}

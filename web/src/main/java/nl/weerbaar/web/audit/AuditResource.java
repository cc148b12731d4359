package nl.weerbaar.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nl.weerbaar.audit.application.AuditSearch;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;
import nl.weerbaar.platform.security.Roles;

/**
 * The audit trail for administrators: {@code GET /api/audit?participantId=&actor=&action=&from=&to=&page=}
 * answers {@code {"items":[{"at","actor","action","subject","address"}],"next"}}, newest first;
 * {@code next} is the {@code page} of the following page (null on the last). Reading it is audited too.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AuditResource {

    /** One line as the API shows it; {@code at} is a local date-time in Europe/Amsterdam. */
    public record Item(String at, String actor, String action, String subject, String address) {
    }

    /** A page of lines and the {@code page} parameter of the next. */
    public record Answer(java.util.List<Item> items, Long next) {
    }

    @Inject
    private AuditSearch trail;

    @Inject
    private SecurityAudit audit;

    @Inject
    private AuditFilter filter;

    @Context
    private SecurityContext caller;

    @Context
    private HttpServletRequest request;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Answer search(@QueryParam("participantId") String participantId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page) {
        AuditSearch.Page found = trail.search(filter.query(participantId, actor, action, from, to),
                filter.page(page), AuditSearch.PAGE);
        audit.record(caller.getUserPrincipal().getName(), SecurityAction.AUDIT_READ, null, request.getRemoteAddr());
        return new Answer(found.items().stream()
                .map(e -> new Item(e.at().toString(), e.actor(), e.action(), e.subject(), e.address())).toList(), found.next());
    }

    /** The same search, every matching line (up to 100,000), as a CSV file for a spreadsheet (RFC 4180, UTF-8). */
    @GET
    @Path("csv")
    @Produces("text/csv")
    @RolesAllowed(Roles.ADMIN)
    public Response csv(@QueryParam("participantId") String participantId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = AuditCsv.of(trail, filter.query(participantId, actor, action, from, to));
        audit.record(caller.getUserPrincipal().getName(), SecurityAction.AUDIT_READ, "audit", "csv", request.getRemoteAddr());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audittrail.csv\"").build();
    }
}

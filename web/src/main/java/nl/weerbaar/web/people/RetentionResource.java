package nl.weerbaar.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import nl.weerbaar.demo.DemoData;
import nl.weerbaar.people.application.retention.Retention;
import nl.weerbaar.people.application.retention.RetentionPolicy;
import nl.weerbaar.people.application.retention.RetentionRun;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;
import nl.weerbaar.web.platform.i18n.Texts;

/**
 * The retention job for the administrator: {@code GET} its latest runs, {@code POST} a run now with the
 * configured periods. Only a demo or test server takes other periods in the body, to try it out.
 */
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RequestScoped
public class RetentionResource {

    /** Periods for a trial run (ISO-8601, e.g. P20Y); each absent one is the configured one. */
    public static class TrialPolicy {
        public String inactive;
        public String records;
        public String audit;
    }

    /** A run as the API answers. */
    public record RunJson(long id, LocalDateTime startedAt, LocalDateTime finishedAt, LocalDateTime inactiveBefore,
            LocalDateTime recordsBefore, LocalDateTime auditBefore, int participantsErased, int attemptsDeleted,
            int statementsDeleted, int auditRowsDeleted) {
        static RunJson of(RetentionRun r) {
            return new RunJson(r.getId(), r.getStartedAt(), r.getFinishedAt(), r.getInactiveBefore(), r.getRecordsBefore(),
                    r.getAuditBefore(), r.getParticipantsErased(), r.getAttemptsDeleted(), r.getStatementsDeleted(),
                    r.getAuditRowsDeleted());
        }
    }

    @Inject
    private Retention retention;

    @Context
    private HttpHeaders headers;

    @GET
    public List<RunJson> latest() {
        return retention.latest(20).stream().map(RunJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(TrialPolicy trial) {
        RetentionPolicy configured = RetentionPolicy.configured();
        boolean given = trial != null && (trial.inactive != null || trial.records != null || trial.audit != null);
        if (given && !Boolean.getBoolean(DemoData.SWITCH)) {
            return ApiError.badRequest(Map.of("body", Texts.get(RequestLocale.of(headers), "retentie.alleen.demo")));
        }
        RetentionPolicy policy;
        try {
            policy = !given ? configured : new RetentionPolicy(period(trial.inactive, configured.inactive()),
                    period(trial.records, configured.records()), period(trial.audit, configured.audit()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return ApiError.badRequest(Map.of("body", Texts.get(RequestLocale.of(headers), "retentie.termijnen")));
        }
        return Response.ok(RunJson.of(retention.now(policy))).build();
    }

    private static Period period(String text, Period fallback) {
        return text == null ? fallback : Period.parse(text.strip());
    }
}

package nl.weerbaar.web.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.SessionForm;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.i18n.Texts;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;

/**
 * Training sessions: list and plan. Times are local date-times in Europe/Amsterdam. Participants,
 * BZK and admins get the public shape ({@link PublicSession}); NGB and trainers the full one.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SessionResource {

    @Inject
    private TrainingSessionService service;

    @Inject
    private LocalizedViolations violations;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("province") String province) {
        Locale locale = RequestLocale.of(headers);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDate = date("from", from, errors, locale);
        LocalDate toDate = date("to", to, errors, locale);
        Provincie provincie = null;
        if (province != null) {
            provincie = Provincie.metNaam(province).orElse(null);
            if (provincie == null) {
                errors.put("province", Texts.get(locale, "api.provincie.onbekend"));
            }
        }
        if (!errors.isEmpty()) {
            return ApiError.badRequest(errors);
        }
        SessionQuery query = SessionQuery.inStatuses(EnumSet.allOf(SessionStatus.class))
                .between(fromDate, toDate).in(provincie);
        List<SessionView> sessions = service.list(query).sessions();
        return Response.ok(seesInternals() ? sessions : sessions.stream().map(PublicSession::of).toList()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public Response get(@PathParam("id") long id) {
        return service.find(id)
                .map(s -> Response.ok(seesInternals() ? s : PublicSession.of(s)).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND,
                        Texts.get(RequestLocale.of(headers), "api.sessie.niet.gevonden")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NGB)
    public Response create(SessionJson json) {
        return withForm(json, form -> {
            SessionView created = service.schedule(form);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                    .entity(created).build();
        });
    }

    /** Changes a session; participants hear about a new date, time or place. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NGB)
    public Response change(@PathParam("id") long id, SessionJson json) {
        return withForm(json, form -> Response.ok(service.reschedule(id, form)).build());
    }

    /** Reads the body into a form and runs the action, or answers 400 naming every bad field. */
    private Response withForm(SessionJson json, Function<SessionForm, Response> action) {
        Locale locale = RequestLocale.of(headers);
        if (json == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, Texts.get(locale, "api.body.ontbreekt"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        SessionForm form = new SessionForm();
        form.setTitle(json.title);
        form.setStart(dateTime("start", json.start, errors, locale));
        form.setEnd(dateTime("end", json.end, errors, locale));
        form.setLocation(json.location);
        form.setProvince(json.province);
        if (json.capacity != null) {
            form.setCapacity(json.capacity);
        }
        SessionStatus initial = json.status == null ? SessionStatus.OPEN : statusNamed(json.status);
        if (initial == null || !initial.startsASession()) {
            errors.put("status", Texts.get(locale, "api.status.nieuw"));
        }
        form.setDraft(initial == SessionStatus.DRAFT);
        if (json.minParticipants != null) {
            form.setMinParticipants(json.minParticipants);
        }
        form.setEnrolmentDeadline(dateTime("enrolmentDeadline", json.enrolmentDeadline, errors, locale));
        form.setCancellationDeadline(dateTime("cancellationDeadline", json.cancellationDeadline, errors, locale));
        form.setNotes(json.notes);
        if (json.trainers != null) {
            form.setTrainers(new java.util.LinkedHashSet<>(json.trainers));
        }
        try {
            if (errors.isEmpty()) {
                return action.apply(form);
            }
        } catch (InvalidInputException e) {
            errors.putAll(violations.byField(e, locale));
        }
        return ApiError.badRequest(errors);
    }

    /**
     * Whether the caller's role gets the internal shape of a session (with {@code notes} and
     * {@code trainers}): NGB and trainers; a trainer finds them filled only on sessions she gives.
     */
    private boolean seesInternals() {
        return security.isUserInRole(Roles.NGB) || security.isUserInRole(Roles.TRAINER);
    }

    /** The body that moves a session through its lifecycle. */
    public static class StatusChange {
        public String status;
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NGB)
    public Response changeStatus(@PathParam("id") long id, StatusChange body) {
        SessionStatus target = body == null ? null : statusNamed(body.status);
        if (target == null) {
            return ApiError.badRequest(Map.of("status", Texts.get(RequestLocale.of(headers), "api.status.onbekend")));
        }
        return Response.ok(service.changeStatus(id, target)).build();
    }

    /** The status with exactly this name; null for none. */
    private static SessionStatus statusNamed(String name) {
        return java.util.Arrays.stream(SessionStatus.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static LocalDate date(String field, String text, Map<String, String> errors, Locale locale) {
        return parse(field, text, LocalDate::parse, "api.datum.ongeldig", errors, locale);
    }

    private static LocalDateTime dateTime(String field, String text, Map<String, String> errors, Locale locale) {
        return parse(field, text, LocalDateTime::parse, "api.datumtijd.ongeldig", errors, locale);
    }

    /** Parses an optional ISO value; a malformed one is recorded as an error on its field. */
    private static <T> T parse(String field, String text, Function<String, T> parser, String messageKey,
            Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            errors.put(field, Texts.get(locale, messageKey, text));
            return null;
        }
    }
}

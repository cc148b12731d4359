package nl.weerbaar.web.api;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.people.application.ParticipantForm;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.people.application.ParticipantView;
import nl.weerbaar.people.domain.Roles;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.web.i18n.LocalizedViolations;
import nl.weerbaar.web.i18n.Texts;

/** The participant register for NGB staff: register, list, read. Named data: NGB only. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGB)
@RequestScoped
public class ParticipantResource {

    /** A participant as the API accepts her; the date arrives as text to report it on its field. */
    public static class ParticipantJson {
        public String naam;
        public String email;
        public String telefoon;
        public String ambt;
        public String gemeenteCode;
        public String provincie;
        public String inFunctieSinds;
    }

    @Inject
    private ParticipantRegister register;

    @Inject
    private LocalizedViolations violations;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @GET
    public Response all() {
        return Response.ok(register.all()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return register.find(id).map(p -> Response.ok(p).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND,
                        Texts.get(RequestLocale.of(headers), "api.deelnemer.niet.gevonden")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ParticipantJson json) {
        Locale locale = RequestLocale.of(headers);
        if (json == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, Texts.get(locale, "api.body.ontbreekt"));
        }
        ParticipantForm form = new ParticipantForm();
        form.setNaam(json.naam);
        form.setEmail(json.email);
        form.setTelefoon(json.telefoon);
        form.setAmbt(json.ambt);
        form.setGemeenteCode(json.gemeenteCode);
        form.setProvincie(json.provincie);
        if (json.inFunctieSinds != null && !json.inFunctieSinds.isBlank()) {
            try {
                form.setInFunctieSinds(LocalDate.parse(json.inFunctieSinds));
            } catch (DateTimeParseException e) {
                return ApiError.badRequest(Map.of("inFunctieSinds", Texts.get(locale, "api.datum.ongeldig", json.inFunctieSinds)));
            }
        }
        try {
            ParticipantView created = register.register(form);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                    .entity(created).build();
        } catch (InvalidInputException e) {
            return ApiError.badRequest(violations.byField(e, locale));
        }
    }
}

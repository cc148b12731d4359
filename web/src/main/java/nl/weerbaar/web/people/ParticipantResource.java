package nl.weerbaar.web.people;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.people.application.Invitations;
import nl.weerbaar.people.application.ParticipantForm;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.people.application.ParticipantView;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.i18n.Texts;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.ApiFields;
import nl.weerbaar.web.platform.api.RequestLocale;

/** The participant register for NGB staff: register, list, read. Named data: NGB only. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NGB)
@RequestScoped
public class ParticipantResource {

    /** A participant as the API accepts her; the date arrives as text to report it on its field. */
    public static class ParticipantJson {
        public String name;
        public String email;
        public String phone;
        public String office;
        public String gemeentecode;
        public String province;
        public String inOfficeSince;
    }

    /** The form's field names as the API calls them. */
    static final Map<String, String> FORM_TO_API = Map.of("naam", "name", "telefoon", "phone", "ambt", "office",
            "gemeenteCode", "gemeentecode", "provincie", "province", "inFunctieSinds", "inOfficeSince");

    /** A participant as the API answers. */
    public record ParticipantJsonView(long id, String name, String email, String phone, String office,
            String gemeentecode, String gemeente, String province, LocalDate inOfficeSince) {
        static ParticipantJsonView of(ParticipantView p) {
            return new ParticipantJsonView(p.id(), p.naam(), p.email(), p.telefoon(), p.ambt(), p.gemeenteCode(),
                    p.gemeente(), p.provincie(), p.inFunctieSinds());
        }
    }

    @Inject
    private ParticipantRegister register;

    @Inject
    private Erasure erasure;

    @Inject
    private nl.weerbaar.learning.completion.application.Completions completions;

    @Inject
    private nl.weerbaar.learning.records.application.LearningRecords records;

    @Inject
    private Invitations invitations;

    @Inject
    private nl.weerbaar.people.application.export.PersonalDataExport personalData;

    @Inject
    private LocalizedViolations violations;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @GET
    public Response all() {
        return Response.ok(register.all().stream().map(ParticipantJsonView::of).toList()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT})
    public Response get(@PathParam("id") long id) {
        return register.find(id).map(p -> Response.ok(ParticipantJsonView.of(p)).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND,
                        Texts.get(RequestLocale.of(headers), "api.deelnemer.niet.gevonden")));
    }

    /** Her training's completion: attended, modules, date and certificate code. */
    @GET
    @Path("{id}/completion")
    public Response completion(@PathParam("id") long id) {
        return Response.ok(completions.of(id, RequestLocale.of(headers))).build();
    }

    /** Everything held about her (right of access), as a zip of JSON files; audited. */
    @GET
    @Path("{id}/export")
    @Produces({MyDataResource.ZIP, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("id") long id) {
        return MyDataResource.zip(personalData.of(id), "gegevens-deelnemer-" + id + ".zip");
    }

    /** Her learning records as xAPI statements (a JSON array), for export. */
    @GET
    @Path("{id}/statements")
    public Response statements(@PathParam("id") long id) {
        return Response.ok(records.of(id)).header("Content-Disposition",
                "attachment; filename=\"leerrecords-" + id + ".json\"").build();
    }

    /** Erases her personal data (right to erasure): see {@link ParticipantRegister#erase}; 409 while a named list is being made. */
    @DELETE
    @Path("{id}")
    public Response erase(@PathParam("id") long id) {
        erasure.erase(id);
        return Response.noContent().build();
    }

    /** Sends the participant an e-mail with a single-use link to create her account. */
    @POST
    @Path("{id}/invitation")
    public Response invite(@PathParam("id") long id) {
        invitations.invite(id);
        return Response.accepted(Map.of("participantId", id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ParticipantJson json) {
        Locale locale = RequestLocale.of(headers);
        return withForm(json, locale, form -> {
            ParticipantView created = register.register(form);
            return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                    .entity(ParticipantJsonView.of(created)).build();
        });
    }

    /** Corrects her record (all fields, as on registration); 409 once her data was erased. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") long id, ParticipantJson json) {
        Locale locale = RequestLocale.of(headers);
        return withForm(json, locale, form -> Response.ok(ParticipantJsonView.of(register.correct(id, form))).build());
    }

    /** The JSON as the register's form: a missing body, a bad date and a broken rule answer 400 on their field. */
    private Response withForm(ParticipantJson json, Locale locale, java.util.function.Function<ParticipantForm, Response> action) {
        if (json == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, Texts.get(locale, "api.body.ontbreekt"));
        }
        ParticipantForm form = new ParticipantForm();
        form.setNaam(json.name);
        form.setEmail(json.email);
        form.setTelefoon(json.phone);
        form.setAmbt(json.office);
        form.setGemeenteCode(json.gemeentecode);
        form.setProvincie(json.province);
        if (json.inOfficeSince != null && !json.inOfficeSince.isBlank()) {
            try {
                form.setInFunctieSinds(LocalDate.parse(json.inOfficeSince));
            } catch (DateTimeParseException e) {
                return ApiError.badRequest(Map.of("inOfficeSince", Texts.get(locale, "api.datum.ongeldig", json.inOfficeSince)));
            }
        }
        try {
            return action.apply(form);
        } catch (InvalidInputException e) {
            return ApiError.badRequest(ApiFields.rename(violations.byField(e, locale), FORM_TO_API));
        }
    }
}

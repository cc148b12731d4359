package nl.weerbaar.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.weerbaar.people.application.GemeenteService;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.i18n.Texts;
import nl.weerbaar.web.platform.api.ApiError;
import nl.weerbaar.web.platform.api.RequestLocale;

/** The active gemeenten, optionally of one province (reference data, no personal data). */
@Path("gemeenten")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class GemeenteResource {

    @Inject
    private GemeenteService gemeenten;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public Response list(@QueryParam("province") String province) {
        Provincie provincie = null;
        if (province != null) {
            provincie = Provincie.metNaam(province).orElse(null);
            if (provincie == null) {
                return ApiError.badRequest(Map.of("province", Texts.get(RequestLocale.of(headers), "api.provincie.onbekend")));
            }
        }
        return Response.ok(gemeenten.active(provincie)).build();
    }
}

package nl.weerbaar.web.funding;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.application.FundingOverview;
import nl.weerbaar.funding.application.TariffForm;
import nl.weerbaar.funding.domain.Tariff;
import nl.weerbaar.platform.security.Roles;

/** BZK's budget per year, the tariffs, and spend against budget (NGB maintains; BZK reads). */
@Path("funding")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.NGB, Roles.BZK})
@RequestScoped
public class FundingResource {

    /** A tariff as the API answers. */
    public record TariffJson(long id, String kind, BigDecimal amount, String validFrom, String validUntil) {
        static TariffJson of(Tariff t) {
            return new TariffJson(t.getId(), t.getKind().name(), t.getAmount(), t.getValidFrom().toString(),
                    t.getValidUntil() == null ? null : t.getValidUntil().toString());
        }
    }

    /** The overview as the API answers. */
    public record OverviewJson(int year, BigDecimal budget, BigDecimal spent, BigDecimal planned, BigDecimal projected,
            boolean overBudget) {
        static OverviewJson of(FundingOverview o) {
            return new OverviewJson(o.year(), o.budget(), o.spent(), o.planned(), o.projected(), o.overBudget());
        }
    }

    /** The body that sets a budget. */
    public static class BudgetRequest {
        public BigDecimal amount;
    }

    @Inject
    private Funding funding;

    @GET
    @Path("{year}")
    public OverviewJson overview(@PathParam("year") int year) {
        return OverviewJson.of(funding.overview(year));
    }

    @PUT
    @Path("{year}/budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NGB)
    public OverviewJson budget(@PathParam("year") int year, BudgetRequest body) {
        funding.setBudget(year, body == null ? null : body.amount);
        return OverviewJson.of(funding.overview(year));
    }

    @GET
    @Path("tariffs")
    public List<TariffJson> tariffs() {
        return funding.tariffs().stream().map(TariffJson::of).toList();
    }

    @POST
    @Path("tariffs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NGB)
    public Response addTariff(TariffForm form) {
        return Response.status(Response.Status.CREATED).entity(TariffJson.of(funding.addTariff(form == null ? new TariffForm() : form)))
                .build();
    }

    /** The body that marks whether BZK funds one enrolment (null: the default for her office). */
    public static class FundingMark {
        public Boolean bzkFunded;
    }

    @PUT
    @Path("enrolments/{sessionId}/{participantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NGB)
    public Response mark(@PathParam("sessionId") long sessionId, @PathParam("participantId") long participantId,
            FundingMark body) {
        funding.markFunding(sessionId, participantId, body == null ? null : body.bzkFunded);
        return Response.ok(Map.of("bzkFunded", body == null || body.bzkFunded == null ? "default" : body.bzkFunded)).build();
    }
}

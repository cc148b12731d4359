package nl.weerbaar.web.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.DemandOverview;
import nl.weerbaar.planning.application.ProvinceDemand;

/** Demand per province, for NGB's planning. */
@Path("planning/demand")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DemandResource {

    @Inject
    private DemandOverview demand;

    @GET
    @RolesAllowed(Roles.NGB)
    public List<ProvinceDemand> perProvince() {
        return demand.perProvince();
    }
}

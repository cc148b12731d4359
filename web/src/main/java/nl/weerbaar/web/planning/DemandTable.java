package nl.weerbaar.web.planning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.planning.application.DemandOverview;
import nl.weerbaar.planning.application.ProvinceDemand;

/** The demand per province on NGB's planning page. */
@Named
@RequestScoped
public class DemandTable {

    @Inject
    private DemandOverview demand;

    private List<ProvinceDemand> rows;

    public List<ProvinceDemand> getRows() {
        if (rows == null) {
            rows = demand.perProvince();
        }
        return rows;
    }
}

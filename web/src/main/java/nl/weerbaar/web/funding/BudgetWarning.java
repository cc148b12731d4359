package nl.weerbaar.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.application.FundingOverview;
import nl.weerbaar.platform.Amsterdam;

/** Warns NGB on the planning pages when this year's planned sessions would exceed BZK's budget (figures at most a minute old). */
@Named
@RequestScoped
public class BudgetWarning {

    @Inject
    private Funding funding;

    private FundingOverview overview;

    public FundingOverview getOverview() {
        if (overview == null) {
            overview = funding.recentOverview(Amsterdam.now().getYear());
        }
        return overview;
    }
}

package nl.weerbaar.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.application.FundingOverview;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.reporting.job.ReportRun;
import nl.weerbaar.reporting.job.Reports;

/** BZK's home page: the latest participation report and this year's budget against spend and plan. */
@Named
@RequestScoped
public class BzkHome {

    @Inject
    private Reports reports;

    @Inject
    private Funding funding;

    private List<ReportRun> latest;
    private FundingOverview overview;

    public ReportRun getLatestReport() {
        if (latest == null) {
            latest = reports.recent(1);
        }
        return latest.isEmpty() ? null : latest.get(0);
    }

    public FundingOverview getBudget() {
        if (overview == null) {
            overview = funding.overview(Amsterdam.now().getYear());
        }
        return overview;
    }
}

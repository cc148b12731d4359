package nl.weerbaar.web.funding;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.application.FundingOverview;
import nl.weerbaar.funding.application.TariffForm;
import nl.weerbaar.funding.domain.Tariff;
import nl.weerbaar.funding.domain.TariffKind;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.web.platform.pages.Messages;

/** NGB's funding page: BZK's budget for a year, the tariffs, and spend and plan against the budget. */
@Named
@ViewScoped
public class FundingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM_ID = "tariefForm";

    @Inject
    private Funding funding;

    @Inject
    private LocalizedViolations violations;

    private int year = Amsterdam.now().getYear();
    private BigDecimal budget;
    private TariffForm tariff = new TariffForm();
    private FundingOverview overview;

    public void load() {
        overview = funding.overview(year);
        budget = overview.budget();
    }

    public FundingOverview getOverview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    public void saveBudget() {
        try {
            funding.setBudget(year, budget);
            load();
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("financiering.budget.opgeslagen", year));
        } catch (InvalidInputException invalid) {
            violations.byField(invalid, Messages.locale()).values()
                    .forEach(m -> Messages.add(null, FacesMessage.SEVERITY_ERROR, m));
        }
    }

    public void addTariff() {
        try {
            funding.addTariff(tariff);
            tariff = new TariffForm();
            load();
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("financiering.tarief.opgeslagen"));
        } catch (InvalidInputException invalid) {
            Messages.perField(FORM_ID, violations.byField(invalid, Messages.locale()));
        }
    }

    public List<Tariff> getTariffs() {
        return funding.tariffs();
    }

    public TariffKind[] getKinds() {
        return TariffKind.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public TariffForm getTariff() {
        return tariff;
    }
}

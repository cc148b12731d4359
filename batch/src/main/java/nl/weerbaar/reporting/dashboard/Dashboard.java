package nl.weerbaar.reporting.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.application.FundingOverview;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.figures.FigureTable;
import nl.weerbaar.reporting.figures.PeriodFigures;
import nl.weerbaar.reporting.figures.ReportFigures;
import nl.weerbaar.reporting.figures.SuppressedTable;

/**
 * The dashboards' figures for a year, counted like the BZK report and suppressed the same way:
 * enrolled per province and per quarter, attended per quarter, fill rate of held sessions, and
 * spend against budget.
 */
@Stateless
@RolesAllowed({Roles.BZK, Roles.NGB})
public class Dashboard {

    /** One bar: its label, its value (null when suppressed) and what to show. */
    public record Bar(String label, Integer value, String display) implements Serializable {
        static Bar of(String label, OptionalInt value) {
            return new Bar(label, value.isPresent() ? value.getAsInt() : null,
                    value.isPresent() ? String.valueOf(value.getAsInt()) : SuppressedTable.SUPPRESSED_TEXT);
        }
    }

    /** A year's dashboard. */
    public record Figures(int year, List<Bar> enrolledPerProvince, List<Bar> enrolledPerQuarter,
            List<Bar> attendedPerQuarter, List<Bar> fillRatePerQuarter, FundingOverview funding) implements Serializable {
    }

    @Inject
    private ReportFigures figures;

    @Inject
    private Funding funding;

    public Figures of(int year) {
        PeriodFigures counted = figures.count(ReportPeriod.ofYear(year));
        FigureTable provinces = new FigureTable(counted.cube().byProvince());
        FigureTable quarters = new FigureTable(counted.cube().byQuarter());
        List<Bar> perProvince = new ArrayList<>();
        for (int r = 0; r < provinces.rows().size(); r++) {
            perProvince.add(Bar.of(provinces.rows().get(r), provinces.outcomes().rowTotalValue(r)));
        }
        List<Bar> enrolled = new ArrayList<>();
        List<Bar> attended = new ArrayList<>();
        for (int r = 0; r < quarters.rows().size(); r++) {
            enrolled.add(Bar.of(quarters.rows().get(r), quarters.outcomes().rowTotalValue(r)));
            attended.add(Bar.of(quarters.rows().get(r), quarters.outcomes().value(r, 0)));
        }
        List<Bar> fillRate = new ArrayList<>();
        counted.quarters().forEach((quarter, facts) -> fillRate.add(facts.fillRate().isEmpty() ? new Bar(quarter, null, "–")
                : new Bar(quarter, facts.fillRate().getAsInt(), facts.fillRate().getAsInt() + "%")));
        return new Figures(year, perProvince, enrolled, attended, fillRate, funding.overview(year));
    }
}

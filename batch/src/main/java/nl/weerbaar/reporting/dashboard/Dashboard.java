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
import nl.weerbaar.reporting.source.ReportSource;
import nl.weerbaar.scenarios.LearningModule;
import nl.weerbaar.reporting.chunk.KeysetReader;
import nl.weerbaar.reporting.chunk.ParticipationProcessor;
import nl.weerbaar.reporting.figures.FigureTable;
import nl.weerbaar.reporting.figures.ParticipationCube;
import nl.weerbaar.reporting.figures.ParticipationRow;
import nl.weerbaar.reporting.figures.SuppressedTable;
import nl.weerbaar.reporting.job.Reports;

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
    private ReportSource source;

    @Inject
    private ParticipationProcessor processor;

    @Inject
    private Funding funding;

    public Figures of(int year) {
        ReportSource.Period period = Reports.period(year, null);
        ParticipationCube cube = new ParticipationCube(LearningModule.shipped().size(), List.of(1, 2, 3, 4));
        long last = 0;
        List<Object[]> page;
        do {
            page = source.participation(period, last, KeysetReader.PAGE);
            for (Object[] row : page) {
                cube.add((ParticipationRow) processor.processItem(row));
                last = ((Number) row[0]).longValue();
            }
        } while (page.size() == KeysetReader.PAGE);
        FigureTable provinces = new FigureTable(cube.byProvince());
        FigureTable quarters = new FigureTable(cube.byQuarter());
        List<Bar> perProvince = new ArrayList<>();
        for (int r = 0; r < provinces.rows.size(); r++) {
            perProvince.add(Bar.of(provinces.rows.get(r), provinces.outcomes.rowTotalValue(r)));
        }
        List<Bar> enrolled = new ArrayList<>();
        List<Bar> attended = new ArrayList<>();
        for (int r = 0; r < quarters.rows.size(); r++) {
            enrolled.add(Bar.of(quarters.rows.get(r), quarters.outcomes.rowTotalValue(r)));
            attended.add(Bar.of(quarters.rows.get(r), quarters.outcomes.value(r, 0)));
        }
        int[][] fill = new int[4][2];
        for (Object[] s : source.heldSessions(period)) {
            int q = (ReportSource.dateTime(s[0]).getMonthValue() - 1) / 3;
            fill[q][0] += ((Number) s[1]).intValue();
            fill[q][1] += ((Number) s[2]).intValue();
        }
        List<Bar> fillRate = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            fillRate.add(fill[q][0] == 0 ? new Bar("K" + (q + 1), null, "–")
                    : new Bar("K" + (q + 1), (int) Math.round(100.0 * fill[q][1] / fill[q][0]),
                            Math.round(100.0 * fill[q][1] / fill[q][0]) + "%"));
        }
        return new Figures(year, perProvince, enrolled, attended, fillRate, funding.overview(year));
    }
}

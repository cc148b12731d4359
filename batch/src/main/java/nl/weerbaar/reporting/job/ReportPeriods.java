package nl.weerbaar.reporting.job;

import nl.weerbaar.reporting.source.ReportSource;

/** The period of a report from its job parameters (quarter empty: the whole year). */
public final class ReportPeriods {

    private ReportPeriods() {
    }

    public static ReportSource.Period of(String year, String quarter) {
        return new ReportSource.Period(Integer.parseInt(year),
                quarter == null || quarter.isBlank() ? null : Integer.valueOf(quarter));
    }
}

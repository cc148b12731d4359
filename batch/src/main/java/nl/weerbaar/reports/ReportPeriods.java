package nl.weerbaar.reports;

import nl.weerbaar.reporting.ReportSource;

/** The period of a report from its job parameters (quarter empty: the whole year). */
final class ReportPeriods {

    private ReportPeriods() {
    }

    static ReportSource.Period of(String year, String quarter) {
        return new ReportSource.Period(Integer.parseInt(year),
                quarter == null || quarter.isBlank() ? null : Integer.valueOf(quarter));
    }
}

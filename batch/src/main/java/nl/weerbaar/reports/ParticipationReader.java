package nl.weerbaar.reports;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.reporting.ReportSource;

/** The enrolments of the report's period, for the BZK participation report. */
@Named
@Dependent
public class ParticipationReader extends KeysetReader {

    @Inject
    private ReportSource source;

    @Inject
    @BatchProperty
    private String year;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    List<Object[]> page(long afterId, int size) {
        return source.participation(ReportPeriods.of(year, quarter), afterId, size);
    }
}

package nl.weerbaar.reports;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.reporting.ReportSource;

/** The enrolments of the period with names, for NGB's operational report. */
@Named
@Dependent
public class OperationalReader extends KeysetReader {

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
        return source.named(ReportPeriods.of(year, quarter), afterId, size);
    }
}

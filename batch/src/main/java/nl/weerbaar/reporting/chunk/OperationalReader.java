package nl.weerbaar.reporting.chunk;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.source.NamedEnrolment;

/** The enrolments of the period with names, for NGB's operational report. */
@Named
@Dependent
public class OperationalReader extends KeysetReader<NamedEnrolment> {

    @Override
    List<NamedEnrolment> page(ReportPeriod period, long afterId, int size) {
        return source.named(period, afterId, size);
    }

    @Override
    long enrolmentId(NamedEnrolment row) {
        return row.enrolmentId();
    }
}

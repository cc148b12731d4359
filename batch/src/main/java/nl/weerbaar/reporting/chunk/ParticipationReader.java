package nl.weerbaar.reporting.chunk;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.source.EnrolmentFact;

/** The enrolments of the report's period, for the BZK participation report. */
@Named
@Dependent
public class ParticipationReader extends KeysetReader<EnrolmentFact> {

    @Override
    List<EnrolmentFact> page(ReportPeriod period, long afterId, int size) {
        return source.participation(period, afterId, size);
    }

    @Override
    long enrolmentId(EnrolmentFact row) {
        return row.enrolmentId();
    }
}

package nl.weerbaar.reporting.chunk;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.reporting.source.ReportSource;

/** The enrolments of the report's period, for the BZK participation report. */
@Named
@Dependent
public class ParticipationReader extends KeysetReader {

    @Override
    List<Object[]> page(ReportSource.Period period, long afterId, int size) {
        return source.participation(period, afterId, size);
    }
}

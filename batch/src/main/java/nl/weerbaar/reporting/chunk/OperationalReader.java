package nl.weerbaar.reporting.chunk;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.reporting.source.ReportSource;

/** The enrolments of the period with names, for NGB's operational report. */
@Named
@Dependent
public class OperationalReader extends KeysetReader {

    @Override
    List<Object[]> page(ReportSource.Period period, long afterId, int size) {
        return source.named(period, afterId, size);
    }
}
